// The workbook reader on workbooks written by hand: every kind of cell Excel and other programs
// write, and every kind of hostile archive, each refused with a clear error and bounded cost.
#include <catch2/catch.hpp>

#include "load/input_file.hpp"
#include "load/xlsx_reader.hpp"
#include "support/xlsx_fixture.hpp"

using namespace sbd;
using namespace sbd::test;

namespace {

Result<xlsx::Workbook> read(const std::string& bytes, const std::string& sheet = "Answers") {
    return xlsx::read_workbook("v.xlsx", bytes, sheet);
}

std::string one_sheet(const std::string& xml, const std::vector<std::string>& strings = {}, const std::string& styles = "") {
    WorkbookParts parts;
    parts.sheets = {{"Answers", xml}};
    parts.shared_strings = strings;
    parts.styles = styles;
    return make_workbook(parts);
}

std::string messages(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) out += format_diagnostic(d) + "\n";
    return out;
}

}  // namespace

TEST_CASE("xlsx: shared and inline strings, numbers, booleans, errors, rich text; empty cells left out") {
    const std::string xml = worksheet(
        row(1, {"<c r=\"A1\" t=\"s\"><v>0</v></c>", text_cell("B1", "inline"), number_cell("C1", "14"), number_cell("D1", "0.1"),
                "<c r=\"E1\" t=\"b\"><v>1</v></c>", "<c r=\"F1\" t=\"e\"><v>#N/A</v></c>", "<c r=\"G1\" s=\"0\"/>",
                "<c r=\"H1\" t=\"s\"><v>1</v></c>"}) +
        row(2, {"<c r=\"A2\" t=\"inlineStr\"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>ignored</t></rPh></is></c>",
                "<c r=\"B2\" t=\"s\"><v>2</v></c>"}));
    auto book = read(one_sheet(xml, {"shared", "", "line_x000D_break and _x005F_x0041_"}));
    INFO(messages(book.diagnostics));
    REQUIRE(book.ok());
    REQUIRE(book->sheet);
    const xlsx::Sheet& s = *book->sheet;
    CHECK(s.cells.size() == 8);  // G1 (a formatted blank) and H1 (an empty shared string) are not values
    CHECK(s.find(1, 1)->text == "shared");
    CHECK(s.find(1, 2)->text == "inline");
    CHECK(s.find(1, 3)->type == xlsx::Cell::Type::number);
    CHECK(s.find(1, 3)->text == "14");
    CHECK(s.find(1, 4)->text == "0.1");
    CHECK(s.find(1, 5)->type == xlsx::Cell::Type::boolean);
    CHECK(s.find(1, 5)->text == "TRUE");
    CHECK(s.find(1, 6)->type == xlsx::Cell::Type::error);
    CHECK(s.find(1, 6)->text == "#N/A");
    CHECK(s.find(1, 7) == nullptr);
    CHECK(s.find(2, 1)->text == "rich text");
    CHECK(s.find(2, 2)->text == "line\rbreak and _x0041_");  // _x005F_ escapes the underscore itself
}

TEST_CASE("xlsx: cells without a reference follow on; prefixed element names read the same") {
    const std::string xml =
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
        "<x:row r=\"3\"><x:c t=\"inlineStr\"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>"
        "<x:row><x:c r=\"C4\"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>";
    auto book = read(one_sheet(xml));
    INFO(messages(book.diagnostics));
    REQUIRE(book.ok());
    CHECK(book->sheet->find(3, 1)->text == "a");
    CHECK(book->sheet->find(3, 2)->text == "2");
    CHECK(book->sheet->find(4, 3)->text == "5");
}

TEST_CASE("xlsx: numbers formatted as dates read as YYYY-MM-DD, in both date systems") {
    const std::string xml = worksheet(row(1, {number_cell("A1", "46083", 1), number_cell("B1", "46083", 2), number_cell("C1", "46083"),
                                              number_cell("D1", "46083.75", 1)}));
    auto book = read(one_sheet(xml, {}, date_styles()));
    REQUIRE(book.ok());
    CHECK(book->sheet->find(1, 1)->text == "2026-03-02");
    CHECK(book->sheet->find(1, 1)->date);
    CHECK(book->sheet->find(1, 2)->text == "2026-03-02");
    CHECK(book->sheet->find(1, 3)->text == "46083");  // no date format: a number
    CHECK_FALSE(book->sheet->find(1, 3)->date);
    CHECK(book->sheet->find(1, 4)->text == "2026-03-02 18:00:00");
    WorkbookParts parts;
    parts.sheets = {{"Answers", xml}};
    parts.styles = date_styles();
    parts.date1904 = true;
    auto mac = read(make_workbook(parts));
    REQUIRE(mac.ok());
    CHECK(mac->sheet->find(1, 1)->text == "2030-03-03");  // 1904 system: 1462 days later
}

TEST_CASE("xlsx: formulas give their cached value and say so; none cached is marked") {
    const std::string xml = worksheet(row(1, {"<c r=\"A1\" t=\"str\"><f>IF(1,\"yes\",\"no\")</f><v>yes</v></c>",
                                              "<c r=\"B1\"><f>1+1</f><v>2</v></c>", "<c r=\"C1\"><f>1+1</f></c>",
                                              "<c r=\"D1\"><f>1+1</f><v></v></c>"}));  // openpyxl's: an empty value
    auto book = read(one_sheet(xml));
    REQUIRE(book.ok());
    const xlsx::Sheet& s = *book->sheet;
    CHECK(s.find(1, 1)->formula);
    CHECK(s.find(1, 1)->text == "yes");
    CHECK(s.find(1, 2)->text == "2");
    CHECK(s.find(1, 3)->formula);
    CHECK_FALSE(s.find(1, 3)->cached);
    REQUIRE(s.find(1, 4));
    CHECK_FALSE(s.find(1, 4)->cached);
}

TEST_CASE("xlsx: merged ranges and sheet names") {
    WorkbookParts parts;
    parts.sheets = {{"Instructions", worksheet("")}, {"answers", worksheet(row(14, {text_cell("F14", "yes")}), "<mergeCells count=\"1\"><mergeCell ref=\"F14:F15\"/></mergeCells>")}};
    auto book = read(make_workbook(parts));  // sheet names compare without letter case
    REQUIRE(book.ok());
    CHECK(book->sheet_names == std::vector<std::string>{"Instructions", "answers"});
    REQUIRE(book->sheet->merged.size() == 1);
    CHECK(book->sheet->merged[0].contains(15, 6));
    CHECK_FALSE(book->sheet->merged[0].contains(16, 6));
    auto other = read(make_workbook(parts), "Responses");
    REQUIRE(other.ok());
    CHECK_FALSE(other->sheet);  // the loader names what is there
}

TEST_CASE("xlsx: a file that is no zip, an .xls, an encrypted workbook: told apart, with what to do") {
    auto text = read("vendor: Acme\n");
    CHECK(messages(text.diagnostics) == "v.xlsx: error: not an Excel workbook (.xlsx): the file is not a zip archive (hint: open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx))\n");
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += std::string(504, '\0') + std::string("W\0o\0r\0k\0b\0o\0o\0k\0", 16);
    auto xls = read(ole);
    CHECK(messages(xls.diagnostics).find("v.xlsx: error: an Excel 97-2003 workbook (.xls); sbdscore reads .xlsx") == 0);
    std::string encrypted("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    encrypted += std::string(504, '\0') + std::string("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    auto locked = read(encrypted);
    CHECK(messages(locked.diagnostics).find("v.xlsx: error: the workbook is password-protected (encrypted)") == 0);
    auto damaged = read(std::string("PK\x03\x04", 4) + std::string(100, 'x'));
    CHECK_FALSE(damaged.ok());
    CHECK(damaged.diagnostics.size() == 1);
}

TEST_CASE("xlsx: an entry named ../ or / is refused, though nothing is ever extracted") {
    for (const std::string name : {"../../evil.sh", "xl/../../evil", "/etc/passwd", "C:\\evil", "xl\\..\\evil"}) {
        WorkbookParts parts;
        parts.sheets = {{"Answers", worksheet("")}};
        parts.extra = {{name, "x"}};
        auto book = read(make_workbook(parts));
        INFO(name);
        CHECK_FALSE(book.ok());
        CHECK(messages(book.diagnostics).find("a path outside the archive") != std::string::npos);
    }
}

TEST_CASE("xlsx: a DTD is refused and entities are never expanded") {
    const std::string laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>";
    auto book = read(one_sheet(laughs));
    CHECK(messages(book.diagnostics) ==
          "v.xlsx: error: the workbook's part xl/worksheets/sheet1.xml declares a DTD (<!DOCTYPE>); refused, its entities are never expanded "
          "(hint: no spreadsheet program writes one: this file was made by hand or tampered with)\n");
    const std::string external =
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sst><si><t>&xxe;</t></si></sst>";
    WorkbookParts parts;
    parts.sheets = {{"Answers", worksheet(row(1, {"<c r=\"A1\" t=\"s\"><v>0</v></c>"}))}};
    parts.extra = {{"xl/sharedStrings.xml", external}};
    parts.shared_strings = {"replaced by the extra part"};
    auto xxe = read(make_workbook(parts));
    CHECK_FALSE(xxe.ok());
    CHECK(messages(xxe.diagnostics).find("declares a DTD") != std::string::npos);
    // An entity reference without a DTD stays as it is written: text, never a file's content.
    auto bare = read(one_sheet(worksheet(row(1, {"<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"}))));
    REQUIRE(bare.ok());
    CHECK(bare->sheet->find(1, 1)->text == "&xxe;");
}

TEST_CASE("xlsx: XML that is not well-formed is located at its part") {
    auto book = read(one_sheet("<worksheet><sheetData><row>"));
    CHECK(messages(book.diagnostics).find("v.xlsx: error: the workbook's part xl/worksheets/sheet1.xml is not well-formed XML") == 0);
}

TEST_CASE("xlsx: a zip bomb is stopped after inflating a little over 1 MiB") {
    WorkbookParts parts;
    // 20 MiB of zeros deflate to about 20 KiB: over the part limit, and over the ratio.
    const std::string zeros(20 * 1024 * 1024, '0');
    parts.sheets = {{"Answers", worksheet("")}};
    parts.extra = {{"xl/sharedStrings.xml", "<sst><si><t>" + zeros + "</t></si></sst>"}};
    parts.shared_strings = {"x"};
    const std::string bomb = make_workbook(parts);
    CHECK(bomb.size() < 100 * 1024);
    auto book = read(bomb);
    CHECK(messages(book.diagnostics).find("v.xlsx: error: the workbook's part xl/sharedStrings.xml ") == 0);
    CHECK_FALSE(book.ok());
}

TEST_CASE("xlsx: a part over 16 MiB uncompressed is refused, however well it compresses") {
    std::string digits;
    digits.reserve(17 * 1024 * 1024);
    for (unsigned x = 1; digits.size() < 17 * 1024 * 1024;) {
        x = x * 1103515245u + 12345u;  // digits no compressor can squeeze 100 times
        digits += static_cast<char>('0' + (x >> 16) % 10);
    }
    WorkbookParts parts;
    parts.sheets = {{"Answers", worksheet("")}};
    parts.extra = {{"xl/sharedStrings.xml", "<sst><si><t>" + digits + "</t></si></sst>"}};
    parts.shared_strings = {"x"};
    auto book = read(make_workbook(parts));
    CHECK(messages(book.diagnostics) == "v.xlsx: error: the workbook's part xl/sharedStrings.xml is larger than 16 MiB uncompressed "
                                        "(hint: a questionnaire's parts are a few hundred KiB; is this the right file?)\n");
}

TEST_CASE("xlsx: a part that inflates over the ratio limit is a zip bomb, under the size limit too") {
    WorkbookParts parts;
    const std::string zeros(4 * 1024 * 1024, '0');  // deflates about 1000:1, under the 16 MiB part limit
    parts.sheets = {{"Answers", worksheet(row(1, {text_cell("A1", zeros)}))}};
    auto book = read(make_workbook(parts));
    CHECK(messages(book.diagnostics).find("inflates more than 100 times its compressed size: a zip bomb") != std::string::npos);
}

TEST_CASE("xlsx: rows past the limit, too many texts, too long a cell: located errors") {
    auto far = read(one_sheet(worksheet(row(2, {text_cell("A2", "ok")}) + row(1048576, {text_cell("A1048576", "x")}))));
    CHECK(messages(far.diagnostics) == "v.xlsx:Answers!A1048576: error: row 1048576 is past the 10000 rows a questionnaire may use; the rest of the sheet is not read "
                                       "(hint: a questionnaire has one row per criterion: delete the rows below the table)\n");
    std::vector<std::string> many;
    for (std::size_t i = 0; i <= limits::max_shared_strings; ++i) many.push_back(std::to_string(i * 7919 % 1000003));
    auto texts = read(one_sheet(worksheet(""), many));
    CHECK(messages(texts.diagnostics).find("more than 100000 different texts") != std::string::npos);
    auto long_cell = read(one_sheet(worksheet(row(3, {text_cell("B3", std::string(40000, 'x'))}))));
    CHECK(messages(long_cell.diagnostics) == "v.xlsx:Answers!B3: error: the cell holds 40000 characters; a cell holds at most 32767 "
                                             "(hint: shorten it, or give the text as an evidence document)\n");
    auto bad_ref = read(one_sheet(worksheet(row(3, {"<c r=\"XFE3\"><v>1</v></c>"}))));
    CHECK_FALSE(bad_ref.ok());
}

TEST_CASE("xlsx: too many entries are refused before any is read") {
    WorkbookParts parts;
    parts.sheets = {{"Answers", worksheet("")}};
    for (std::size_t i = 0; i < limits::max_workbook_entries; ++i) parts.extra.push_back({"xl/media/image" + std::to_string(i) + ".png", "x", true});
    auto book = read(make_workbook(parts));
    CHECK(messages(book.diagnostics).find("the workbook holds 1005 files; a workbook this tool reads holds at most 1000") != std::string::npos);
}

TEST_CASE("xlsx: date formats and serial dates") {
    CHECK(xlsx::is_date_format("yyyy-mm-dd"));
    CHECK(xlsx::is_date_format("[$-409]d-mmm-yy;@"));
    CHECK(xlsx::is_date_format("h:mm AM/PM"));
    CHECK(xlsx::is_date_format("[h]:mm"));
    CHECK_FALSE(xlsx::is_date_format("0.00"));
    CHECK_FALSE(xlsx::is_date_format("General"));
    CHECK_FALSE(xlsx::is_date_format("\"days\" 0"));
    CHECK_FALSE(xlsx::is_date_format("[Red]0.0"));
    CHECK(xlsx::serial_date_text(1, false) == "1900-01-01");
    CHECK(xlsx::serial_date_text(59, false) == "1900-02-28");
    CHECK(xlsx::serial_date_text(60, false) == "1900-02-29");  // Excel's phantom day
    CHECK(xlsx::serial_date_text(61, false) == "1900-03-01");
    CHECK(xlsx::serial_date_text(45658, false) == "2025-01-01");
    CHECK(xlsx::serial_date_text(0.5, false) == "12:00:00");
    CHECK(xlsx::serial_date_text(0, true) == "1904-01-01");
    CHECK_FALSE(xlsx::serial_date_text(-1, false));
    CHECK_FALSE(xlsx::serial_date_text(1e9, false));
}

TEST_CASE("xlsx: _xHHHH_ escapes decode, surrogate pairs included; anything else is left") {
    CHECK(xlsx::decode_escapes("a_x000D_b") == "a\rb");
    CHECK(xlsx::decode_escapes("_xD83D__xDE00_") == "\xF0\x9F\x98\x80");
    CHECK(xlsx::decode_escapes("_xD83D_") == "\xEF\xBF\xBD");
    CHECK(xlsx::decode_escapes("_x12_ and _xZZZZ_") == "_x12_ and _xZZZZ_");
}
