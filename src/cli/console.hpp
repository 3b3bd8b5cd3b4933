#pragma once
// Where messages go: diagnostics on standard error, the only printing of problems in the program.
// Every line passes through strip_control on its way to the terminal, file name included: a file
// named with an escape sequence (an OSC 52 clipboard write, a screen clear) or a line break (a
// forged diagnostic) prints as inert text (docs/security.md).

#include <ostream>
#include <string>
#include <vector>

#include "util/diagnostic.hpp"

namespace sbd::cli {

// "file:line:column: error: message (hint: ...)"; a diagnostic without a file is about the run
// itself: "sbdscore: message" ("sbdscore: warning: message" for a warning). Terminal-safe.
std::string diagnostic_line(const Diagnostic& diagnostic);

// How much goes to standard error: --quiet keeps errors only (no warnings, notes or progress),
// --verbose adds what the run decided and did (the pack and why, files, threads, outputs).
enum class Verbosity { quiet, normal, verbose };
void set_verbosity(Verbosity verbosity);
Verbosity verbosity();

// "sbdscore: TEXT" on standard error, only with --verbose.
void print_verbose(const std::string& text);

// Each on its own line: standard error by default (errors only under --quiet).
void print_diagnostics(const std::vector<Diagnostic>& diagnostics);
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& out);

}  // namespace sbd::cli
