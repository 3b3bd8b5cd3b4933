#include "support/xlsx_fixture.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace sbd::test {

std::string make_zip(const std::vector<ZipEntry>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) throw std::runtime_error("zip_source_buffer_create");
    zip_source_keep(buffer);  // read back after zip_close
    zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!zip) throw std::runtime_error("zip_open_from_source");
    for (const auto& e : entries) {
        zip_source_t* data = zip_source_buffer(zip, e.data.data(), e.data.size(), 0);
        const zip_int64_t index = zip_file_add(zip, e.name.c_str(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) throw std::runtime_error("zip_file_add " + e.name);
        zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
        zip_file_set_mtime(zip, static_cast<zip_uint64_t>(index), 0, 0);
    }
    if (zip_close(zip) != 0) throw std::runtime_error("zip_close");
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    std::string out(static_cast<std::size_t>(size), '\0');
    zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    return out;
}

namespace {

std::string escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

}  // namespace

std::string text_cell(const std::string& ref, const std::string& text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>";
}

std::string number_cell(const std::string& ref, const std::string& number, int style) {
    return "<c r=\"" + ref + "\"" + (style ? " s=\"" + std::to_string(style) + "\"" : "") + "><v>" + number + "</v></c>";
}

std::string row(int number, const std::vector<std::string>& cells) {
    std::string out = "<row r=\"" + std::to_string(number) + "\">";
    for (const auto& c : cells) out += c;
    return out + "</row>";
}

std::string worksheet(const std::string& rows, const std::string& after) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>" +
           rows + "</sheetData>" + after + "</worksheet>";
}

std::string make_workbook(const WorkbookParts& parts) {
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::vector<ZipEntry> entries;
    entries.push_back({"[Content_Types].xml",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"});
    entries.push_back({"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                      "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    std::string sheets, rels;
    for (std::size_t i = 0; i < parts.sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        sheets += "<sheet name=\"" + escape(parts.sheets[i].name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    }
    if (!parts.shared_strings.empty()) rels += "<Relationship Id=\"rIdS\" Type=\"" + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    if (!parts.styles.empty()) rels += "<Relationship Id=\"rIdT\" Type=\"" + rel + "styles\" Target=\"/xl/styles.xml\"/>";
    entries.push_back({"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                                              std::string(parts.date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>" + sheets +
                                              "</sheets></workbook>"});
    entries.push_back({"xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                                                         rels + "</Relationships>"});
    for (std::size_t i = 0; i < parts.sheets.size(); ++i) entries.push_back({"xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", parts.sheets[i].xml});
    if (!parts.shared_strings.empty()) {
        std::string sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
        for (const auto& s : parts.shared_strings) sst += "<si><t xml:space=\"preserve\">" + escape(s) + "</t></si>";
        entries.push_back({"xl/sharedStrings.xml", sst + "</sst>"});
    }
    if (!parts.styles.empty()) entries.push_back({"xl/styles.xml", parts.styles});
    entries.insert(entries.end(), parts.extra.begin(), parts.extra.end());
    return make_zip(entries);
}

std::string date_styles() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
           "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
}

std::string mini_questionnaire_sheet(const std::vector<AnswerRow>& answers, const std::string& after, const std::string& header) {
    std::string rows = row(1, {text_cell("A1", "Questionnaire: Mini test pack (mini 2.1.0)")});
    if (header.empty()) {
        rows += row(3, {text_cell("A3", "Vendor"), text_cell("B3", "Acme")});
        rows += row(4, {text_cell("A4", "Product"), text_cell("B4", "P1")});
        rows += row(5, {text_cell("A5", "Product version"), text_cell("B5", "1.0")});
        rows += row(6, {text_cell("A6", "Date of answers"), text_cell("B6", "2026-02-28")});
        rows += row(7, {text_cell("A7", "Contact")});
        rows += row(8, {text_cell("A8", "Rule pack"), text_cell("B8", "mini")});
        rows += row(9, {text_cell("A9", "Rule pack version"), text_cell("B9", "2.1.0")});
    } else {
        rows += header;
    }
    rows += row(11, {text_cell("A11", "Priority"), text_cell("B11", "ID"), text_cell("C11", "Title"), text_cell("D11", "Question"),
                     text_cell("E11", "Guidance"), text_cell("F11", "Answer"), text_cell("G11", "Evidence"), text_cell("H11", "Comment")});
    int r = 12;
    for (const auto& a : answers) {
        const std::string n = std::to_string(r);
        std::vector<std::string> cells = {text_cell("A" + n, "Access"), text_cell("B" + n, a.id)};
        if (!a.answer.empty()) cells.push_back(a.answer_is_number ? number_cell("F" + n, a.answer) : text_cell("F" + n, a.answer));
        if (!a.evidence.empty()) cells.push_back(text_cell("G" + n, a.evidence));
        if (!a.comment.empty()) cells.push_back(text_cell("H" + n, a.comment));
        rows += row(r++, cells);
    }
    return worksheet(rows, after);
}

std::string mini_questionnaire(const std::vector<AnswerRow>& answers, const std::string& after) {
    WorkbookParts parts;
    parts.sheets = {{"Instructions", worksheet(row(1, {text_cell("A1", "Fill in the Answers sheet.")}))},
                    {"Answers", mini_questionnaire_sheet(answers, after)}};
    return make_workbook(parts);
}

std::string answers_workbook(const std::string& sheet_xml) {
    WorkbookParts parts;
    parts.sheets = {{"Answers", sheet_xml}};
    return make_workbook(parts);
}

std::string add_rows(std::string sheet_xml, const std::string& rows) {
    sheet_xml.insert(sheet_xml.find("</sheetData>"), rows);
    return sheet_xml;
}

}  // namespace sbd::test
