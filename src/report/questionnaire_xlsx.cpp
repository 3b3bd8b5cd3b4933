#include "report/questionnaire_xlsx.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/criterion_text.hpp"
#include "model/workbook_layout.hpp"
#include "report/xlsx_workbook.hpp"
#include "util/text.hpp"

namespace sbd {

namespace layout = workbook_layout;
using xlsx_out::Look;
using xlsx_out::Sheet;
using xlsx_out::Validation;

namespace {

// The Answers sheet, 0-based: title, three rows of header fields, a line of instructions, the
// table's header row, then one row per criterion.
constexpr int title_row = 0;
constexpr int first_field_row = 1;
constexpr int instructions_row = 4;
constexpr int header_row = 5;
constexpr int first_criterion_row = 6;

// Column widths (in characters of the default font), in layout::column_titles order.
constexpr double widths[] = {20, 9, 28, 50, 50, 18, 32, 32};
constexpr int column(layout::Column c) { return static_cast<int>(c); }

constexpr std::uint32_t input_fill = 0xFFF8D6;   // pale yellow: the cells to fill in
constexpr std::uint32_t header_fill = 0x1F3864;  // dark blue, white text: the table's header
constexpr double line_height = 15;               // points per line of 11-point text

// The first and last Excel serial dates a date of answers may take (2000-01-01, 2099-12-31).
constexpr double first_date = 36526;
constexpr double last_date = 73050;

struct Looks {
    int title, label, header, text, wrap, input, input_wrap, date_input, locked_value, note, must_have;
};

Looks make_looks(xlsx_out::Workbook& book) {
    Looks l{};
    l.title = book.format({.bold = true, .top = false, .size = 14});
    l.label = book.format({.bold = true, .top = false});
    l.header = book.format({.bold = true, .wrap = true, .border = true, .color = 0xFFFFFF, .fill = header_fill});
    l.text = book.format({.border = true});
    l.wrap = book.format({.wrap = true, .border = true});
    l.must_have = book.format({.bold = true, .wrap = true, .border = true, .color = 0x9C0006});
    l.input = book.format({.locked = false, .border = true, .fill = input_fill});
    l.input_wrap = book.format({.wrap = true, .locked = false, .border = true, .fill = input_fill});
    l.date_input = book.format({.locked = false, .border = true, .fill = input_fill, .number_format = "yyyy-mm-dd"});
    l.locked_value = book.format({.top = false});
    l.note = book.format({.italic = true, .top = false});
    return l;
}

// How many lines `text` takes in a column `width` characters wide (an estimate: Excel does not
// store row heights it would compute, and a printed page needs them).
int lines_in(const std::string& text, double width) {
    const std::size_t per_line = std::max<std::size_t>(1, static_cast<std::size_t>(width * 1.1));
    int lines = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::size_t chars = 0;
        for (std::size_t i = start; i < end; ++i) chars += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        lines += static_cast<int>(std::max<std::size_t>(1, (chars + per_line - 1) / per_line));
        start = end + 1;
    }
    return lines;
}

// What a criterion accepts, in words, for its Guidance cell and its input message.
std::string accepted(const Criterion& c) {
    std::string out;
    switch (c.type) {
        case AnswerType::yesno: out = "Answer yes, partial or no"; break;
        case AnswerType::choice: out = "Answer one of the options"; break;
        case AnswerType::multi:
            out = "Answer any of the options, separated by commas (" + std::string(layout::no_choice) + " for none of them)";
            break;
        case AnswerType::number: out = "Answer " + allowed_answers(c); break;
        case AnswerType::text: out = "Answer in words (not scored)"; break;
    }
    return out + (c.na_allowed ? "; or n/a if it does not apply." : ".");
}

std::string guidance(const Criterion& c) {
    std::vector<std::string> parts;
    if (c.gate) parts.push_back("MUST-HAVE: passes only with " + c.gate_requirement() + ".");
    parts.push_back(accepted(c));
    for (const auto& line : option_lines(c)) parts.push_back("\u2022 " + line);
    if (c.type == AnswerType::number && !c.bands.empty()) parts.push_back("Scoring: " + join(band_lines(c), "; ") + ".");
    if (c.evidence) parts.push_back("Evidence expected with a positive answer: document paths or URLs in the Evidence column, one per line.");
    if (!c.guidance.empty()) parts.push_back(strip_control(c.guidance));
    return join(parts, "\n");
}

// A list validation can hold the options inline when they fit Excel's 255 characters and hold no
// comma or quote (which the inline list cannot escape).
bool fits_inline(const std::vector<std::string>& options) {
    std::size_t length = 0;
    for (const auto& o : options) {
        if (o.find_first_of(",\"") != std::string::npos || o.empty()) return false;
        length += o.size() + 1;
    }
    return length <= 256;
}

// The hidden Lists sheet, made when first needed: one column of option values per criterion whose
// validation refers to them (multiple choices; choices too long for an inline list).
class OptionLists {
public:
    explicit OptionLists(xlsx_out::Workbook& book) : book_(book) {}
    // "Lists!$C$1:$C$7"
    std::string range_for(const std::vector<std::string>& options) {
        if (!sheet_) {
            sheet_.emplace(book_.add_sheet("Lists"));
            sheet_->hide();
        }
        for (std::size_t i = 0; i < options.size(); ++i) sheet_->text(static_cast<int>(i), next_column_, options[i]);
        const std::string column_name = cell_name(0, next_column_ + 1);
        ++next_column_;
        return "Lists!$" + column_name + "$1:$" + column_name + "$" + std::to_string(options.size());
    }

private:
    xlsx_out::Workbook& book_;
    std::optional<Sheet> sheet_;
    int next_column_ = 0;
};

Validation answer_validation(const Criterion& c, int row, OptionLists& lists) {
    const std::string cell = cell_name(row + 1, column(layout::Column::answer) + 1);
    Validation v;
    v.title = c.id;
    v.message = accepted(c);
    std::vector<std::string> options;
    switch (c.type) {
        case AnswerType::yesno:
            options = {"yes", "partial", "no"};
            v.error = "Choose yes, partial or no" + std::string(c.na_allowed ? ", or n/a." : ".");
            break;
        case AnswerType::choice:
            options = c.option_values();
            v.error = "Choose one of the options in the list" + std::string(c.na_allowed ? ", or n/a." : ".");
            break;
        case AnswerType::multi: {
            v.message = accepted(c) + " Options: " + join(c.option_values(), ", ");
            v.error = "Give option values separated by commas: " + join(c.option_values(), ", ");
            std::vector<std::string> values;  // as the formula compares them: without spaces
            for (std::string value : c.option_values()) {
                value.erase(std::remove(value.begin(), value.end(), ' '), value.end());
                values.push_back(value);
            }
            v.kind = Validation::Kind::custom;
            v.formula = multi_choice_formula(c, cell, lists.range_for(values));
            return v;
        }
        case AnswerType::number: {
            const std::string range = c.minimum && c.maximum ? " between " + format_number(*c.minimum) + " and " + format_number(*c.maximum)
                                      : c.minimum            ? " of at least " + format_number(*c.minimum)
                                      : c.maximum            ? " of at most " + format_number(*c.maximum)
                                                             : "";
            v.error = "Give a number" + range + (c.unit.empty() ? "" : " (" + c.unit + ")") + (c.na_allowed ? ", or n/a." : ".");
            if (c.na_allowed) {
                std::string test = "ISNUMBER(" + cell + ")";
                if (c.minimum) test += "," + cell + ">=" + format_number(*c.minimum);
                if (c.maximum) test += "," + cell + "<=" + format_number(*c.maximum);
                v.kind = Validation::Kind::custom;
                v.formula = "=OR(LOWER(TRIM(" + cell + "))=\"n/a\",AND(" + test + "))";
            } else {
                v.kind = Validation::Kind::decimal;
                v.minimum = c.minimum;
                v.maximum = c.maximum;
            }
            return v;
        }
        case AnswerType::text:
            v.kind = Validation::Kind::length;
            v.maximum = 32767;
            return v;
    }
    if (c.na_allowed) options.push_back("n/a");
    if (fits_inline(options)) {
        v.kind = Validation::Kind::list;
        v.options = options;
    } else {
        v.kind = Validation::Kind::list_range;
        v.formula = "=" + lists.range_for(options);
    }
    return v;
}

void header_fields(Sheet& s, const Looks& l, const RulePack& pack, const QuestionnaireOptions& options) {
    // Three pairs of columns: the vendor's fields (A, B:C), the product's (D, E), the pack's (F, G).
    struct Field {
        int row, label_column;
        std::string_view key;
        std::string value;
        std::string help;
    };
    std::vector<Field> fields = {
        {0, 0, "vendor", options.vendor, "The vendor's name, as it should appear in the scorecard."},
        {1, 0, "product", options.product, "The product assessed."},
        {2, 0, "contact", "", "Optional: who answers questions about these answers (an e-mail address)."},
        {0, 3, "version", "", "The product version these answers are about."},
        {1, 3, "date", "", "The date of the answers, YYYY-MM-DD."},
        {0, 5, "pack", pack.id, ""},
        {1, 5, "pack_version", pack.version, ""},
    };
    std::vector<std::string> categories;
    for (const auto& c : pack.categories) categories.push_back(c.id);
    if (!categories.empty())
        fields.push_back({2, 3, "category", "", "Optional: the kind of product, as the buyer's request names it: " + join(categories, ", ") + "."});
    for (const auto& f : fields) {
        const auto* spec = std::find_if(layout::header_fields.begin(), layout::header_fields.end(),
                                        [&](const layout::HeaderField& h) { return h.key == f.key; });
        const int row = first_field_row + f.row;
        const int value_column = f.label_column + 1;
        s.text(row, f.label_column, std::string(spec->label), l.label);
        if (f.key == "pack" || f.key == "pack_version") {
            s.text(row, value_column, f.value, l.locked_value);  // the pack these answers are for: not the vendor's to change
            continue;
        }
        const int look = f.key == "date" ? l.date_input : l.input;
        if (f.value.empty()) s.blank(row, value_column, look);
        else s.text(row, value_column, f.value, look);
        if (value_column == 1) s.blank(row, 2, l.input);  // the vendor's fields are wider: B and C look as one box
        Validation v;
        v.title = std::string(spec->label);
        v.message = f.help;
        if (f.key == "category") {
            v.kind = fits_inline(categories) ? Validation::Kind::list : Validation::Kind::any;
            v.options = categories;
            v.error = "Choose one of the pack's product categories.";
        } else if (f.key == "date") {
            v.kind = Validation::Kind::date;
            v.minimum = first_date;
            v.maximum = last_date;
            v.error = "Give the date of the answers, YYYY-MM-DD.";
        } else {
            v.kind = Validation::Kind::length;
            v.maximum = 255;
            v.error = "At most 255 characters.";
        }
        s.validate(row, value_column, row, v);
    }
}

void instructions_sheet(Sheet& s, xlsx_out::Workbook& book, const RulePack& pack) {
    const int heading = book.format({.bold = true, .size = 14});
    const int subheading = book.format({.bold = true, .top = false});
    const int para = book.format({.wrap = true});
    s.column_width(0, 0, 110, para);
    int row = 0;
    auto line = [&](const std::string& text, int look) {
        s.text(row, 0, text, look);
        if (look == para) s.row_height(row, line_height * std::min(27, lines_in(text, 110)) + 3);
        ++row;
    };
    line("Security questionnaire: " + strip_control(pack.title), heading);
    line("Rule pack " + strip_control(pack.id) + " " + strip_control(pack.version) + ". " + strip_control(pack.description), para);
    ++row;
    line("How to answer", subheading);
    line("1. On the Answers sheet, fill in the yellow cells at the top: vendor, product, product version, the date of "
         "the answers and, if you like, a contact.", para);
    line("2. Answer every criterion in the Answer column (F). Each answer cell accepts only what its criterion accepts: "
         "pick from the drop-down list, or type the value; Excel refuses anything else and says why. The Guidance "
         "column lists the options, how a number is scored and what passes a must-have.", para);
    line("3. Where evidence is expected, give document paths or URLs in the Evidence column (G), one per line "
         "(Alt+Enter starts a new line in a cell). A positive answer without the evidence it expects earns only part "
         "of its credit, and a must-have without it is only 'unverified'.", para);
    line("4. Use the Comment column (H) for anything the answer alone does not say.", para);
    line("5. Save the workbook as Excel Workbook (.xlsx) and send it back.", para);
    ++row;
    line("Answers", subheading);
    line("yes / partial / no: as the question asks. Options: the value before the colon in the Guidance column (for "
         "example fido2). Several options: their values separated by commas (telnet, ftp-tftp), or " +
             std::string(layout::no_choice) + " for none of them. Numbers: a number in the unit the question gives. n/a: "
         "only where the Guidance column says it is accepted. A criterion left blank is not answered and scores 0; a "
         "must-have left blank fails.", para);
    ++row;
    line("Please keep the layout", subheading);
    line("The answers are read back by a program: keep each answer on its criterion's row and in its column, do not "
         "rename the Answers sheet, merge cells, move or delete rows, or answer with formulas (a formula's value is "
         "read with a warning and never computed). The sheet is protected against accidents only, without a password.", para);
    if (!pack.sources.empty()) {
        ++row;
        line("Sources", subheading);
        for (const auto& source : pack.sources)
            line(strip_control(source.title) + (source.publisher.empty() ? "" : ", " + strip_control(source.publisher)) +
                     (source.date.empty() ? "" : ", " + strip_control(source.date)) + (source.url.empty() ? "" : ": " + strip_control(source.url)),
                 para);
    }
    s.print_setup(0, -1, "Questionnaire: " + pack.id + " " + pack.version);
    s.protect();
}

}  // namespace

std::string multi_choice_formula(const Criterion& c, const std::string& cell, const std::string& options) {
    const std::string packed = "SUBSTITUTE(" + cell + ",\" \",\"\")";  // the cell without spaces
    std::string formula = "=OR(";
    if (!c.find_option(std::string(layout::no_choice))) formula += "LOWER(TRIM(" + cell + "))=\"" + std::string(layout::no_choice) + "\",";
    if (c.na_allowed) formula += "LOWER(TRIM(" + cell + "))=\"n/a\",";
    formula += "SUMPRODUCT(ISNUMBER(SEARCH(\",\"&" + options + "&\",\",\",\"&" + packed + "&\",\"))*(LEN(" + options + ")+1))=LEN(" + packed + ")+1)";
    return formula;
}

Result<std::string> render_questionnaire_xlsx(const RulePack& pack, const QuestionnaireOptions& options) {
    Result<std::string> result;
    auto created = result.take(xlsx_out::Workbook::create(false));
    if (!created) return result;
    xlsx_out::Workbook& book = **created;
    book.properties("Security questionnaire: " + pack.title, "Rule pack " + pack.id + " " + pack.version, "");
    const Looks l = make_looks(book);
    Sheet instructions = book.add_sheet(std::string(layout::instructions_sheet));
    instructions_sheet(instructions, book, pack);

    Sheet s = book.add_sheet(std::string(layout::answers_sheet));
    OptionLists lists(book);
    for (std::size_t i = 0; i < std::size(widths); ++i) s.column_width(static_cast<int>(i), static_cast<int>(i), widths[i]);
    s.text(title_row, 0, "Security questionnaire: " + strip_control(pack.title), l.title);
    s.row_height(title_row, 22);
    header_fields(s, l, pack, options);
    s.text(instructions_row, 0,
           "Answer every criterion in the yellow Answer column (F): the Guidance column says what each accepts. Evidence: one "
           "document or URL per line. Read the Instructions sheet first.",
           l.note);
    for (std::size_t i = 0; i < layout::column_titles.size(); ++i) s.text(header_row, static_cast<int>(i), std::string(layout::column_titles[i]), l.header);

    int row = first_criterion_row;
    for (const auto& p : pack.priorities) {
        for (const auto& c : p.criteria) {
            const std::string priority = strip_control(p.title) + " (" + p.id + ")";
            const std::string title = strip_control(c.title) + (c.gate ? "\nMUST-HAVE" : "");
            const std::string help = guidance(c);
            s.text(row, column(layout::Column::priority), priority, l.wrap);
            s.text(row, column(layout::Column::id), c.id, l.text);
            s.text(row, column(layout::Column::title), title, c.gate ? l.must_have : l.wrap);
            s.text(row, column(layout::Column::question), strip_control(c.question), l.wrap);
            s.text(row, column(layout::Column::guidance), help, l.wrap);
            s.blank(row, column(layout::Column::answer), l.input_wrap);
            s.blank(row, column(layout::Column::evidence), l.input_wrap);
            s.blank(row, column(layout::Column::comment), l.input_wrap);
            s.validate(row, column(layout::Column::answer), row, answer_validation(c, row, lists));
            const int lines = std::max({lines_in(priority, widths[0]), lines_in(title, widths[2]), lines_in(c.question, widths[3]),
                                        lines_in(help, widths[4]), 2});
            s.row_height(row, std::min(409.0, line_height * lines + 3));  // 409 points: Excel's tallest row
            ++row;
        }
    }
    const int last_row = std::max(first_criterion_row, row - 1);
    s.freeze(header_row + 1, column(layout::Column::title));
    s.autofilter(header_row, 0, last_row, static_cast<int>(layout::column_titles.size()) - 1);
    s.print_setup(header_row, header_row, "Questionnaire: " + pack.id + " " + pack.version);
    s.protect();
    auto bytes = result.take(book.finish());
    if (bytes) result.value = std::move(*bytes);
    return result;
}

}  // namespace sbd
