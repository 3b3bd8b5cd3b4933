#pragma once
// `sbdscore evaluate FILES...`: score, rank and report vendor responses.

#include <CLI/CLI.hpp>

namespace sbd::cli {

// Registers the subcommand; `exit_code` receives the run's exit code when it runs.
void add_evaluate_command(CLI::App& app, int& exit_code);

}  // namespace sbd::cli
