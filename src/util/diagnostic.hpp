#pragma once
// Problems found in input files, each with the place it was found.

#include <string>
#include <vector>

namespace sbd {

// 1-based line and column; 0 means "not known" (e.g. a file that could not be opened).
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { error, warning, note };

struct Diagnostic {
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;
    std::string hint;  // optional: how to fix it
};

const char* to_string(Severity s);

// "file:line:column: error: message (hint: ...)", omitting unknown line/column.
std::string format_diagnostic(const Diagnostic& d);
std::string format_location(const SourceLocation& where);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

// "ok" when there is nothing to report, else "1 error, 2 warnings" (notes are not counted).
std::string summarize(const std::vector<Diagnostic>& diagnostics);

// Orders one file's diagnostics by line and column (stable): a vendor fixes a file top to bottom.
void sort_in_file_order(std::vector<Diagnostic>& diagnostics);

}  // namespace sbd
