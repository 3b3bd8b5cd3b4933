#pragma once
// Data files compiled into the binary by cmake/embed_files.cmake: the built-in rule packs (every
// folder of rules/, with its tests/) and the built-in profiles (profiles/). Read by the loaders
// like files on disk.

#include <string_view>
#include <vector>

namespace sbd {

struct EmbeddedFile {
    std::string_view name;  // "sbd-ot/pack.yaml", "sbd-ot/tests/bramble.yaml"; a profile: "small.yaml"
    std::string_view content;
    std::string_view tree;  // its parsed tree, written at build time (load/yaml_tree_codec)
};

const std::vector<EmbeddedFile>& builtin_pack_files();     // rules/*/*.yaml and rules/*/tests/*.yaml, sorted
const std::vector<EmbeddedFile>& builtin_profile_files();  // profiles/: small, medium, large, in that order

}  // namespace sbd
