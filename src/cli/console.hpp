#pragma once
// Where messages go: diagnostics on standard error, the only printing of problems in the program.

#include <vector>

#include "util/diagnostic.hpp"

namespace sbd::cli {

// Each as "file:line:column: error: message (hint: ...)"; a diagnostic without a file is about the
// run itself and prints as "sbdscore: message" ("sbdscore: warning: message" for a warning).
void print_diagnostics(const std::vector<Diagnostic>& diagnostics);

}  // namespace sbd::cli
