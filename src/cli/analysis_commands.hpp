#pragma once
// `sbdscore explain FILE` and `sbdscore compare OLD NEW`: analyst views of one vendor.

#include <CLI/CLI.hpp>

namespace sbd::cli {

// Register the subcommands; `exit_code` receives the run's exit code when one runs.
void add_explain_command(CLI::App& app, int& exit_code);
void add_compare_command(CLI::App& app, int& exit_code);

}  // namespace sbd::cli
