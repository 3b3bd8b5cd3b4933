#include "load/xlsx_reader.hpp"

#if SBD_WORKBOOKS
#include <zip.h>

#include <pugixml.hpp>
#endif

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <unordered_map>

#include "load/input_file.hpp"
#include "util/dates.hpp"
#include "util/shared_library.hpp"
#include "util/text.hpp"

namespace sbd::xlsx {

const Cell* Sheet::find(int row, int column) const {
    auto it = std::lower_bound(cells.begin(), cells.end(), std::make_pair(row, column),
                               [](const Cell& c, const std::pair<int, int>& at) { return std::make_pair(c.row, c.column) < at; });
    return it != cells.end() && it->row == row && it->column == column ? &*it : nullptr;
}

namespace {

constexpr int max_rows_in_excel = 1048576;
constexpr int max_columns_in_excel = 16384;
const std::string save_as_xlsx = "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)";

// Why the workbook as a whole cannot be read: thrown from deep in its parts, caught once in
// read_workbook, where it becomes the file's error.
struct Refused {
    std::string message;
    std::string hint;
};

std::string mib(std::size_t bytes) { return fmt::format("{} MiB", bytes / (1024 * 1024)); }

#if SBD_WORKBOOKS  // the zip and XML reading (a build without libzip and pugixml reads no workbooks)

// Sheet names compare without regard to ASCII letter case, as Excel compares them.
bool same_name(std::string_view a, std::string_view b) { return a.size() == b.size() && ascii_lowercase(a) == ascii_lowercase(b); }

// An entry name that could point outside the archive if it were ever extracted: absolute, with a
// drive or a backslash, or with a `..` component. Excel never writes one.
bool escapes_archive(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos || name.find(':') != std::string_view::npos)
        return true;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        if (name.substr(start, end - start) == "..") return true;
        start = end + 1;
    }
    return false;
}

// libzip's functions, loaded with the library when the first workbook is read
// (util/shared_library.hpp: linking it would load libcrypto into every run).
#define SBD_LIBZIP_FUNCTIONS(X) \
    X(zip_discard) \
    X(zip_error_code_zip) \
    X(zip_error_fini) \
    X(zip_error_init) \
    X(zip_error_strerror) \
    X(zip_fclose) \
    X(zip_file_get_error) \
    X(zip_fopen_index) \
    X(zip_fread) \
    X(zip_get_name) \
    X(zip_get_num_entries) \
    X(zip_name_locate) \
    X(zip_open_from_source) \
    X(zip_source_buffer_create) \
    X(zip_source_free) \
    X(zip_stat_index) \
    X(zip_stat_init) \
    X(zip_strerror)

struct Libzip {
    SBD_LIBZIP_FUNCTIONS(SBD_LIBRARY_MEMBER)
    std::string error;  // why the library cannot be used; empty when it can
};

// The library, loaded once for the whole run (thread-safe: workbooks are read on -j threads);
// Refused when it cannot be.
const Libzip& libzip() {
    static const Libzip lib = [] {
        static SharedLibrary library(SBD_LIBZIP_SONAME);
        Libzip functions;
        SBD_LIBZIP_FUNCTIONS(SBD_LIBRARY_BIND)
        functions.error = library.error();
        return functions;
    }();
    if (!lib.error.empty())
        throw Refused{"reading a workbook needs libzip, which cannot be loaded: " + lib.error,
                      "install the package " SBD_LIBZIP_PACKAGE " (apt install " SBD_LIBZIP_PACKAGE ")"};
    return lib;
}

// The zip archive, read from memory, every part inflated at most to the limits.
class Archive {
public:
    explicit Archive(std::string_view bytes) : z(libzip()) {
        zip_error_t error;
        z.zip_error_init(&error);
        zip_source_t* source = z.zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (source) {
            zip_.reset(z.zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
            if (!zip_) z.zip_source_free(source);
        }
        if (!zip_) {
            const bool not_zip = z.zip_error_code_zip(&error) == ZIP_ER_NOZIP;
            std::string why = z.zip_error_strerror(&error);
            z.zip_error_fini(&error);
            if (not_zip) throw Refused{"not an Excel workbook (.xlsx): the file is not a zip archive", save_as_xlsx};
            throw Refused{"the workbook is a damaged zip archive (" + why + ")", "save it again from Excel, or ask for a new copy"};
        }
        z.zip_error_fini(&error);
        const zip_int64_t entries = z.zip_get_num_entries(zip_.get(), 0);
        if (entries < 0 || static_cast<std::size_t>(entries) > limits::max_workbook_entries)
            throw Refused{fmt::format("the workbook holds {} files; a workbook this tool reads holds at most {}", entries,
                                      limits::max_workbook_entries),
                          "a questionnaire holds a dozen; is this the right file?"};
        for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(entries); ++i) {
            const char* name = z.zip_get_name(zip_.get(), i, ZIP_FL_ENC_GUESS);
            if (!name) throw Refused{"the workbook's zip directory is damaged", "save it again from Excel"};
            if (escapes_archive(name))
                throw Refused{"the workbook holds an entry named " + quote_text(name, shown::list_item) +
                                  ", a path outside the archive (`..`, `/` or a drive); refused",
                              "no spreadsheet program writes such a name: this file was made by hand or tampered with"};
            zip_stat_t st;
            z.zip_stat_init(&st);
            if (z.zip_stat_index(zip_.get(), i, 0, &st) == 0 && (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
                throw Refused{"the workbook's zip entries are encrypted", "remove the password and save it as .xlsx"};
        }
    }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    // The part named `name` (letter case aside, as in Open Packaging), inflated; nullopt when the
    // archive has none.
    std::optional<std::string> read(const std::string& name) {
        const zip_int64_t index = z.zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
        if (index < 0) return std::nullopt;
        zip_stat_t st;
        z.zip_stat_init(&st);
        if (z.zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0)
            throw Refused{"the workbook's part " + name + " cannot be read", "save it again from Excel"};
        const std::size_t limit = limits::max_workbook_part_bytes;
        auto too_large = [&] {
            return Refused{"the workbook's part " + name + " is larger than " + mib(limit) + " uncompressed",
                           "a questionnaire's parts are a few hundred KiB; is this the right file?"};
        };
        if ((st.valid & ZIP_STAT_SIZE) && st.size > limit) throw too_large();
        std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(z.zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0), z.zip_fclose);
        if (!file) throw Refused{"the workbook's part " + name + " cannot be opened (" + z.zip_strerror(zip_.get()) + ")", "save it again from Excel"};
        std::string out;
        char chunk[64 * 1024];
        for (;;) {
            const zip_int64_t n = z.zip_fread(file.get(), chunk, sizeof chunk);
            if (n < 0)
                throw Refused{"the workbook's part " + name + " is damaged (" + z.zip_error_strerror(z.zip_file_get_error(file.get())) + ")",
                              "save it again from Excel, or ask for a new copy"};
            if (n == 0) break;
            out.append(chunk, static_cast<std::size_t>(n));  // the declared size is not trusted: the bytes are counted
            if (out.size() > limit) throw too_large();
            if (total_ + out.size() > limits::max_workbook_total_bytes)
                throw Refused{"the workbook's parts are larger than " + mib(limits::max_workbook_total_bytes) + " uncompressed",
                              "a questionnaire is a few hundred KiB; is this the right file?"};
            const std::uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
            if (out.size() > limits::compression_ratio_floor && out.size() > packed * limits::max_compression_ratio)
                throw Refused{fmt::format("the workbook's part {} inflates more than {} times its compressed size: a zip bomb", name,
                                          limits::max_compression_ratio),
                              "refused unread; ask the vendor for the workbook as Excel saved it"};
        }
        total_ += out.size();
        return out;
    }

private:
    const Libzip& z;
    // Discarded however the constructor ends: it throws on a hostile archive once it is open.
    std::unique_ptr<zip_t, decltype(&::zip_discard)> zip_{nullptr, z.zip_discard};
    std::size_t total_ = 0;  // bytes inflated so far, every part
};

// ---- XML -------------------------------------------------------------------------------------

// Element and attribute names without their namespace prefix: generators write `x:c` as well as `c`.
std::string_view local(const char* name) {
    std::string_view s(name);
    const auto colon = s.find(':');
    return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node node, std::string_view name) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && local(c.name()) == name) return c;
    return {};
}

template <class F>
void for_each_child(pugi::xml_node node, std::string_view name, F&& f) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && local(c.name()) == name) f(c);
}

const char* attribute(pugi::xml_node node, std::string_view name) {
    for (pugi::xml_attribute a : node.attributes())
        if (local(a.name()) == name) return a.value();
    return nullptr;
}

// The text directly inside an element (every text and CDATA piece of it).
std::string text_of(pugi::xml_node node) {
    std::string out;
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    return out;
}

// A parsed part and the text it was parsed in place from.
struct Part {
    std::string text;
    pugi::xml_document doc;
};

// Parses a part. No DTD is processed and no entity but XML's five and character references is
// expanded (pugixml does neither); a part that declares a DTD is refused outright, as Excel never
// writes one and it serves only entity tricks (billion laughs, external entities).
std::unique_ptr<Part> parse_part(const std::string& name, std::string text) {
    auto part = std::make_unique<Part>();
    part->text = std::move(text);
    const unsigned options = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata_single;
    const pugi::xml_parse_result parsed = part->doc.load_buffer_inplace(part->text.data(), part->text.size(), options, pugi::encoding_auto);
    if (!parsed)
        throw Refused{fmt::format("the workbook's part {} is not well-formed XML ({} at byte {})", name, parsed.description(), parsed.offset),
                      "save it again from Excel, or ask for a new copy"};
    for (pugi::xml_node n : part->doc.children())
        if (n.type() == pugi::node_doctype)
            throw Refused{"the workbook's part " + name + " declares a DTD (<!DOCTYPE>); refused, its entities are never expanded",
                          "no spreadsheet program writes one: this file was made by hand or tampered with"};
    return part;
}

// ---- Relationships ---------------------------------------------------------------------------

// "xl/worksheets/sheet1.xml" from the part "xl/workbook.xml" and the target "worksheets/sheet1.xml"
// (or "/xl/worksheets/sheet1.xml"); empty when the target climbs out of the package.
std::string resolve(const std::string& source_part, const std::string& target) {
    std::vector<std::string> segments;
    std::string path = target;
    if (!path.empty() && path.front() == '/') path.erase(0, 1);
    else {
        const auto slash = source_part.rfind('/');
        if (slash != std::string::npos) path = source_part.substr(0, slash + 1) + path;
    }
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string segment = path.substr(start, end - start);
        if (segment == "..") {
            if (segments.empty()) return "";
            segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    return join(segments, "/");
}

std::string rels_of(const std::string& part) {
    const auto slash = part.rfind('/');
    const std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
    return dir + "_rels/" + part.substr(slash == std::string::npos ? 0 : slash + 1) + ".rels";
}

struct Relationship {
    std::string type;  // the last segment of its type URI: "worksheet", "sharedStrings", ...
    std::string target;
};

// A part's relationships by id (empty when it has none).
std::map<std::string, Relationship> relationships(Archive& zip, const std::string& part) {
    std::map<std::string, Relationship> out;
    const std::string name = rels_of(part);
    auto text = zip.read(name);
    if (!text) return out;
    auto rels = parse_part(name, std::move(*text));
    for_each_child(child(rels->doc, "Relationships"), "Relationship", [&](pugi::xml_node r) {
        const char* id = attribute(r, "Id");
        const char* type = attribute(r, "Type");
        const char* target = attribute(r, "Target");
        const char* mode = attribute(r, "TargetMode");
        if (!id || !type || !target || (mode && std::string_view(mode) == "External")) return;  // links outside are never followed
        std::string_view t(type);
        out[id] = {std::string(t.substr(t.rfind('/') + 1)), resolve(part, target)};
    });
    return out;
}

// ---- Cells -----------------------------------------------------------------------------------

// "D14" -> (14, 4); nullopt when it is not a cell reference within Excel's grid.
std::optional<std::pair<int, int>> parse_reference(std::string_view ref) {
    std::size_t i = 0;
    long column = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) column = column * 26 + (ref[i++] - 'A' + 1);
    long row = 0;
    const std::size_t digits = i;
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && i - digits < 7) row = row * 10 + (ref[i++] - '0');
    if (i != ref.size() || digits == 0 || i == digits || row < 1 || row > max_rows_in_excel || column > max_columns_in_excel)
        return std::nullopt;
    return std::make_pair(static_cast<int>(row), static_cast<int>(column));
}

std::optional<Range> parse_range(std::string_view ref) {
    const auto colon = ref.find(':');
    auto first = parse_reference(ref.substr(0, colon));
    auto last = colon == std::string_view::npos ? first : parse_reference(ref.substr(colon + 1));
    if (!first || !last) return std::nullopt;
    return Range{std::min(first->first, last->first), std::min(first->second, last->second), std::max(first->first, last->first),
                 std::max(first->second, last->second)};
}

// The text of a shared or inline string item: its <t>, or its rich-text runs' (phonetic
// guides left out).
std::string string_item(pugi::xml_node si) {
    if (pugi::xml_node t = child(si, "t")) return decode_escapes(text_of(t));
    std::string out;
    for_each_child(si, "r", [&](pugi::xml_node r) {
        for_each_child(r, "t", [&](pugi::xml_node t) { out += text_of(t); });
    });
    return decode_escapes(out);
}

std::vector<std::string> shared_strings(Archive& zip, const std::string& name) {
    std::vector<std::string> out;
    if (name.empty()) return out;
    auto text = zip.read(name);
    if (!text) return out;
    auto part = parse_part(name, std::move(*text));
    for_each_child(child(part->doc, "sst"), "si", [&](pugi::xml_node si) {
        if (out.size() == limits::max_shared_strings)
            throw Refused{fmt::format("the workbook holds more than {} different texts", limits::max_shared_strings),
                          "a questionnaire holds a few hundred; is this the right file?"};
        out.push_back(string_item(si));
    });
    return out;
}

// For each cell format (a cell's s="N"), whether it shows numbers as dates.
std::vector<bool> date_styles(Archive& zip, const std::string& name) {
    std::vector<bool> out;
    if (name.empty()) return out;
    auto text = zip.read(name);
    if (!text) return out;
    auto part = parse_part(name, std::move(*text));
    const pugi::xml_node styles = child(part->doc, "styleSheet");
    std::unordered_map<long, bool> custom;
    for_each_child(child(styles, "numFmts"), "numFmt", [&](pugi::xml_node f) {
        const char* id = attribute(f, "numFmtId");
        const char* code = attribute(f, "formatCode");
        if (id && code) custom[std::strtol(id, nullptr, 10)] = is_date_format(code);
    });
    for_each_child(child(styles, "cellXfs"), "xf", [&](pugi::xml_node xf) {
        const char* id_text = attribute(xf, "numFmtId");
        const long id = id_text ? std::strtol(id_text, nullptr, 10) : 0;
        // Excel's built-in date and time formats (ECMA-376 18.8.30, with the East Asian ones).
        const bool builtin = (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
        auto it = custom.find(id);
        out.push_back(it != custom.end() ? it->second : builtin);
    });
    return out;
}

std::size_t characters(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Reads the cells of one worksheet part.
class SheetReader {
public:
    SheetReader(const std::string& file, Sheet& sheet, const std::vector<std::string>& strings, const std::vector<bool>& dates,
                bool date1904, Result<Workbook>& problems)
        : file_(file), sheet_(sheet), strings_(strings), dates_(dates), date1904_(date1904), problems_(problems) {}

    void read(const pugi::xml_document& doc) {
        const pugi::xml_node root = child(doc, "worksheet");
        if (!root) throw Refused{"the sheet " + quote_text(sheet_.name) + " is a chart, not a sheet of cells", ""};
        int row_number = 0;
        bool stop = false;
        for_each_child(child(root, "sheetData"), "row", [&](pugi::xml_node row) {
            if (stop) return;
            const char* r = attribute(row, "r");
            row_number = r ? static_cast<int>(std::strtol(r, nullptr, 10)) : row_number + 1;
            int column = 0;
            for_each_child(row, "c", [&](pugi::xml_node c) {
                if (stop) return;
                const char* ref = attribute(c, "r");
                std::optional<std::pair<int, int>> at = ref ? parse_reference(ref) : std::make_pair(row_number, column + 1);
                if (!at || at->first < 1 || at->first > max_rows_in_excel) {
                    error(SourceLocation::cell(file_, sheet_.name), "a cell with the reference " + quote_text(ref ? ref : "", shown::word) +
                                                                        ", which is not a cell of a sheet");
                    stop = true;
                    return;
                }
                column = at->second;
                stop = !cell(c, at->first, at->second);
            });
        });
        for_each_child(child(root, "mergeCells"), "mergeCell", [&](pugi::xml_node m) {
            const char* ref = attribute(m, "ref");
            if (auto range = ref ? parse_range(ref) : std::nullopt) sheet_.merged.push_back(*range);
        });
        std::stable_sort(sheet_.cells.begin(), sheet_.cells.end(),
                         [](const Cell& a, const Cell& b) { return std::make_pair(a.row, a.column) < std::make_pair(b.row, b.column); });
        auto twice = std::adjacent_find(sheet_.cells.begin(), sheet_.cells.end(),
                                        [](const Cell& a, const Cell& b) { return a.row == b.row && a.column == b.column; });
        if (twice != sheet_.cells.end())
            error(at(twice->row, twice->column), "the cell is given twice in the sheet's XML; no spreadsheet program writes that",
                  "save the workbook again from Excel");
    }

private:
    const std::string& file_;
    Sheet& sheet_;
    const std::vector<std::string>& strings_;
    const std::vector<bool>& dates_;
    bool date1904_;
    Result<Workbook>& problems_;
    std::size_t errors_ = 0;

    SourceLocation at(int row, int column) const { return SourceLocation::cell(file_, sheet_.name, row, column); }

    void error(SourceLocation where, std::string message, std::string hint = {}) {
        if (++errors_ <= limits::max_diagnostics) problems_.error(std::move(where), std::move(message), std::move(hint));
    }

    // Reads one cell; false when reading must stop (a row past the limit).
    bool cell(pugi::xml_node c, int row, int column) {
        Cell cell;
        cell.row = row;
        cell.column = column;
        const char* t = attribute(c, "t");
        const std::string_view type = t ? t : "n";
        const pugi::xml_node f = child(c, "f");
        const pugi::xml_node v = child(c, "v");
        cell.formula = static_cast<bool>(f);
        const std::string value = v ? text_of(v) : "";
        if (type == "inlineStr") {
            cell.text = string_item(child(c, "is"));
        } else if (type == "s") {
            long index = -1;
            std::from_chars(value.data(), value.data() + value.size(), index);
            if (!v) return true;
            if (index < 0 || static_cast<std::size_t>(index) >= strings_.size()) {
                error(at(row, column), "the cell names a shared text that the workbook does not have", "save the workbook again from Excel");
                return true;
            }
            cell.text = strings_[static_cast<std::size_t>(index)];
        } else if (type == "str") {
            cell.text = decode_escapes(value);
        } else if (type == "b") {
            cell.type = Cell::Type::boolean;
            cell.number = value == "1" ? 1 : 0;
            cell.text = value == "1" ? "TRUE" : "FALSE";
        } else if (type == "e") {
            cell.type = Cell::Type::error;
            cell.text = value;
        } else if (type == "d") {  // ISO 8601, written by Strict workbooks
            cell.date = true;
            cell.text = value.substr(0, value.find('T'));
        } else if (v && !value.empty()) {  // <v></v>: no value (openpyxl writes a formula's so)
            cell.type = Cell::Type::number;
            const char* begin = value.data();
            auto [end, ec] = std::from_chars(begin, begin + value.size(), cell.number);
            if (ec != std::errc() || end != begin + value.size() || !std::isfinite(cell.number)) {
                error(at(row, column), "the cell's number " + quote_text(value) + " is not a number", "save the workbook again from Excel");
                return true;
            }
            const char* style = attribute(c, "s");
            const long s = style ? std::strtol(style, nullptr, 10) : 0;
            cell.date = s >= 0 && static_cast<std::size_t>(s) < dates_.size() && dates_[static_cast<std::size_t>(s)];
            std::optional<std::string> date = cell.date ? serial_date_text(cell.number, date1904_) : std::nullopt;
            cell.date = date.has_value();
            cell.text = date ? *date : format_number(cell.number);
        }
        // No value computed: none stored, or an empty one where only a text formula may give "".
        if (cell.formula && type != "inlineStr" && (!v || (value.empty() && type != "str"))) cell.cached = false;
        if (cell.text.empty() && cell.cached) return true;  // nothing in it (an empty text or a formatted blank)
        if (row > limits::max_sheet_rows) {
            error(at(row, column),
                  fmt::format("row {} is past the {} rows a questionnaire may use; the rest of the sheet is not read", row, limits::max_sheet_rows),
                  "a questionnaire has one row per criterion: delete the rows below the table");
            return false;
        }
        if (find_invalid_utf8(cell.text)) {
            error(at(row, column), "the cell's text is not valid UTF-8", "save the workbook again from Excel");
            return true;
        }
        if (const std::size_t n = characters(cell.text); n > limits::max_cell_characters) {
            error(at(row, column), fmt::format("the cell holds {} characters; a cell holds at most {}", n, limits::max_cell_characters),
                  "shorten it, or give the text as an evidence document");
            return true;
        }
        sheet_.cells.push_back(std::move(cell));
        return true;
    }
};

#endif  // SBD_WORKBOOKS

}  // namespace

std::string decode_escapes(std::string_view text) {
    if (text.find("_x") == std::string_view::npos) return std::string(text);
    auto hex = [](std::string_view s) -> std::optional<unsigned> {
        unsigned v = 0;
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 16);
        if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
        return v;
    };
    auto append_utf8 = [](std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    };
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::optional<unsigned> cp;
        if (text.compare(i, 2, "_x") == 0 && i + 7 <= text.size() && text[i + 6] == '_') cp = hex(text.substr(i + 2, 4));
        if (!cp) {
            out += text[i++];
            continue;
        }
        i += 7;
        if (*cp >= 0xD800 && *cp <= 0xDBFF && text.compare(i, 2, "_x") == 0 && i + 7 <= text.size() && text[i + 6] == '_') {
            auto low = hex(text.substr(i + 2, 4));
            if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00));
                i += 7;
                continue;
            }
        }
        append_utf8(out, *cp >= 0xD800 && *cp <= 0xDFFF ? 0xFFFD : *cp);
    }
    return out;
}

bool is_date_format(std::string_view code) {
    code = code.substr(0, code.find(';'));  // the format of positive numbers
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {  // literal text
            const auto close = code.find('"', i + 1);
            if (close == std::string_view::npos) return false;
            i = close;
        } else if (c == '\\' || c == '_' || c == '*') {  // an escaped, spacing or fill character
            ++i;
        } else if (c == '[') {  // a colour, a condition or a locale; [h], [mm], [ss] are elapsed time
            const auto close = code.find(']', i);
            if (close == std::string_view::npos) return false;
            const std::string_view inside = code.substr(i + 1, close - i - 1);
            if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) return true;
            i = close;
        } else {
            const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            if (lower == 'y' || lower == 'm' || lower == 'd' || lower == 'h' || lower == 's') return true;
        }
    }
    return false;
}

std::optional<std::string> serial_date_text(double serial, bool date1904) {
    if (!(serial >= 0) || serial >= 2958466) return std::nullopt;  // 9999-12-31 is the last day Excel shows
    long long days = static_cast<long long>(std::floor(serial));
    long long seconds = std::llround((serial - static_cast<double>(days)) * 86400.0);
    if (seconds == 86400) {
        ++days;
        seconds = 0;
    }
    std::string date;
    if (date1904) {
        date = date_from_epoch((days + 1462 - 25569) * 86400);
    } else if (days == 60) {
        date = "1900-02-29";  // Excel's own, kept from Lotus 1-2-3: the day does not exist
    } else if (days == 0) {
        date = "";  // a time of day alone
    } else {
        // Serial 1 is 1900-01-01; from serial 61 on, days since 1899-12-30 (the phantom 1900-02-29 between).
        date = date_from_epoch(((days < 60 ? days + 1 : days) - 25569) * 86400);
    }
    if (seconds == 0) return date.empty() ? "00:00:00" : date;
    const std::string time = fmt::format("{:02}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
    return date.empty() ? time : date + " " + time;
}

Result<Workbook> read_workbook(const std::string& display_path, std::string_view bytes, std::string_view sheet_name) {
    Result<Workbook> result;
    const SourceLocation file{display_path};
    if (bytes.size() > limits::max_workbook_bytes) {
        result.error(file, "the workbook is larger than " + mib(limits::max_workbook_bytes),
                     "a questionnaire is some tens of KiB; remove pictures and other sheets, or is this the right file?");
        return result;
    }
    if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        // An OLE compound file: an Excel 97-2003 workbook, or an encrypted .xlsx, which Excel wraps in one.
        const std::string_view encrypted("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
        if (bytes.find(encrypted) != std::string_view::npos)
            result.error(file, "the workbook is password-protected (encrypted); sbdscore cannot read it",
                         "remove the password (Excel: File > Info > Protect Workbook > Encrypt with Password, cleared) and save it as .xlsx");
        else
            result.error(file, "an Excel 97-2003 workbook (.xls); sbdscore reads .xlsx", save_as_xlsx);
        return result;
    }
#if !SBD_WORKBOOKS
    (void)sheet_name;
    result.error(file, "this sbdscore was built without workbook support, so it reads no .xlsx files",
                 "use the Debian package or a build from source (the static tarball is built without libzip), or import the "
                 "workbook to YAML there: sbdscore import FILE.xlsx -o FILE.yaml");
    return result;
#else
    try {
        Archive zip(bytes);
        std::string workbook_part = "xl/workbook.xml";
        for (const auto& [id, rel] : relationships(zip, ""))
            if (rel.type == "officeDocument") workbook_part = rel.target;
        auto workbook_text = zip.read(workbook_part);
        if (!workbook_text) throw Refused{"not an Excel workbook: the zip archive has no workbook part (" + workbook_part + ")", save_as_xlsx};
        auto workbook = parse_part(workbook_part, std::move(*workbook_text));
        const pugi::xml_node root = child(workbook->doc, "workbook");
        const char* date1904_text = attribute(child(root, "workbookPr"), "date1904");
        const bool date1904 = date1904_text && (std::string_view(date1904_text) == "1" || std::string_view(date1904_text) == "true");
        const auto rels = relationships(zip, workbook_part);
        std::string strings_part, styles_part, wanted_part;
        for (const auto& [id, rel] : rels) {
            if (rel.type == "sharedStrings") strings_part = rel.target;
            if (rel.type == "styles") styles_part = rel.target;
        }
        Workbook out;
        std::string wanted_name;
        for_each_child(child(root, "sheets"), "sheet", [&](pugi::xml_node s) {
            const char* name = attribute(s, "name");
            const char* id = attribute(s, "id");
            if (!name) return;
            out.sheet_names.emplace_back(name);
            if (wanted_part.empty() && same_name(name, sheet_name) && id) {
                auto it = rels.find(id);
                if (it != rels.end() && it->second.type == "worksheet") wanted_part = it->second.target;
                else if (it != rels.end()) throw Refused{"the sheet " + quote_text(name) + " is a chart, not a sheet of cells", ""};
                wanted_name = name;
            }
        }
        );
        if (!wanted_part.empty()) {
            auto sheet_text = zip.read(wanted_part);
            if (!sheet_text) throw Refused{"the workbook lists the sheet " + quote_text(wanted_name) + " but does not hold it", "save it again from Excel"};
            const std::vector<std::string> strings = shared_strings(zip, strings_part);
            const std::vector<bool> dates = date_styles(zip, styles_part);
            auto part = parse_part(wanted_part, std::move(*sheet_text));
            Sheet sheet;
            sheet.name = wanted_name;
            SheetReader(display_path, sheet, strings, dates, date1904, result).read(part->doc);
            out.sheet = std::move(sheet);
        }
        if (!has_errors(result.diagnostics)) result.value = std::move(out);
    } catch (const Refused& refused) {
        result.error(file, refused.message, refused.hint);
    }
    return result;
#endif
}

}  // namespace sbd::xlsx
