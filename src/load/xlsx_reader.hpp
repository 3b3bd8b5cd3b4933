#pragma once
// Reading the cells of one sheet of an Excel workbook (.xlsx: a zip of XML parts, ECMA-376), as
// untrusted input. Internal to the load stage: the workbook response loader turns the cells into
// the tree the YAML loader checks.
//
// libzip opens the archive from memory and pugixml parses the parts; neither is given a chance to
// do more than read: no entry is extracted to disk (so `../` names cannot escape anywhere, and are
// refused all the same), no DTD is processed and no entity expanded (a part that declares a DTD is
// refused), every part is inflated at most to its limit, and formulas are never evaluated (a
// formula cell gives the value Excel last computed, and says it is a formula).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.hpp"

namespace sbd::xlsx {

// A cell with something in it. Rows and columns are 1-based (A = 1).
struct Cell {
    enum class Type { text, number, boolean, error };
    int row = 0;
    int column = 0;
    Type type = Type::text;
    // text: the text; number: the shortest decimal that reads back as the value ("14", "0.5"), or
    // for a date YYYY-MM-DD (and " HH:MM:SS" when it has a time); boolean: "TRUE" or "FALSE";
    // error: Excel's code ("#DIV/0!").
    std::string text;
    double number = 0;     // number and boolean (1 or 0)
    bool date = false;     // a number its cell's format shows as a date or time
    bool formula = false;  // a formula: the value is the one Excel last computed, never ours
    bool cached = true;    // false: a formula with no computed value (a file no spreadsheet saved)
};

// A block of merged cells, inclusive.
struct Range {
    int first_row = 0, first_column = 0, last_row = 0, last_column = 0;
    bool contains(int row, int column) const {
        return row >= first_row && row <= last_row && column >= first_column && column <= last_column;
    }
};

struct Sheet {
    std::string name;          // as the workbook spells it
    std::vector<Cell> cells;   // in row, then column order
    std::vector<Range> merged;
    const Cell* find(int row, int column) const;  // nullptr: empty
};

struct Workbook {
    std::vector<std::string> sheet_names;  // in tab order
    std::optional<Sheet> sheet;            // the sheet asked for, when the workbook has it
};

// Reads the list of sheets and the cells of the sheet named `sheet_name` (letter case aside).
// Problems are located at the file (`vendor.xlsx`: not a zip, a part too large, XML that is not
// well-formed) or at a cell of the sheet (`vendor.xlsx:Answers!D14`: text too long, a row past
// the limit); the value is given only when there is no error. An old .xls file or an encrypted
// (password-protected) workbook is told apart and refused with what to do.
Result<Workbook> read_workbook(const std::string& display_path, std::string_view bytes, std::string_view sheet_name);

// Excel's number format `code` shows a date or a time (yyyy-mm-dd, h:mm, [$-409]d-mmm-yy; not
// 0.00, "days" 0 or General).
bool is_date_format(std::string_view code);

// An Excel serial date (days since 1899-12-30, or 1904-01-01 in the 1904 system) as YYYY-MM-DD,
// with " HH:MM:SS" when it has a time of day; nullopt when out of Excel's range.
std::optional<std::string> serial_date_text(double serial, bool date1904);

// Text with ECMA-376's _xHHHH_ escapes (how Excel stores characters XML cannot hold, such as a
// carriage return) decoded.
std::string decode_escapes(std::string_view text);

}  // namespace sbd::xlsx
