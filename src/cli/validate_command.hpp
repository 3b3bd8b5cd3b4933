#pragma once
// `sbdscore validate FILES...`: check responses without scoring them (or, with only --rules, the pack).

#include <CLI/CLI.hpp>

namespace sbd::cli {

void add_validate_command(CLI::App& app, int& exit_code);

}  // namespace sbd::cli
