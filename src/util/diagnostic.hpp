#pragma once
// Problems found in input files, each with the place it was found.

#include <string>
#include <utility>
#include <vector>

namespace sbd {

// 1-based line and column; 0 means "not known" (e.g. a file that could not be opened). In a
// workbook (a response filled in Excel), a cell of a sheet: `sheet` names it, `line` is the row and
// `column` the column (1 = A), and it reads `vendor.xlsx:Answers!D14`.
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
    std::string sheet;  // empty: a place in a text file

    SourceLocation() = default;
    SourceLocation(std::string in_file, int at_line = 0, int at_column = 0)  // NOLINT: {file, line, column} reads naturally
        : file(std::move(in_file)), line(at_line), column(at_column) {}
    // A cell (row and column 1-based; 0: the sheet as a whole), or a whole sheet.
    static SourceLocation cell(std::string file, std::string sheet, int row = 0, int column = 0);

    bool is_cell() const { return !sheet.empty(); }
    // The same place in another file's name (reports name the response file they show).
    SourceLocation in_file(std::string other) const;
};

// Excel's name of a cell: "D14"; the column alone ("D") when row is 0, "" when column is 0.
std::string cell_name(int row, int column);
// "Answers!D14", or "'Vendor answers'!D14" when the sheet's name needs quoting, as Excel writes it;
// the sheet alone when the cell is not known. Empty for a place in a text file.
std::string cell_reference(const SourceLocation& where);

enum class Severity { error, warning, note };

struct Diagnostic {
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;
    std::string hint;  // optional: how to fix it
};

const char* to_string(Severity s);

// "file:line:column: error: message (hint: ...)", omitting unknown line/column; a cell reads
// "file:Sheet!D14: error: ...".
std::string format_diagnostic(const Diagnostic& d);
std::string format_location(const SourceLocation& where);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

// "ok" when there is nothing to report, else "1 error, 2 warnings" (notes are not counted).
std::string summarize(const std::vector<Diagnostic>& diagnostics);

// Orders one file's diagnostics by line and column, a workbook's by row and column (stable): a
// vendor fixes a file top to bottom.
void sort_in_file_order(std::vector<Diagnostic>& diagnostics);

}  // namespace sbd
