#pragma once
// The command line: every subcommand and option, parsed with CLI11 (this is the only file that
// includes it: CLI11 is header-only and costs seconds of compile time per file).

namespace sbd::cli {

// Parses argv, runs the subcommand and returns the process exit code (2 for usage errors).
int run_command_line(int argc, char** argv);

}  // namespace sbd::cli
