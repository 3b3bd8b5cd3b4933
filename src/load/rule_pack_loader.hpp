#pragma once
// Reads a rule pack (pack.yaml + one file per priority) strictly, reporting every problem; the
// pack is checked as a whole too (rule_pack_checks), so `evaluate` and `rules lint` agree.

#include <filesystem>
#include <string>
#include <vector>

#include "model/rule_pack.hpp"
#include "util/result.hpp"

namespace sbd {

struct PackFile {
    std::string name;          // file name inside the pack, as `priorities:` names it
    std::string display_path;  // used in diagnostics
    std::string content;
};

// Each returns the pack only when no error was found; warnings are kept either way.
Result<RulePack> load_pack_files(const std::vector<PackFile>& files, const std::string& origin);
Result<RulePack> load_pack_directory(const std::filesystem::path& dir);
Result<RulePack> load_builtin_pack();

}  // namespace sbd
