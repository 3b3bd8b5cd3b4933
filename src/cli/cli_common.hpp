#pragma once
// Pieces every subcommand shares: which pack to use, which files to read, where messages go.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "sbdscore/diagnostic.hpp"
#include "sbdscore/rule_pack.hpp"

namespace sbd::cli {

// Loads --rules DIR, or the built-in pack when `dir` is empty; prints problems to stderr.
std::optional<RulePack> load_pack_or_report(const std::string& dir);

// Expands the FILES arguments: files as given, folders to their *.yaml / *.yml files (sorted,
// not recursive). A folder with no such file is reported and gives no entries.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args, bool& ok);

void print_diagnostics(const std::vector<Diagnostic>& diagnostics);

}  // namespace sbd::cli
