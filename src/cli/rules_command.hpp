#pragma once
// `sbdscore rules list|show ID|lint`: look into a rule pack, or check one.

#include <CLI/CLI.hpp>

#include <string>

namespace sbd::cli {

void add_rules_command(CLI::App& app, int& exit_code);

// Prints every problem of the pack in `dir` (empty: the built-in pack) and a summary line on
// standard output; returns the exit code (2 on errors, or on warnings when `strict`).
int lint_rule_pack(const std::string& dir, bool strict);

}  // namespace sbd::cli
