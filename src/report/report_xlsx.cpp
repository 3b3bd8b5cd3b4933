// The scorecard as an Excel workbook (`evaluate -o xlsx=FILE`, docs/spreadsheets.md#scorecard):
// a Summary sheet (the ranking, written from the run's summaries in begin()), a Must-haves sheet
// (one row per vendor and gate) and one Answers sheet per vendor, filled as results stream in rank
// order. The workbook is built in constant-memory mode (each sheet's rows go to disk as they are
// written), so memory stays flat in the number of vendors; its bytes are handed over in end().
//
// Scores are full-precision numbers shown with one decimal ("0.0"): the cell holds 92.03942816442817
// and reads 92.0, so sorting and formulas use the real value.
#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <stdexcept>

#include "model/workbook_layout.hpp"
#include "report/renderers.hpp"
#include "report/xlsx_workbook.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

using xlsx_out::Look;
using xlsx_out::Sheet;

// Vendors past this many get no Answers sheet of their own (the Summary and Must-haves sheets
// still list them): every sheet in constant-memory mode holds a temporary file open until the
// workbook is closed, and a workbook of thousands of tabs is no use to a reader anyway.
constexpr std::size_t max_vendor_sheets = 200;

constexpr std::uint32_t header_fill = 0x1F3864;
constexpr std::uint32_t pass_fill = 0xC6EFCE, review_fill = 0xFFEB9C, fail_fill = 0xFFC7CE, invalid_fill = 0xD9D9D9;

struct Looks {
    int title, note, header, text, wrap, score, link;
    int verdict[4];  // by Verdict
    int gate_pass, gate_blocking, gate_other;
};

Looks make_looks(xlsx_out::Workbook& book) {
    Looks l{};
    l.title = book.format({.bold = true, .top = false, .size = 14});
    l.note = book.format({.italic = true, .top = false});
    l.header = book.format({.bold = true, .wrap = true, .border = true, .color = 0xFFFFFF, .fill = header_fill});
    l.text = book.format({.border = true});
    l.wrap = book.format({.wrap = true, .border = true});
    l.score = book.format({.border = true, .number_format = "0.0"});
    l.link = book.format({.border = true, .color = 0x0563C1});
    const std::uint32_t fills[] = {pass_fill, review_fill, fail_fill, invalid_fill};
    for (int v = 0; v < 4; ++v) l.verdict[v] = book.format({.bold = true, .border = true, .fill = fills[v]});
    l.gate_pass = book.format({.border = true, .fill = pass_fill});
    l.gate_blocking = book.format({.border = true, .fill = fail_fill});
    l.gate_other = book.format({.border = true, .fill = review_fill});
    return l;
}

int verdict_look(const Looks& l, Verdict v) { return l.verdict[static_cast<int>(v)]; }

// The reasons a result is not PASS, one per line; for an INVALID file, its errors.
std::string reasons_of(const ResultSummary& r) {
    if (r.verdict != Verdict::invalid) return join(r.reasons, "\n");
    std::vector<std::string> lines;
    for (const auto& d : r.diagnostics)
        if (d.severity == Severity::error) lines.push_back(format_diagnostic(d));
    return join(lines, "\n");
}

// Where an answer is: "Answers!F14" in a workbook, "line 12" in YAML.
std::string place_of(const SourceLocation& where) {
    if (where.is_cell()) return cell_reference(where);
    return where.line > 0 ? "line " + std::to_string(where.line) : "";
}

class XlsxWriter : public ReportWriter {
public:
    void begin(const RunInfo& run, std::string&) override {
        auto created = xlsx_out::Workbook::create(true);
        if (!created) throw std::runtime_error(created.diagnostics.empty() ? "cannot start the workbook" : created.diagnostics.front().message);
        book_ = std::move(*created.value);
        pack_ = run.pack;
        book_->properties("Vendor scorecard: " + run.pack->title, "Rule pack " + run.pack->id + " " + run.pack->version, run.as_of);
        looks_ = make_looks(*book_);

        summary_.emplace(book_->add_sheet(sheet_name("Summary")));
        musts_.emplace(book_->add_sheet(sheet_name("Must-haves")));
        for (const auto& r : run.ranked)
            if (r.verdict != Verdict::invalid && answer_sheets_.size() < max_vendor_sheets)
                answer_sheets_.push_back(sheet_name(r.vendor.empty() ? r.file : r.vendor));
        write_summary(run);
        const std::vector<std::pair<std::string, double>> columns = {{"Rank", 6},     {"Vendor", 28}, {"Product", 20}, {"Verdict", 9},
                                                                     {"Must-have", 12}, {"Title", 40},  {"Priority", 9}, {"Status", 12},
                                                                     {"Answer", 24},  {"Reason", 60}, {"Place", 14}};
        header(*musts_, 0, columns);
        musts_->freeze(1, 2);
    }

    void vendor(const VendorResult& r, std::string&) override {
        if (r.verdict == Verdict::invalid) return;
        for (const auto& g : r.gates) {
            ++must_row_;
            Sheet& s = *musts_;
            s.number(must_row_, 0, r.rank, looks_.text);
            s.text(must_row_, 1, r.vendor, looks_.text);
            s.text(must_row_, 2, r.product, looks_.text);
            s.text(must_row_, 3, to_string(r.verdict), verdict_look(looks_, r.verdict));
            s.text(must_row_, 4, g.criterion->id, looks_.text);
            s.text(must_row_, 5, g.criterion->title, looks_.wrap);
            s.text(must_row_, 6, g.priority_id, looks_.text);
            const int status_look = g.status == GateStatus::pass ? looks_.gate_pass : gate_blocks(g.status) ? looks_.gate_blocking : looks_.gate_other;
            s.text(must_row_, 7, to_string(g.status), status_look);
            std::string answer = "unanswered";
            if (const auto* p = r.find_priority(g.priority_id))
                for (const auto& cr : p->criteria)
                    if (cr.criterion == g.criterion) answer = answer_in_words(cr);
            s.text(must_row_, 8, answer, looks_.wrap);
            s.text(must_row_, 9, g.reason, looks_.wrap);
            s.text(must_row_, 10, place_of(g.where), looks_.text);
        }
        // Results come in rank order, as the Summary lists them; INVALID ones (last) have no sheet.
        if (next_sheet_ < answer_sheets_.size()) write_answers(book_->add_sheet(answer_sheets_[next_sheet_++]), r);
    }

    void end(std::string& out) override {
        if (must_row_ > 0) musts_->autofilter(0, 0, must_row_, 10);
        auto bytes = book_->finish();
        if (!bytes) throw std::runtime_error(bytes.diagnostics.empty() ? "cannot write the workbook" : bytes.diagnostics.front().message);
        out += *bytes.value;
    }

private:
    std::unique_ptr<xlsx_out::Workbook> book_;
    const RulePack* pack_ = nullptr;
    Looks looks_{};
    std::optional<Sheet> summary_, musts_;
    std::set<std::string> taken_;
    std::vector<std::string> answer_sheets_;  // the vendors' sheets' names, in rank order
    std::size_t next_sheet_ = 0;
    int must_row_ = 0;

    std::string sheet_name(const std::string& wanted) { return xlsx_out::sheet_name(wanted, taken_); }

    void header(Sheet& s, int row, const std::vector<std::pair<std::string, double>>& columns) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            s.column_width(static_cast<int>(i), static_cast<int>(i), columns[i].second);
            s.text(row, static_cast<int>(i), columns[i].first, looks_.header);
        }
    }

    void write_summary(const RunInfo& run) {
        Sheet& s = *summary_;
        const RulePack& pack = *run.pack;
        const int first_priority = 8;
        std::vector<std::pair<std::string, double>> columns = {{"Rank", 6},    {"Vendor", 28},  {"Product", 20},      {"Version", 10},
                                                               {"Score", 8},   {"Verdict", 9},  {"Failed must-haves", 24}, {"Reasons", 60}};
        for (const auto& p : pack.priorities) columns.push_back({p.id, 6.5});
        columns.push_back({"File", 40});
        const int file_column = static_cast<int>(columns.size()) - 1;
        s.text(0, 0,
               "Vendor scorecard: " + strip_control(pack.title) + " (rule pack " + pack.id + " " + pack.version +
                   (run.profile.empty() ? "" : ", profile " + run.profile) + ")",
               looks_.title);
        s.text(1, 0,
               "PASS at " + format_number(pack.pass_threshold) + " or more with every must-have met" +
                   (run.as_of.empty() ? "" : "; as of " + run.as_of) + ". " + format_verdict_counts(count_verdicts(run.ranked)) +
                   ". Scores show one decimal; the cells hold the full value. Priority columns: 0-100.",
               looks_.note);
        const int header_row = 3;
        header(s, header_row, columns);
        for (std::size_t i = 0; i < pack.priorities.size(); ++i)
            s.comment(header_row, first_priority + static_cast<int>(i), pack.priorities[i].title);
        int row = header_row;
        for (const auto& r : run.ranked) {
            ++row;
            const bool scored = r.verdict != Verdict::invalid;
            if (scored) s.number(row, 0, r.rank, looks_.text);
            else s.blank(row, 0, looks_.text);
            const std::size_t n = static_cast<std::size_t>(row - header_row - 1);
            if (scored && n < answer_sheets_.size()) {
                s.link(row, 1, answer_sheets_[n], r.vendor, looks_.link);
            } else {
                s.text(row, 1, r.vendor, looks_.text);
            }
            s.text(row, 2, r.product, looks_.text);
            s.text(row, 3, r.version, looks_.text);
            if (scored && r.scored) s.number(row, 4, r.score, looks_.score);  // a screening has no score
            else s.blank(row, 4, looks_.score);
            s.text(row, 5, to_string(r.verdict), verdict_look(looks_, r.verdict));
            s.text(row, 6, r.gates, looks_.wrap);
            s.text(row, 7, reasons_of(r), looks_.wrap);
            for (std::size_t i = 0; i < pack.priorities.size(); ++i) {
                const int column = first_priority + static_cast<int>(i);
                if (i < r.priority_scores.size() && r.priority_scores[i]) s.number(row, column, *r.priority_scores[i], looks_.score);
                else s.text(row, column, scored && r.scored ? "n/a" : "", looks_.text);
            }
            s.text(row, file_column, r.file, looks_.text);
        }
        const int last = std::max(row, header_row + 1);
        s.color_scale(header_row + 1, first_priority, last, first_priority + static_cast<int>(pack.priorities.size()) - 1, {});
        s.color_scale(header_row + 1, 4, last, 4, {0, pack.pass_threshold, 100});
        s.freeze(header_row + 1, 2);
        s.autofilter(header_row, 0, last, file_column);
    }

    void write_answers(Sheet s, const VendorResult& r) {
        const std::vector<std::pair<std::string, double>> columns = {{"Priority", 9}, {"ID", 9},       {"Title", 40},    {"Must-have", 10},
                                                                     {"Answer", 24},  {"Evidence", 40}, {"Comment", 40},  {"Credit %", 9},
                                                                     {"Weight", 8},   {"Note", 40},    {"Place", 14}};
        s.text(0, 0, r.vendor + " " + r.product + (r.version.empty() ? "" : " " + r.version), looks_.title);
        s.text(1, 0,
               "Rank " + std::to_string(r.rank) + (r.scored ? ", score " + format_fixed(r.score, 1) : ", screening") + ", " + to_string(r.verdict) +
                   (r.date.empty() ? "" : "; answers of " + r.date) + "; " + r.file,
               looks_.note);
        const int header_row = 3;
        header(s, header_row, columns);
        int row = header_row;
        for (const auto& p : r.priorities) {
            for (const auto& cr : p.criteria) {
                ++row;
                const Criterion& c = *cr.criterion;
                s.text(row, 0, p.priority->id, looks_.text);
                s.text(row, 1, c.id, looks_.text);
                s.text(row, 2, c.title, looks_.wrap);
                s.text(row, 3, c.gate ? "must-have" : "", looks_.text);
                s.text(row, 4, answer_in_words(cr), looks_.wrap);
                s.text(row, 5, cr.answer ? join(cr.answer->evidence, "\n") : "", looks_.wrap);
                s.text(row, 6, cr.answer ? cr.answer->comment : "", looks_.wrap);
                if (cr.applicable && c.scored()) s.number(row, 7, cr.credit * 100, looks_.score);
                else s.text(row, 7, "n/a", looks_.text);
                s.number(row, 8, c.weight, looks_.text);
                s.text(row, 9, cr.evidence_missing ? "expected evidence missing: partial credit" : "", looks_.wrap);
                s.text(row, 10, cr.answer ? place_of(cr.answer->where) : "", looks_.text);
            }
        }
        const int last = std::max(row, header_row + 1);
        s.color_scale(header_row + 1, 7, last, 7, {});
        s.freeze(header_row + 1, 3);
        s.autofilter(header_row, 0, last, static_cast<int>(columns.size()) - 1);
    }
};

}  // namespace

std::unique_ptr<ReportWriter> make_xlsx_writer(const RenderOptions&) { return std::make_unique<XlsxWriter>(); }

}  // namespace sbd
