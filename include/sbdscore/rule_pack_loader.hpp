#pragma once
// Reads a rule pack (pack.yaml + one file per priority) strictly, reporting every problem.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "sbdscore/diagnostic.hpp"
#include "sbdscore/rule_pack.hpp"

namespace sbd {

struct PackFile {
    std::string name;          // file name inside the pack, as `priorities:` names it
    std::string display_path;  // used in diagnostics
    std::string content;
};

struct PackLoadResult {
    std::optional<RulePack> pack;  // empty when any error was found
    std::vector<Diagnostic> diagnostics;
};

PackLoadResult load_pack_files(const std::vector<PackFile>& files, const std::string& origin);
PackLoadResult load_pack_directory(const std::filesystem::path& dir);
PackLoadResult load_builtin_pack();

}  // namespace sbd
