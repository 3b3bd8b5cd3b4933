#pragma once
// Writing an Excel workbook (.xlsx): the questionnaire of `sbdscore template --format xlsx` and the
// scorecard of `evaluate -o xlsx=FILE`. A thin layer over libxlsxwriter (xlsx_workbook.cpp is the
// only file that includes it), so the writers say what a cell holds and how it looks, and get the
// workbook's bytes back to write atomically like every other output.
//
// Text from outside (vendor answers, pack text) is cleaned as for every format (remove_hidden) and
// cut to Excel's 32,767 characters; a text cell is only ever text, never a formula, so nothing a
// vendor writes is run. Rows and columns are 0-based, as in libxlsxwriter.

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "util/result.hpp"

namespace sbd::xlsx_out {

// How a cell looks. Workbook::format() makes each distinct look once.
struct Look {
    bool bold = false;
    bool italic = false;
    bool wrap = false;
    bool top = true;       // aligned to the top of the cell (wrapped text reads from its first line)
    bool center = false;   // centred horizontally
    bool locked = true;    // false: the vendor may type here when the sheet is protected
    bool border = false;   // thin grey border all round
    double size = 0;       // font size in points; 0: the default (11)
    std::uint32_t color = 0;  // font colour, 0xRRGGBB; 0: automatic
    std::uint32_t fill = 0;   // background, 0xRRGGBB; 0: none
    std::string number_format{};  // "0.0", "yyyy-mm-dd"; empty: General
    bool operator<(const Look& o) const;
};

// A data validation: what Excel lets a vendor type into a cell.
struct Validation {
    enum class Kind { list, list_range, decimal, custom, length, date, any };
    Kind kind = Kind::any;
    std::vector<std::string> options;  // list: the allowed values (their text, with commas, at most 255 characters)
    std::string formula;               // list_range: "=Lists!$A$1:$A$4"; custom: "=OR(...)" (at most 255 characters)
    std::optional<double> minimum;     // decimal, length, date (an Excel serial date)
    std::optional<double> maximum;
    std::string title;                 // the input message's title (at most 32 characters) ...
    std::string message;               // ... and text (at most 255), shown when the cell is selected
    std::string error;                 // the error shown when the value is refused (at most 255)
};

// A 3-colour scale over numbers: low, middle and high values and their colours.
struct ColorScale {
    double low = 0, middle = 50, high = 100;
    std::uint32_t low_color = 0xF8696B, middle_color = 0xFFEB84, high_color = 0x63BE7B;
};

class Workbook;

class Sheet {
public:
    void text(int row, int column, const std::string& text, int look = -1);
    void number(int row, int column, double value, int look = -1);
    void blank(int row, int column, int look);
    // A link to a cell of another sheet of this workbook, shown as `text`.
    void link(int row, int column, const std::string& sheet, const std::string& text, int look = -1);
    void comment(int row, int column, const std::string& text);
    void column_width(int first, int last, double width, int look = -1);
    void row_height(int row, double height);
    void freeze(int rows, int columns);  // the rows above and columns left of the cell stay in view
    void autofilter(int first_row, int first_column, int last_row, int last_column);
    void validate(int first_row, int column, int last_row, const Validation& validation);
    void color_scale(int first_row, int first_column, int last_row, int last_column, const ColorScale& scale);
    // Locks every locked cell (the default); unlocked cells stay editable. No password: the lock
    // guards against mistakes, not against the vendor (who may lift it, File > Info).
    void protect();
    void hide();
    // For print: landscape, the width of one page, `repeat` rows atop every page, page numbers
    // and `title` in the footer.
    void print_setup(int repeat_first_row, int repeat_last_row, const std::string& title);

private:
    friend class Workbook;
    Sheet(Workbook& book, void* sheet) : book_(&book), sheet_(sheet) {}
    Workbook* book_;
    void* sheet_;  // lxw_worksheet
};

class Workbook {
public:
    // A new workbook, built in a temporary file. `streaming`: each sheet's rows are written to disk
    // as they are added (libxlsxwriter's constant memory), so a sheet must be written top to
    // bottom; memory stays flat in the number of rows.
    static Result<std::unique_ptr<Workbook>> create(bool streaming);
    ~Workbook();
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    // `name` must be a valid, unused sheet name (sheet_name() makes one).
    Sheet add_sheet(const std::string& name);
    int format(const Look& look);
    // Title, subject and the creation date (YYYY-MM-DD, or empty: 1980-01-01, so the same inputs
    // give the same bytes) of the document properties.
    void properties(const std::string& title, const std::string& subject, const std::string& date);
    // Writes the workbook and hands back its bytes; the first error of any step otherwise.
    Result<std::string> finish();

    struct Impl;

private:
    friend class Sheet;
    explicit Workbook(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
    void* look(int index) const;  // lxw_format, or null
    void failed(int code, const std::string& what);
};

// A sheet name Excel accepts, from text that may hold anything (a vendor's name): the characters
// Excel forbids ([ ] : * ? / \) replaced by '_', no leading or trailing apostrophe, cut to 31
// characters (never inside a UTF-8 sequence), "Sheet" when nothing is left, and made unique in
// `taken` (compared without letter case, as Excel does) by a " (2)" suffix. The name is added to `taken`.
std::string sheet_name(const std::string& wanted, std::set<std::string>& taken);

// Text as a cell may hold it: cleaned (remove_hidden) and cut to Excel's 32,767 characters.
std::string cell_text(const std::string& text);

}  // namespace sbd::xlsx_out
