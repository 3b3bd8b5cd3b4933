#pragma once
// Data files compiled into the binary by cmake/embed_files.cmake: the default rule pack
// (rules/sbd-ot) and the built-in profiles (profiles/). Read by the loaders like files on disk.

#include <string_view>
#include <vector>

namespace sbd {

struct EmbeddedFile {
    std::string_view name;  // file name, e.g. "pack.yaml", "small.yaml"
    std::string_view content;
};

const std::vector<EmbeddedFile>& builtin_pack_files();     // rules/sbd-ot/*.yaml, sorted by name
const std::vector<EmbeddedFile>& builtin_profile_files();  // profiles/: small, medium, large, in that order

}  // namespace sbd
