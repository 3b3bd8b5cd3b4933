#include "report/xlsx_workbook.hpp"

#if SBD_WORKBOOKS
#include <xlsxwriter.h>
#endif

#include <cstring>
#include <ctime>
#include <map>
#include <tuple>

#include "util/atomic_file.hpp"
#include "util/shared_library.hpp"
#include "util/text.hpp"

namespace sbd::xlsx_out {

namespace {

constexpr std::size_t max_cell_units = 32767;  // Excel's limit on a cell's text, in UTF-16 units
constexpr std::size_t max_sheet_units = 31;    // ... and on a sheet's name

// The length of a UTF-8 sequence starting with `lead`.
std::size_t sequence_length(unsigned char lead) { return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

// `text` (valid UTF-8) cut to at most `units` UTF-16 units, never inside a character.
std::string cut_units(const std::string& text, std::size_t units) {
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = std::min(sequence_length(static_cast<unsigned char>(text[i])), text.size() - i);
        const std::size_t cost = n == 4 ? 2 : 1;  // outside the BMP: a surrogate pair
        if (used + cost > units) return text.substr(0, i);
        used += cost;
        i += n;
    }
    return text;
}

// Pack text for an input message or a title: one line, cut to Excel's limit for it.
[[maybe_unused]] std::string message_text(const std::string& text, std::size_t limit) { return cut_units(strip_control(text), limit); }

}  // namespace

bool Look::operator<(const Look& o) const {
    return std::tie(bold, italic, wrap, top, center, locked, border, size, color, fill, number_format) <
           std::tie(o.bold, o.italic, o.wrap, o.top, o.center, o.locked, o.border, o.size, o.color, o.fill, o.number_format);
}

std::string cell_text(const std::string& text) { return cut_units(remove_hidden(text), max_cell_units); }

std::string sheet_name(const std::string& wanted, std::set<std::string>& taken) {
    std::string name;
    for (char c : strip_control(wanted)) name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
    while (!name.empty() && (name.front() == '\'' || name.front() == ' ')) name.erase(0, 1);
    name = cut_units(name, max_sheet_units);
    while (!name.empty() && (name.back() == '\'' || name.back() == ' ')) name.pop_back();
    if (name.empty()) name = "Sheet";
    if (ascii_lowercase(name) == "history") name += "_";  // reserved by Excel
    std::string unique = name;
    for (int n = 2; taken.count(ascii_lowercase(unique)); ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        unique = cut_units(name, max_sheet_units - suffix.size()) + suffix;
    }
    taken.insert(ascii_lowercase(unique));
    return unique;
}

#if SBD_WORKBOOKS  // libxlsxwriter (a build without it writes no workbooks)

// libxlsxwriter's functions, loaded with the library when the first workbook is written
// (util/shared_library.hpp: linking it would load libcrypto into every run).
#define SBD_XLSXWRITER_FUNCTIONS(X) \
    X(format_set_align) \
    X(format_set_bg_color) \
    X(format_set_bold) \
    X(format_set_border) \
    X(format_set_border_color) \
    X(format_set_font_color) \
    X(format_set_font_size) \
    X(format_set_italic) \
    X(format_set_num_format) \
    X(format_set_text_wrap) \
    X(format_set_unlocked) \
    X(lxw_strerror) \
    X(workbook_add_format) \
    X(workbook_add_worksheet) \
    X(workbook_close) \
    X(workbook_new_opt) \
    X(workbook_set_properties) \
    X(worksheet_autofilter) \
    X(worksheet_conditional_format_range) \
    X(worksheet_data_validation_range) \
    X(worksheet_fit_to_pages) \
    X(worksheet_freeze_panes) \
    X(worksheet_hide) \
    X(worksheet_protect) \
    X(worksheet_repeat_rows) \
    X(worksheet_set_column) \
    X(worksheet_set_footer) \
    X(worksheet_set_landscape) \
    X(worksheet_set_margins) \
    X(worksheet_set_row) \
    X(worksheet_write_blank) \
    X(worksheet_write_comment) \
    X(worksheet_write_number) \
    X(worksheet_write_string) \
    X(worksheet_write_url_opt)

struct Libxlsxwriter {
    SBD_XLSXWRITER_FUNCTIONS(SBD_LIBRARY_MEMBER)
    std::string error;  // why the library cannot be used; empty when it can
};

// The library, loaded once for the whole run (thread-safe); Workbook::create checks that it is usable.
const Libxlsxwriter& lxw() {
    static const Libxlsxwriter lib = [] {
        static SharedLibrary library(SBD_XLSXWRITER_SONAME);
        Libxlsxwriter functions;
        SBD_XLSXWRITER_FUNCTIONS(SBD_LIBRARY_BIND)
        functions.error = library.error();
        return functions;
    }();
    return lib;
}

struct Workbook::Impl {
    ScratchFile file;
    lxw_workbook* book = nullptr;
    std::map<Look, int> looks_by_value;  // index into looks
    std::vector<lxw_format*> looks;
    std::string first_error;
    std::string title, subject;
    std::time_t created = 315532800;  // 1980-01-01, the zip format's own epoch
    explicit Impl(ScratchFile f) : file(std::move(f)) {}
};

Workbook::Workbook(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Workbook::~Workbook() {
    if (impl_ && impl_->book) lxw().workbook_close(impl_->book);  // unfinished: written to the scratch file, then removed with it
}

Result<std::unique_ptr<Workbook>> Workbook::create(bool streaming) {
    Result<std::unique_ptr<Workbook>> result;
    if (!lxw().error.empty()) {
        result.error({}, "writing a workbook needs libxlsxwriter, which cannot be loaded: " + lxw().error,
                     "install the package " SBD_XLSXWRITER_PACKAGE " (apt install " SBD_XLSXWRITER_PACKAGE ")");
        return result;
    }
    auto file = result.take(ScratchFile::create(".xlsx"));
    if (!file) return result;
    auto impl = std::make_unique<Impl>(std::move(*file));
    lxw_workbook_options options{};
    options.constant_memory = streaming ? LXW_TRUE : LXW_FALSE;
    impl->book = lxw().workbook_new_opt(impl->file.path().c_str(), &options);
    if (!impl->book) {
        result.error({}, "cannot start a workbook in " + impl->file.path().string());
        return result;
    }
    result.value = std::unique_ptr<Workbook>(new Workbook(std::move(impl)));
    return result;
}

void Workbook::failed(int code, const std::string& what) {
    if (code != LXW_NO_ERROR && impl_->first_error.empty())
        impl_->first_error = what + ": " + lxw().lxw_strerror(static_cast<lxw_error>(code));
}

void* Workbook::look(int index) const {
    return index >= 0 && static_cast<std::size_t>(index) < impl_->looks.size() ? impl_->looks[static_cast<std::size_t>(index)] : nullptr;
}

Sheet Workbook::add_sheet(const std::string& name) {
    lxw_worksheet* sheet = lxw().workbook_add_worksheet(impl_->book, name.c_str());
    if (!sheet) failed(LXW_ERROR_SHEETNAME_ALREADY_USED, "sheet " + name);
    return Sheet(*this, sheet);
}

int Workbook::format(const Look& look) {
    if (auto it = impl_->looks_by_value.find(look); it != impl_->looks_by_value.end()) return it->second;
    lxw_format* f = lxw().workbook_add_format(impl_->book);
    if (look.bold) lxw().format_set_bold(f);
    if (look.italic) lxw().format_set_italic(f);
    if (look.wrap) lxw().format_set_text_wrap(f);
    if (look.top) lxw().format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (look.center) lxw().format_set_align(f, LXW_ALIGN_CENTER);
    if (!look.locked) lxw().format_set_unlocked(f);
    if (look.border) {
        lxw().format_set_border(f, LXW_BORDER_THIN);
        lxw().format_set_border_color(f, 0xBFBFBF);
    }
    if (look.size > 0) lxw().format_set_font_size(f, look.size);
    if (look.color) lxw().format_set_font_color(f, look.color);
    if (look.fill) lxw().format_set_bg_color(f, look.fill);
    if (!look.number_format.empty()) lxw().format_set_num_format(f, look.number_format.c_str());
    impl_->looks.push_back(f);
    impl_->looks_by_value.emplace(look, static_cast<int>(impl_->looks.size()) - 1);
    return static_cast<int>(impl_->looks.size()) - 1;
}

void Workbook::properties(const std::string& title, const std::string& subject, const std::string& date) {
    impl_->title = message_text(title, 255);
    impl_->subject = message_text(subject, 255);
    if (date.size() == 10) {
        std::tm tm{};
        tm.tm_year = std::stoi(date.substr(0, 4)) - 1900;
        tm.tm_mon = std::stoi(date.substr(5, 2)) - 1;
        tm.tm_mday = std::stoi(date.substr(8, 2));
        impl_->created = timegm(&tm);
    }
}

Result<std::string> Workbook::finish() {
    Result<std::string> result;
    lxw_doc_properties props{};
    props.title = impl_->title.data();
    props.subject = impl_->subject.data();
    props.author = const_cast<char*>("sbdscore");
    props.created = impl_->created;
    failed(lxw().workbook_set_properties(impl_->book, &props), "document properties");
    const lxw_error closed = lxw().workbook_close(impl_->book);
    impl_->book = nullptr;
    failed(closed, "writing the workbook");
    if (!impl_->first_error.empty()) {
        result.error({}, "cannot write the workbook: " + impl_->first_error);
        return result;
    }
    return impl_->file.read();
}

// ---- Sheet ------------------------------------------------------------------------------------

namespace {

lxw_worksheet* ws(void* sheet) { return static_cast<lxw_worksheet*>(sheet); }
lxw_row_t r(int row) { return static_cast<lxw_row_t>(row); }
lxw_col_t c(int column) { return static_cast<lxw_col_t>(column); }

}  // namespace

void Sheet::text(int row, int column, const std::string& text, int look) {
    const std::string cell = cell_text(text);
    book_->failed(lxw().worksheet_write_string(ws(sheet_), r(row), c(column), cell.c_str(), static_cast<lxw_format*>(book_->look(look))), "a cell");
}

void Sheet::number(int row, int column, double value, int look) {
    book_->failed(lxw().worksheet_write_number(ws(sheet_), r(row), c(column), value, static_cast<lxw_format*>(book_->look(look))), "a cell");
}

void Sheet::blank(int row, int column, int look) {
    book_->failed(lxw().worksheet_write_blank(ws(sheet_), r(row), c(column), static_cast<lxw_format*>(book_->look(look))), "a cell");
}

void Sheet::link(int row, int column, const std::string& sheet, const std::string& text, int look) {
    std::string quoted = "'";
    for (char ch : sheet) quoted += ch == '\'' ? std::string("''") : std::string(1, ch);
    const std::string url = "internal:" + quoted + "'!A1";
    const std::string shown = cell_text(text);
    book_->failed(lxw().worksheet_write_url_opt(ws(sheet_), r(row), c(column), url.c_str(), static_cast<lxw_format*>(book_->look(look)),
                                          shown.c_str(), nullptr),
                  "a link");
}

void Sheet::comment(int row, int column, const std::string& text) {
    const std::string note = cell_text(text);
    book_->failed(lxw().worksheet_write_comment(ws(sheet_), r(row), c(column), note.c_str()), "a comment");
}

void Sheet::column_width(int first, int last, double width, int look) {
    book_->failed(lxw().worksheet_set_column(ws(sheet_), c(first), c(last), width, static_cast<lxw_format*>(book_->look(look))), "a column");
}

void Sheet::row_height(int row, double height) {
    book_->failed(lxw().worksheet_set_row(ws(sheet_), r(row), height, nullptr), "a row");
}

void Sheet::freeze(int rows, int columns) { lxw().worksheet_freeze_panes(ws(sheet_), r(rows), c(columns)); }

void Sheet::autofilter(int first_row, int first_column, int last_row, int last_column) {
    book_->failed(lxw().worksheet_autofilter(ws(sheet_), r(first_row), c(first_column), r(last_row), c(last_column)), "the autofilter");
}

void Sheet::validate(int first_row, int column, int last_row, const Validation& v) {
    lxw_data_validation dv{};
    std::vector<std::string> values;
    std::vector<char*> list;
    const std::string title = message_text(v.title, 32);
    const std::string message = message_text(v.message, 255);
    const std::string error = message_text(v.error, 255);
    std::string formula = v.formula;
    switch (v.kind) {
        case Validation::Kind::list:
            dv.validate = LXW_VALIDATION_TYPE_LIST;
            values = v.options;
            for (auto& value : values) list.push_back(value.data());
            list.push_back(nullptr);
            dv.value_list = list.data();
            break;
        case Validation::Kind::list_range:
            dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            dv.value_formula = formula.data();
            break;
        case Validation::Kind::custom:
            dv.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
            dv.value_formula = formula.data();
            break;
        case Validation::Kind::decimal:
        case Validation::Kind::length:
        case Validation::Kind::date:
            dv.validate = v.kind == Validation::Kind::decimal ? LXW_VALIDATION_TYPE_DECIMAL
                          : v.kind == Validation::Kind::length ? LXW_VALIDATION_TYPE_LENGTH
                                                                : LXW_VALIDATION_TYPE_DATE_NUMBER;
            if (v.minimum && v.maximum) {
                dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                dv.minimum_number = *v.minimum;
                dv.maximum_number = *v.maximum;
            } else if (v.minimum) {
                dv.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
                dv.value_number = *v.minimum;
            } else if (v.maximum) {
                dv.criteria = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
                dv.value_number = *v.maximum;
            } else {  // any number at all: between the largest magnitudes Excel holds
                dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                dv.minimum_number = -9.99999999999999e307;
                dv.maximum_number = 9.99999999999999e307;
            }
            break;
        case Validation::Kind::any: dv.validate = LXW_VALIDATION_TYPE_ANY; break;
    }
    std::string title_buf = title, message_buf = message, error_buf = error;
    if (!title_buf.empty()) dv.input_title = title_buf.data();
    if (!message_buf.empty()) dv.input_message = message_buf.data();
    if (!error_buf.empty()) {
        dv.error_title = const_cast<char*>("Not an accepted answer");
        dv.error_message = error_buf.data();
    }
    book_->failed(lxw().worksheet_data_validation_range(ws(sheet_), r(first_row), c(column), r(last_row), c(column), &dv), "a data validation");
}

void Sheet::color_scale(int first_row, int first_column, int last_row, int last_column, const ColorScale& s) {
    lxw_conditional_format cf{};
    cf.type = LXW_CONDITIONAL_3_COLOR_SCALE;
    cf.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    cf.min_value = s.low;
    cf.min_color = s.low_color;
    cf.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    cf.mid_value = s.middle;
    cf.mid_color = s.middle_color;
    cf.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    cf.max_value = s.high;
    cf.max_color = s.high_color;
    book_->failed(lxw().worksheet_conditional_format_range(ws(sheet_), r(first_row), c(first_column), r(last_row), c(last_column), &cf),
                  "a conditional format");
}

void Sheet::protect() {
    lxw_protection options{};
    options.format_columns = LXW_TRUE;  // widen a column to read a long answer
    options.format_rows = LXW_TRUE;
    options.autofilter = LXW_TRUE;
    options.sort = LXW_FALSE;
    lxw().worksheet_protect(ws(sheet_), nullptr, &options);
}

void Sheet::hide() { lxw().worksheet_hide(ws(sheet_)); }

void Sheet::print_setup(int repeat_first_row, int repeat_last_row, const std::string& title) {
    lxw().worksheet_set_landscape(ws(sheet_));
    lxw().worksheet_fit_to_pages(ws(sheet_), 1, 0);
    lxw().worksheet_set_margins(ws(sheet_), 0.4, 0.4, 0.6, 0.6);
    if (repeat_last_row >= repeat_first_row) book_->failed(lxw().worksheet_repeat_rows(ws(sheet_), r(repeat_first_row), r(repeat_last_row)), "print rows");
    // & starts a header/footer code: a title with one is written &&.
    std::string footer = "&L";
    for (char ch : message_text(title, 120)) footer += ch == '&' ? std::string("&&") : std::string(1, ch);
    footer += "&RPage &P of &N";
    book_->failed(lxw().worksheet_set_footer(ws(sheet_), footer.c_str()), "the footer");
}

#else

// Without libxlsxwriter (the static tarball: Debian ships it only as a shared library), create()
// says so and nothing else is ever called.
struct Workbook::Impl {};
Workbook::Workbook(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Workbook::~Workbook() = default;
Result<std::unique_ptr<Workbook>> Workbook::create(bool) {
    Result<std::unique_ptr<Workbook>> result;
    result.error({}, "this sbdscore was built without workbook support, so it writes no .xlsx files (use the Debian package or a "
                     "build from source; the static tarball lacks libxlsxwriter)");
    return result;
}
void Workbook::failed(int, const std::string&) {}
void* Workbook::look(int) const { return nullptr; }
Sheet Workbook::add_sheet(const std::string&) { return Sheet(*this, nullptr); }
int Workbook::format(const Look&) { return -1; }
void Workbook::properties(const std::string&, const std::string&, const std::string&) {}
Result<std::string> Workbook::finish() {
    Result<std::string> result;
    result.error({}, "this sbdscore writes no workbooks");
    return result;
}
void Sheet::text(int, int, const std::string&, int) {}
void Sheet::number(int, int, double, int) {}
void Sheet::blank(int, int, int) {}
void Sheet::link(int, int, const std::string&, const std::string&, int) {}
void Sheet::comment(int, int, const std::string&) {}
void Sheet::column_width(int, int, double, int) {}
void Sheet::row_height(int, double) {}
void Sheet::freeze(int, int) {}
void Sheet::autofilter(int, int, int, int) {}
void Sheet::validate(int, int, int, const Validation&) {}
void Sheet::color_scale(int, int, int, int, const ColorScale&) {}
void Sheet::protect() {}
void Sheet::hide() {}
void Sheet::print_setup(int, int, const std::string&) {}

#endif  // SBD_WORKBOOKS

}  // namespace sbd::xlsx_out
