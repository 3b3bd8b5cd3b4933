#pragma once
// The command line: every subcommand and option, parsed with CLI11 (this is the only file that
// includes it: CLI11 is header-only and costs seconds of compile time per file).

#include "cli/command_spec.hpp"

namespace sbd::cli {

// Parses argv, runs the subcommand and returns the process exit code (2 for usage errors).
int run_command_line(int argc, char** argv);

// The same definition as data, read back from CLI11: for the completions and the manual page.
CommandSpec command_line_spec();

}  // namespace sbd::cli
