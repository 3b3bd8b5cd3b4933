#pragma once
// Reads a rule pack (pack.yaml + one file per priority) strictly, reporting every problem; an
// extension (`extends:`) is resolved here into an ordinary pack, and the pack is checked as a
// whole (rule_pack_checks), so `evaluate` and `rules lint` agree.

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/rule_pack.hpp"
#include "util/result.hpp"

namespace sbd {

struct PackFile {
    PackFile(std::string name_, std::string display_path_, std::string content_, std::string_view tree_ = {})
        : name(std::move(name_)), display_path(std::move(display_path_)), content(std::move(content_)), tree(tree_) {}
    std::string name;          // path inside the pack, as `priorities:` names it ("tests/x.yaml" for a test)
    std::string display_path;  // used in diagnostics
    std::string content;
    std::string_view tree;  // a built-in file's parsed tree (load/yaml_tree_codec); empty for a file on disk
};

// The pack used when nothing names one.
inline constexpr const char* default_pack_id = "sbd-ot";

// Each returns the pack only when no error was found; warnings are kept either way.
// load_pack_files reads files given in memory; an `extends:` there can name built-in packs only.
Result<RulePack> load_pack_files(const std::vector<PackFile>& files, const std::string& origin);
Result<RulePack> load_pack_directory(const std::filesystem::path& dir);
Result<RulePack> load_builtin_pack(const std::string& id = default_pack_id);

// Ids of the built-in packs, sorted.
std::vector<std::string> builtin_pack_ids();
bool is_builtin_pack(const std::string& id);

// A pack named on the command line: the folder `ref` when it is one, else the built-in pack `ref`;
// an error with "did you mean" when it is neither.
Result<RulePack> load_pack_reference(const std::string& ref);

// The files of a built-in pack as they are in rules/ID/ (pack.yaml, the priority files and, with
// `with_tests`, tests/*), for `rules export` and `rules test`; empty for an unknown id.
std::vector<PackFile> builtin_pack_file_set(const std::string& id, bool with_tests);

}  // namespace sbd
