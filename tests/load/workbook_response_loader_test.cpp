// A response filled in as a workbook reads as its YAML twin does: the same answers, the same
// strictness and hints, located at cells; and the workbook's own problems (moved, merged or
// computed cells, a missing sheet or table) are located errors.
#include <catch2/catch.hpp>

#include "load/workbook_response_loader.hpp"
#include "support/test_support.hpp"
#include "support/xlsx_fixture.hpp"

using namespace sbd;
using namespace sbd::test;

namespace {

Result<ResponseDraft> read(const std::string& bytes) { return read_workbook_response("v.xlsx", bytes, mini_pack()); }

// True when some diagnostic is at the cell and its message contains `text`; says what was
// reported otherwise.
bool at_cell(const std::vector<Diagnostic>& diagnostics, const std::string& cell, const std::string& text,
             Severity severity = Severity::error) {
    for (const auto& d : diagnostics)
        if (format_location(d.where) == "v.xlsx:" + cell && d.severity == severity && d.message.find(text) != std::string::npos) return true;
    for (const auto& d : diagnostics) UNSCOPED_INFO("reported: " << format_diagnostic(d));
    return false;
}

const Diagnostic* find(const std::vector<Diagnostic>& diagnostics, const std::string& text) {
    for (const auto& d : diagnostics)
        if (d.message.find(text) != std::string::npos) return &d;
    for (const auto& d : diagnostics) UNSCOPED_INFO("reported: " << format_diagnostic(d));
    return nullptr;
}

}  // namespace

TEST_CASE("a workbook reads as the YAML response with the same answers") {
    auto book = read(mini_questionnaire({{"ACC-01", "yes", "docs/a.pdf\nhttps://vendor.example/b", "checked in 2025"},
                                         {"ACC-02", "fido2"},
                                         {"ACC-03", "owner-approval, session-log"},
                                         {"ACC-04", "Owner-run directory"},
                                         {"PAT-01", "10", "", "", true},
                                         {"PAT-02", "partial"}}));
    for (const auto& d : book.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(book.ok());
    auto yaml = load_mini(mini_response("  ACC-01: { value: yes, evidence: [docs/a.pdf, \"https://vendor.example/b\"], comment: checked in 2025 }\n"
                                        "  ACC-02: fido2\n"
                                        "  ACC-03: [owner-approval, session-log]\n"
                                        "  ACC-04: \"Owner-run directory\"\n"
                                        "  PAT-01: 10\n"
                                        "  PAT-02: partial\n"));
    REQUIRE(yaml.ok());
    const VendorResponse& w = book->response;
    const VendorResponse& y = *yaml;
    CHECK(w.vendor == y.vendor);
    CHECK(w.product == y.product);
    CHECK(w.version == y.version);
    CHECK(w.date == y.date);
    CHECK(w.pack_id == y.pack_id);
    CHECK(w.pack_version == "2.1.0");
    REQUIRE(w.answers.size() == y.answers.size());
    for (const auto& [id, a] : y.answers) {
        INFO(id);
        const Answer& b = w.answers.at(id);
        CHECK(b.value == a.value);
        CHECK(b.display == a.display);
        CHECK(b.choices == a.choices);
        CHECK(b.number == a.number);
        CHECK(b.evidence == a.evidence);
        CHECK(b.comment == a.comment);
        CHECK(b.not_applicable == a.not_applicable);
        CHECK(b.where.is_cell());
    }
    CHECK(format_location(w.answers.at("PAT-01").where) == "v.xlsx:Answers!F16");
    CHECK(format_location(w.answers_where) == "v.xlsx:Answers!F11");  // the Answer column's title
    CHECK(w.file == "v.xlsx");
    CHECK(w.sha256.size() == 64);
}

TEST_CASE("a workbook's answers get the YAML loader's errors and hints, at their cells") {
    auto book = read(mini_questionnaire({{"ACC-01", "TRUE"}, {"ACC-02", "fido"}, {"AC-03", "session-log"}, {"PAT-01", "-3", "", "", true}}));
    CHECK_FALSE(book.ok());
    CHECK(at_cell(book.diagnostics, "Answers!F13", "'fido' is not an option of ACC-02"));
    CHECK(find(book.diagnostics, "'fido' is not an option")->hint == "did you mean 'fido2'?");
    CHECK(at_cell(book.diagnostics, "Answers!B14", "unknown criterion 'AC-03' in pack mini"));
    CHECK(find(book.diagnostics, "unknown criterion")->hint == "did you mean 'ACC-03'?");
    CHECK(at_cell(book.diagnostics, "Answers!F15", "PAT-01 must be at least 0 days, not -3"));
    // "TRUE" typed as text is read with a warning as YAML reads it; a boolean cell gets YAML's true/false hint.
    auto boolean = read(answers_workbook(add_rows(mini_questionnaire_sheet({}), row(12, {text_cell("B12", "ACC-01"), "<c r=\"F12\" t=\"b\"><v>1</v></c>"}))));
    CHECK(at_cell(boolean.diagnostics, "Answers!F12", "ACC-01 expects yes, partial or no, not the text 'true'"));
    CHECK(find(boolean.diagnostics, "expects yes, partial or no")->hint == "write yes or no rather than true or false");
}

TEST_CASE("a workbook: multiple choices in one cell, none, n/a, blank answers, numbers stored as text") {
    auto book = read(mini_questionnaire({{"ACC-01", ""}, {"ACC-03", "kill-switch; owner-approval\nsession-log"}, {"PAT-01", "10"}}));
    for (const auto& d : book.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(book.value);
    const VendorResponse& r = book->response;
    CHECK(r.answers.at("ACC-03").choices == std::vector<std::string>{"kill-switch", "owner-approval", "session-log"});
    CHECK(format_location(r.blank_answers.at("ACC-01")) == "v.xlsx:Answers!F12");  // unanswered, at its answer cell
    CHECK(r.answers.at("PAT-01").number == 10);
    CHECK(at_cell(book.diagnostics, "Answers!F14", "PAT-01 is a number stored as text; read as 10", Severity::warning));
    auto none = read(mini_questionnaire({{"ACC-03", "None"}}));
    REQUIRE(none.ok());
    CHECK(none->response.answers.at("ACC-03").choices.empty());
    auto na = read(mini_questionnaire({{"ACC-03", "n/a"}}));
    REQUIRE(na.ok());
    CHECK(na->response.answers.at("ACC-03").not_applicable);
    auto twice = read(mini_questionnaire({{"ACC-02", "fido2"}, {"ACC-02", "pki"}}));
    CHECK(at_cell(twice.diagnostics, "Answers!B13", "duplicate key 'ACC-02' in answers (first given at Answers!B12)"));
}

TEST_CASE("a workbook's formulas: the computed value is read with a warning; none computed is an error") {
    const std::string cached = "<c r=\"F12\" t=\"str\"><f>IF(TRUE,\"yes\",\"no\")</f><v>yes</v></c>";
    const std::string uncached = "<c r=\"F13\"><f>7*2</f></c>";
    auto book = read(answers_workbook(add_rows(mini_questionnaire_sheet({}), row(12, {text_cell("B12", "ACC-01"), cached}) +
                                                                                 row(13, {text_cell("B13", "PAT-01"), uncached}))));
    CHECK(at_cell(book.diagnostics, "Answers!F12", "the cell holds a formula; its last computed value 'yes' is read", Severity::warning));
    CHECK(at_cell(book.diagnostics, "Answers!F13", "the cell holds a formula that was never computed; sbdscore never computes formulas"));
    REQUIRE(book.value);
    CHECK(book->response.answers.at("ACC-01").value == "yes");
    CHECK(book->rejected.count("PAT-01"));  // refused, so validate does not also call it unanswered
}

TEST_CASE("a workbook: merged answer cells, moved values, stray rows are located errors") {
    auto merged = read(mini_questionnaire({{"ACC-01", "yes"}, {"PAT-02", ""}}, "<mergeCells count=\"1\"><mergeCell ref=\"F12:F13\"/></mergeCells>"));
    CHECK(at_cell(merged.diagnostics, "Answers!F12", "cells F12:F13 are merged, hiding values the questionnaire reads"));
    REQUIRE(merged.value);
    CHECK(merged->rejected.count("PAT-02"));
    // The template's own merges (a header value over B:D, a title over the table) are fine.
    auto own = read(mini_questionnaire({{"ACC-01", "yes"}}, "<mergeCells count=\"2\"><mergeCell ref=\"B3:D3\"/><mergeCell ref=\"A1:H1\"/></mergeCells>"));
    CHECK_FALSE(find(own.diagnostics, "merged"));
    auto moved = read(answers_workbook(add_rows(mini_questionnaire_sheet({{"ACC-01", "yes"}}),
                                                row(13, {text_cell("B13", "ACC-02"), text_cell("I13", "fido2")}) + row(14, {text_cell("F14", "pki")}))));
    CHECK(at_cell(moved.diagnostics, "Answers!I13", "a value outside the questionnaire's cells: 'fido2'"));
    CHECK(find(moved.diagnostics, "'fido2'")->hint == "answers go in the Answer column (F); was this cell moved?");
    CHECK(at_cell(moved.diagnostics, "Answers!F14", "a value on a row with no criterion id: 'pki'"));
}

TEST_CASE("a workbook without its Answers sheet, table or columns: one clear error each") {
    WorkbookParts parts;
    parts.sheets = {{"Instructions", worksheet("")}, {"Answer", mini_questionnaire_sheet({})}};
    auto no_sheet = read(make_workbook(parts));
    REQUIRE(no_sheet.diagnostics.size() == 1);
    CHECK(format_diagnostic(no_sheet.diagnostics[0]) ==
          "v.xlsx: error: the workbook has no sheet named 'Answers' (its sheets: 'Instructions', 'Answer') (hint: did you mean 'Answer'? "
          "The answers are read from the sheet named 'Answers')");
    const std::string no_table = worksheet(row(3, {text_cell("A3", "Vendor"), text_cell("B3", "Acme")}) + row(12, {text_cell("B12", "ACC-01"), text_cell("F12", "yes")}));
    auto table = read(answers_workbook(no_table));
    CHECK(at_cell(table.diagnostics, "Answers", "the 'Answers' sheet has no table of answers (a header row with 'ID' and 'Answer' columns)"));
    CHECK_FALSE(find(table.diagnostics, "outside the questionnaire"));  // not every answer again as moved
    std::string renamed = mini_questionnaire_sheet({{"ACC-01", "yes", "docs/a.pdf"}});
    renamed.replace(renamed.find(">Evidence<"), 10, ">Evidense<");
    auto column = read(answers_workbook(renamed));
    CHECK(at_cell(column.diagnostics, "Answers!G11", "unknown column 'Evidense' in the table's header row"));
    CHECK(find(column.diagnostics, "Evidense")->hint == "did you mean 'Evidence'?");
}

TEST_CASE("a workbook's header fields: labels in column A, values in B, checked as YAML's header") {
    const std::string header = row(3, {text_cell("A3", "Vendr"), text_cell("B3", "Acme")}) + row(4, {text_cell("A4", "Product")}) +
                               row(5, {text_cell("A5", "Version:"), text_cell("B5", "1.0")}) +
                               row(6, {text_cell("A6", "Date"), number_cell("B6", "46081", 1)}) + row(8, {text_cell("A8", "Pack"), text_cell("B8", "mini")});
    WorkbookParts parts;
    parts.sheets = {{"Answers", mini_questionnaire_sheet({{"ACC-01", "yes"}}, "", header)}};
    parts.styles = date_styles();
    auto book = read(make_workbook(parts));
    CHECK(at_cell(book.diagnostics, "Answers!A3", "unknown header field 'Vendr'"));
    CHECK(find(book.diagnostics, "Vendr")->hint == "did you mean 'Vendor'?");
    CHECK(at_cell(book.diagnostics, "Answers!B4", "product is empty"));
    CHECK(at_cell(book.diagnostics, "Answers", "missing required key 'vendor' in the response"));
    REQUIRE(book.value);
    CHECK(book->response.date == "2026-02-28");  // a date cell reads as YYYY-MM-DD
    CHECK(book->response.version == "1.0");
    // Labels may sit in any column above the table, their values to their right, as the template lays them out.
    const std::string side_by_side = row(2, {text_cell("A2", "Vendor"), text_cell("B2", "Acme"), text_cell("D2", "Product version"),
                                             text_cell("E2", "1.0"), text_cell("F2", "Rule pack"), text_cell("G2", "mini")}) +
                                     row(3, {text_cell("A3", "Product"), text_cell("B3", "Contact"), text_cell("D3", "Date of answers"),
                                             text_cell("E3", "2026-02-28"), text_cell("H3", "Instructions: fill in column F.")});
    auto placed = read(answers_workbook(mini_questionnaire_sheet({{"ACC-01", "yes"}}, "", side_by_side)));
    for (const auto& d : placed.diagnostics) INFO(format_diagnostic(d));
    CHECK(placed.ok());
    REQUIRE(placed.value);
    CHECK(placed->response.product == "Contact");  // a value, even when it reads like a label
    CHECK(placed->response.version == "1.0");
    auto wrong_pack = read(answers_workbook(mini_questionnaire_sheet({}, "", row(8, {text_cell("A8", "Rule pack"), text_cell("B8", "sbd-ot")}))));
    CHECK(at_cell(wrong_pack.diagnostics, "Answers!B8", "this response answers pack 'sbd-ot', but the run scores pack 'mini'"));
}

TEST_CASE("workbook paths: .xlsx, .xlsm and .xls in any letter case") {
    CHECK(is_workbook_path("a/vendor.xlsx"));
    CHECK(is_workbook_path("VENDOR.XLSX"));
    CHECK(is_workbook_path("old.xls"));
    CHECK(is_workbook_path("macro.xlsm"));
    CHECK_FALSE(is_workbook_path("vendor.yaml"));
    CHECK_FALSE(is_workbook_path("vendor.xlsx.yaml"));
}
