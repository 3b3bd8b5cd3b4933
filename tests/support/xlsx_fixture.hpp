#pragma once
// Workbooks made in memory for the tests of the workbook reader and loader: a zip written with
// libzip, parts written by hand, so each test shows the exact XML it feeds the reader (including
// what no spreadsheet program writes: DTDs, `../` names, zip bombs).

#include <string>
#include <utility>
#include <vector>

namespace sbd::test {

struct ZipEntry {
    std::string name;
    std::string data;
    bool store = false;  // stored, not deflated
};
// The bytes of a zip holding the entries, in order.
std::string make_zip(const std::vector<ZipEntry>& entries);

// One cell of a sheet's XML: text (an inline string), a number, or any XML given whole.
std::string text_cell(const std::string& ref, const std::string& text);
std::string number_cell(const std::string& ref, const std::string& number, int style = 0);
// A <row> of cells.
std::string row(int number, const std::vector<std::string>& cells);
// A worksheet part around rows; `after` goes after sheetData (mergeCells, ...).
std::string worksheet(const std::string& rows, const std::string& after = "");

struct SheetPart {
    std::string name;
    std::string xml;  // the worksheet part
};
struct WorkbookParts {
    std::vector<SheetPart> sheets;
    std::vector<std::string> shared_strings;  // none: no sharedStrings part
    std::string styles;                       // the styles part; empty: none
    bool date1904 = false;
    std::vector<ZipEntry> extra;  // appended after the usual parts
};
// A workbook whose parts are laid out as Excel lays them out (xl/workbook.xml, its relationships,
// xl/worksheets/sheetN.xml, xl/sharedStrings.xml, xl/styles.xml).
std::string make_workbook(const WorkbookParts& parts);

// A styles part whose cell format 1 shows numbers as dates (built-in format 14) and 2 as
// yyyy-mm-dd (a custom format).
std::string date_styles();

// The mini pack's questionnaire as `sbdscore template --format xlsx` lays it out: title, header
// fields (Vendor ... Rule pack version) in rows 3-9, the table's header in row 11, then one row per
// answer given (id, answer, evidence, comment; an empty answer leaves the cell out). `header`
// replaces the default header rows' XML when not empty.
struct AnswerRow {
    AnswerRow(std::string id_, std::string answer_, std::string evidence_ = "", std::string comment_ = "", bool number = false)
        : id(std::move(id_)), answer(std::move(answer_)), evidence(std::move(evidence_)), comment(std::move(comment_)),
          answer_is_number(number) {}
    std::string id;
    std::string answer;
    std::string evidence;
    std::string comment;
    bool answer_is_number = false;
};
std::string mini_questionnaire_sheet(const std::vector<AnswerRow>& answers, const std::string& after = "",
                                     const std::string& header = "");
std::string mini_questionnaire(const std::vector<AnswerRow>& answers, const std::string& after = "");

// A workbook of one sheet, named Answers.
std::string answers_workbook(const std::string& sheet_xml);
// `sheet_xml` with more rows at the end of its sheetData (rows may come in any order).
std::string add_rows(std::string sheet_xml, const std::string& rows);

}  // namespace sbd::test
