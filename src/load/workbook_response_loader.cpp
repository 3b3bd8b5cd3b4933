#include "load/workbook_response_loader.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "load/input_file.hpp"
#include "load/response_document.hpp"
#include "load/xlsx_reader.hpp"
#include "load/yaml_reader.hpp"
#include "model/workbook_layout.hpp"
#include "util/bounded_file.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace sbd {

namespace layout = workbook_layout;

namespace {

using xlsx::Cell;


// A label or title as the reader compares it: trimmed, lower case, without a closing colon.
std::string label_key(std::string_view text) {
    std::string s = ascii_lowercase(trim_whitespace(text));
    if (!s.empty() && s.back() == ':') s = trim_whitespace(s.substr(0, s.size() - 1));
    return s;
}

// Turns the Answers sheet's cells into a response tree: header fields, then one answer per row.
class CellsToTree {
public:
    CellsToTree(yaml::Context& ctx, yaml::Document& doc, const xlsx::Sheet& sheet, const RulePack& pack)
        : ctx_(ctx), tree_(doc), doc_(doc), sheet_(sheet), pack_(pack), sheet_number_(ctx.add_sheet(sheet.name)) {}

    // Builds the document's root; layout problems (moved or merged cells, formulas, unknown
    // columns) are reported here, everything about the values by the response checks.
    void build() {
        const yaml::Node root = tree_.map(sheet_mark());
        doc_.root = root;
        tree_.add(root, tree_.scalar("format", sheet_mark()), tree_.scalar("1", sheet_mark()));  // the workbook's layout is format 1
        const std::optional<int> header_row = find_header_row();
        table_found_ = header_row.has_value();
        for (const auto& [key, value] : header_fields(header_row.value_or(sheet_.cells.empty() ? 1 : sheet_.cells.back().row + 1)))
            tree_.add(root, key, value);
        if (!header_row) {
            ctx_.error(sheet_location(), "the " + quote_text(sheet_.name) + " sheet has no table of answers (a header row with 'ID' and 'Answer' columns)",
                       "start from 'sbdscore template --format xlsx', and keep its header row");
            tree_.add(root, tree_.scalar("answers", sheet_mark()), tree_.map(sheet_mark()));
            return;
        }
        read_columns(*header_row);
        const int answer_column = column_of(layout::Column::answer).value_or(1);
        const yaml::Node answers = tree_.map(mark(*header_row, answer_column));
        tree_.add(root, tree_.scalar("answers", mark(*header_row, answer_column)), answers);
        if (!column_of(layout::Column::id) || !column_of(layout::Column::answer)) return;
        check_merges(*header_row);
        read_rows(*header_row, answers);
    }

    const std::set<std::string>& rejected() const { return rejected_; }

private:
    yaml::Context& ctx_;
    yaml::TreeBuilder tree_;
    yaml::Document& doc_;
    const xlsx::Sheet& sheet_;
    const RulePack& pack_;
    int sheet_number_;
    std::map<int, layout::Column> columns_;  // sheet column -> table column
    std::set<std::pair<int, int>> header_values_;  // (row, column) of the header fields' values
    std::set<std::string> rejected_;        // criteria whose answer cell was refused here
    bool table_found_ = true;

    yaml::Mark mark(int row, int column) const { return {-1, row - 1, column - 1, sheet_number_}; }
    yaml::Mark sheet_mark() const { return {-1, -1, -1, sheet_number_}; }
    SourceLocation at(int row, int column) const { return ctx_.where(mark(row, column)); }
    SourceLocation sheet_location() const { return ctx_.where(sheet_mark()); }

    std::optional<int> column_of(layout::Column c) const {
        for (const auto& [column, which] : columns_)
            if (which == c) return column;
        return std::nullopt;
    }

    // The cells of one row, from the sheet's row-ordered cells.
    std::vector<const Cell*> row_cells(int row) const {
        std::vector<const Cell*> out;
        auto it = std::lower_bound(sheet_.cells.begin(), sheet_.cells.end(), row, [](const Cell& c, int r) { return c.row < r; });
        for (; it != sheet_.cells.end() && it->row == row; ++it) out.push_back(&*it);
        return out;
    }

    // The first row with both an "ID" and an "Answer" title.
    std::optional<int> find_header_row() const {
        for (auto it = sheet_.cells.begin(); it != sheet_.cells.end();) {
            const int row = it->row;
            bool id = false, answer = false;
            for (; it != sheet_.cells.end() && it->row == row; ++it) {
                const std::string key = label_key(it->text);
                id = id || key == ascii_lowercase(layout::title(layout::Column::id));
                answer = answer || key == ascii_lowercase(layout::title(layout::Column::answer));
            }
            if (id && answer) return row;
        }
        return std::nullopt;
    }

    // A cell's value as text for the tree: a formula's computed value with a warning (none: an
    // error), an Excel error value refused. nullopt when the cell is refused.
    std::optional<std::string> value_of(const Cell& cell) {
        if (cell.formula && !cell.cached) {
            ctx_.error(at(cell.row, cell.column), "the cell holds a formula that was never computed; sbdscore never computes formulas",
                       "type the value itself, or open and save the workbook in Excel or LibreOffice");
            return std::nullopt;
        }
        if (cell.type == Cell::Type::error) {
            ctx_.error(at(cell.row, cell.column), "the cell shows the Excel error " + quote_text(cell.text), "type the value itself");
            return std::nullopt;
        }
        if (cell.formula)
            ctx_.warning(at(cell.row, cell.column), "the cell holds a formula; its last computed value " + quote_text(cell.text) + " is read",
                         "type the value itself: sbdscore never computes formulas, and a formula's result can change");
        if (cell.type == Cell::Type::boolean) return cell.number != 0 ? "true" : "false";  // as YAML reads true and false
        return trim_whitespace(cell.text);
    }

    // The header fields above the table: a cell holding a field's label, and its value in the cell
    // to its right. Other text above the table (the title, instructions) is the vendor's to read;
    // a near-miss of a label is a typo.
    std::vector<std::pair<yaml::Node, yaml::Node>> header_fields(int header_row) {
        std::vector<std::string> labels;
        for (const auto& f : layout::header_fields) {
            labels.emplace_back(f.label);
            if (!f.alias.empty()) labels.emplace_back(f.alias);
        }
        std::vector<std::pair<yaml::Node, yaml::Node>> out;
        for (const Cell& label : sheet_.cells) {
            if (label.row >= header_row) break;
            if (label.type != Cell::Type::text || header_values_.count({label.row, label.column})) continue;  // a value, not a label
            const std::string key = label_key(label.text);
            const layout::HeaderField* field = nullptr;
            for (const auto& f : layout::header_fields)
                if (key == ascii_lowercase(f.label) || (!f.alias.empty() && key == ascii_lowercase(f.alias))) field = &f;
            if (!field) {
                if (trim_whitespace(label.text).size() <= 40 && !header_values_.count({label.row, label.column}))
                    if (auto suggestion = closest_match(trim_whitespace(label.text), labels))
                        ctx_.error(at(label.row, label.column), "unknown header field " + quote_text(trim_whitespace(label.text)),
                                   "did you mean '" + *suggestion + "'?");
                continue;
            }
            header_values_.insert({label.row, label.column + 1});
            const Cell* value = sheet_.find(label.row, label.column + 1);
            const std::string text = value ? value_of(*value).value_or("") : "";
            if (!text.empty() || field->required)
                out.emplace_back(tree_.scalar(std::string(field->key), mark(label.row, label.column)),
                                 tree_.scalar(text, mark(label.row, label.column + 1), value && value->type != Cell::Type::text));
        }
        return out;
    }

    void moved_cell(const Cell& cell, const std::string& why) {
        if (!table_found_) return;  // with no table, every answer would look moved: one error says it
        ctx_.error(at(cell.row, cell.column), "a value outside the questionnaire's cells: " + quote_text(cell.text, shown::word),
                   why + "; was this cell moved?");
    }

    void read_columns(int header_row) {
        std::vector<std::string> titles(layout::column_titles.begin(), layout::column_titles.end());
        std::map<layout::Column, int> first;
        for (const Cell* c : row_cells(header_row)) {
            const std::string key = label_key(c->text);
            auto known = std::find_if(layout::column_titles.begin(), layout::column_titles.end(),
                                      [&](std::string_view t) { return ascii_lowercase(t) == key; });
            if (known == layout::column_titles.end()) {
                auto suggestion = closest_match(trim_whitespace(c->text), titles);
                ctx_.error(at(header_row, c->column), "unknown column " + quote_text(trim_whitespace(c->text)) + " in the table's header row",
                           suggestion ? "did you mean '" + *suggestion + "'?" : "the table's columns are " + join(titles, ", ") + "; remove the added column");
                continue;
            }
            const auto which = static_cast<layout::Column>(known - layout::column_titles.begin());
            if (auto [it, fresh] = first.emplace(which, c->column); !fresh) {
                ctx_.error(at(header_row, c->column), "the column " + quote_text(*known) + " appears twice (first in " + cell_name(header_row, it->second) + ")",
                           "keep one; which one holds the answers would be a guess");
                continue;
            }
            columns_[c->column] = which;
        }
        for (auto needed : {layout::Column::id, layout::Column::answer})
            if (!column_of(needed))
                ctx_.error(at(header_row, 1), "the table's header row has no " + quote_text(layout::title(needed)) + " column",
                           "start from 'sbdscore template --format xlsx', and keep its header row");
    }

    bool is_read_column(int column) const {
        auto it = columns_.find(column);
        if (it == columns_.end()) return false;
        using C = layout::Column;
        return it->second == C::id || it->second == C::answer || it->second == C::evidence || it->second == C::comment;
    }

    // A merge over cells the reader reads (an answer over two criteria, an ID over its answer, a
    // header value over the next field) shows only its top-left cell's value and hides the others'.
    // Merges over cells the reader does not read (the template's header values over B:D, a title
    // across the table) are fine.
    void check_merges(int header_row) {
        std::size_t reported = 0;
        for (const auto& range : sheet_.merged) {
            long long read = 0;  // cells of the range the reader reads
            bool top_left_read = false;
            const int top = std::max(range.first_row, header_row + 1);
            for (int column = range.first_column; column <= range.last_column && top <= range.last_row; ++column) {
                if (!is_read_column(column)) continue;
                read += range.last_row - top + 1;
                top_left_read = top_left_read || (column == range.first_column && top == range.first_row);
            }
            for (const auto& [row, column] : header_values_) {
                if (!range.contains(row, column)) continue;
                ++read;
                top_left_read = top_left_read || (row == range.first_row && column == range.first_column);
            }
            if (read == 0 || (read == 1 && top_left_read)) continue;
            const std::string cells = cell_name(range.first_row, range.first_column) + ":" + cell_name(range.last_row, range.last_column);
            ctx_.error(at(range.first_row, range.first_column), "cells " + cells + " are merged, hiding values the questionnaire reads",
                       "unmerge them (Excel: Home > Merge & Center): each criterion needs its own answer, evidence and comment cells");
            if (++reported > limits::max_diagnostics) continue;  // the file is refused already; no need to name every criterion
            auto it = std::lower_bound(sheet_.cells.begin(), sheet_.cells.end(), top, [](const Cell& c, int r) { return c.row < r; });
            for (; it != sheet_.cells.end() && it->row <= range.last_row; ++it)
                if (it->column == *column_of(layout::Column::id) && it->type == Cell::Type::text) rejected_.insert(trim_whitespace(it->text));
        }
    }

    yaml::Node answer_node(const Cell& cell, const std::string& text, const Criterion* c) {
        const yaml::Mark where = mark(cell.row, cell.column);
        if (c && c->type == AnswerType::multi && ascii_lowercase(text) != "n/a") {
            const yaml::Node list = tree_.sequence(where);
            if (ascii_lowercase(text) == layout::no_choice && !c->find_option(std::string(layout::no_choice))) return list;
            std::size_t start = 0;
            while (start <= text.size()) {
                const std::size_t end = std::min(text.find_first_of(layout::choice_separators, start), text.size());
                if (std::string item = trim_whitespace(text.substr(start, end - start)); !item.empty()) tree_.append(list, tree_.scalar(item, where));
                start = end + 1;
            }
            return list;
        }
        // Numbers and booleans are plain scalars, as YAML reads 14 and true; text is quoted text.
        return tree_.scalar(text, where, cell.type != Cell::Type::text || cell.date);
    }

    void read_rows(int header_row, const yaml::Node& answers) {
        const int id_column = *column_of(layout::Column::id);
        const int answer_column = *column_of(layout::Column::answer);
        const std::optional<int> evidence_column = column_of(layout::Column::evidence);
        const std::optional<int> comment_column = column_of(layout::Column::comment);
        auto first_row = std::upper_bound(sheet_.cells.begin(), sheet_.cells.end(), header_row, [](int r, const Cell& c) { return r < c.row; });
        for (auto it = first_row; it != sheet_.cells.end();) {
            const int row = it->row;
            const Cell *id = nullptr, *answer = nullptr, *evidence = nullptr, *comment = nullptr;
            for (; it != sheet_.cells.end() && it->row == row; ++it) {
                const Cell& c = *it;
                if (c.column == id_column) id = &c;
                else if (c.column == answer_column) answer = &c;
                else if (evidence_column && c.column == *evidence_column) evidence = &c;
                else if (comment_column && c.column == *comment_column) comment = &c;
                else if (!columns_.count(c.column)) moved_cell(c, "answers go in the " + std::string(layout::title(layout::Column::answer)) + " column (" +
                                                                      cell_name(0, answer_column) + ")");
            }
            if (!id) {
                if (const Cell* stray = answer ? answer : evidence ? evidence : comment)
                    ctx_.error(at(stray->row, stray->column), "a value on a row with no criterion id: " + quote_text(stray->text),
                               "keep each answer on its criterion's row (the id is in column " + cell_name(0, id_column) + "); was it moved?");
                continue;
            }
            read_row(answers, *id, answer, evidence, comment, answer_column);
        }
    }

    // One line of the Evidence column: a path or URL, or "PATH sha256:HEX", the workbook's spelling
    // of YAML's pinned form {path, sha256} (docs/evidence.md), which the loader then checks alike.
    yaml::Node evidence_node(const std::string& item, yaml::Mark at) {
        constexpr std::string_view tag = "sha256:";
        const std::size_t space = item.find_last_of(" \t");
        if (space != std::string::npos && item.compare(space + 1, tag.size(), tag) == 0) {
            const yaml::Node pinned = tree_.map(at);
            tree_.add(pinned, tree_.scalar("path", at), tree_.scalar(trim_whitespace(item.substr(0, space)), at, false));
            tree_.add(pinned, tree_.scalar("sha256", at), tree_.scalar(item.substr(space + 1 + tag.size()), at, false));
            return pinned;
        }
        return tree_.scalar(item, at, false);
    }

    void read_row(const yaml::Node& answers, const Cell& id_cell, const Cell* answer, const Cell* evidence, const Cell* comment, int answer_column) {
        const std::string id = value_of(id_cell).value_or(id_cell.text);
        const Criterion* c = pack_.find_criterion(id);
        const int row = id_cell.row;
        const yaml::Node value_map = tree_.map(mark(row, answer_column));
        tree_.add(answers, tree_.scalar(id, mark(row, id_cell.column), id_cell.type != Cell::Type::text), value_map);
        yaml::Node value = tree_.null(mark(row, answer_column));
        if (answer) {
            if (auto text = value_of(*answer)) {
                if (!text->empty()) value = answer_node(*answer, *text, c);
            } else {
                rejected_.insert(id);
                value = tree_.null(mark(row, answer_column));
            }
        }
        tree_.add(value_map, tree_.scalar("value", mark(row, answer_column)), value);
        if (evidence) {
            if (auto text = value_of(*evidence); text && !text->empty()) {
                const yaml::Node list = tree_.sequence(mark(evidence->row, evidence->column));
                std::size_t start = 0;
                while (start <= text->size()) {
                    const std::size_t end = std::min(text->find(layout::evidence_separator, start), text->size());
                    if (std::string item = trim_whitespace(text->substr(start, end - start)); !item.empty())
                        tree_.append(list, evidence_node(item, mark(evidence->row, evidence->column)));
                    start = end + 1;
                }
                tree_.add(value_map, tree_.scalar("evidence", mark(evidence->row, evidence->column)), list);
            }
        }
        if (comment) {
            if (auto text = value_of(*comment); text && !text->empty())
                tree_.add(value_map, tree_.scalar("comment", mark(comment->row, comment->column)),
                          tree_.scalar(*text, mark(comment->row, comment->column), false));
        }
    }
};

}  // namespace

bool is_workbook_path(const std::filesystem::path& path) {
    const std::string ext = ascii_lowercase(path.extension().string());
    return ext == ".xlsx" || ext == ".xlsm" || ext == ".xls";
}

Result<ResponseDraft> read_workbook_response(const std::string& display_path, std::string_view bytes, const RulePack& pack) {
    Result<ResponseDraft> result;
    auto book = xlsx::read_workbook(display_path, bytes, layout::answers_sheet);
    result.append(book.diagnostics);
    if (!book) return result;
    if (!book->sheet) {
        auto suggestion = closest_match(layout::answers_sheet, book->sheet_names);
        std::vector<std::string> names;
        for (const auto& n : book->sheet_names) names.push_back(quote_text(n));
        result.error({display_path}, "the workbook has no sheet named '" + std::string(layout::answers_sheet) + "' (its sheets: " +
                                         (names.empty() ? "none" : join(names, ", ")) + ")",
                     suggestion ? "did you mean '" + *suggestion + "'? The answers are read from the sheet named '" + std::string(layout::answers_sheet) + "'"
                                : "the answers are read from a sheet named '" + std::string(layout::answers_sheet) +
                                      "', as 'sbdscore template --format xlsx' writes it");
        return result;
    }
    ResponseDraft draft;
    draft.response.file = display_path;
    draft.response.sha256 = sha256_hex(bytes);
    bool keep = false;
    {
        yaml::Context ctx(display_path, result.diagnostics);
        yaml::Document doc;
        CellsToTree cells(ctx, doc, *book->sheet, pack);
        cells.build();
        keep = check_response_document(ctx, doc.root, pack, draft);
        draft.rejected.insert(cells.rejected().begin(), cells.rejected().end());
        sort_in_file_order(result.diagnostics);
    }
    if (keep) result.value = std::move(draft);
    return result;
}

Result<ResponseDraft> read_workbook_response_file(const std::filesystem::path& path, const RulePack& pack) {
    Result<ResponseDraft> result;
    auto bytes = result.take(read_bounded_file(path, limits::max_workbook_bytes));
    if (!bytes) return result;
    auto read = read_workbook_response(path.string(), *bytes, pack);
    result.append(read.diagnostics);
    result.value = std::move(read.value);
    return result;
}

}  // namespace sbd

namespace sbd {

std::optional<std::string> peek_workbook_pack(const std::filesystem::path& path) {
    auto bytes = read_bounded_file(path, limits::max_workbook_bytes);
    if (!bytes.value) return std::nullopt;
    auto book = xlsx::read_workbook(path.string(), *bytes.value, layout::answers_sheet);
    if (!book.value || !book->sheet) return std::nullopt;  // loading the file reports it
    const auto& pack_field = *std::find_if(layout::header_fields.begin(), layout::header_fields.end(),
                                           [](const layout::HeaderField& f) { return f.key == "pack"; });
    for (const auto& cell : book->sheet->cells) {
        if (cell.type != xlsx::Cell::Type::text) continue;
        const std::string key = label_key(cell.text);
        if (key != ascii_lowercase(pack_field.label) && key != ascii_lowercase(pack_field.alias)) continue;
        const xlsx::Cell* value = book->sheet->find(cell.row, cell.column + 1);
        return value ? trim_whitespace(value->text) : std::string();
    }
    return std::nullopt;
}

}  // namespace sbd
