// The terminal scorecard: one row per vendor, per-priority scores, failed gates; legend below.
#include <cmath>

#include <fmt/core.h>

#include "report/renderers.hpp"
#include "util/version.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

constexpr std::size_t max_name_width = 24;  // a vendor or product name in its column, at the most
constexpr std::size_t min_name_width = 8;   // ... and at the least, when the table must fit a terminal
constexpr std::size_t legend_width = 100;

const char* verdict_color(Verdict v) {
    switch (v) {
        case Verdict::pass: return "\x1b[32m";
        case Verdict::review: return "\x1b[33m";
        case Verdict::fail: return "\x1b[31m";
        case Verdict::invalid: return "\x1b[35m";
    }
    return "";
}

std::string gates_cell(const ResultSummary& r) { return r.gates.empty() ? "-" : r.gates; }

// Column widths. With a terminal width, the name columns narrow (the wider first), then the
// priority columns give way (a note says so), then the failed-gates column is clipped, so that no
// row wraps; without one (a file, a pipe), nothing is cut but names longer than max_name_width.
struct Columns {
    std::size_t vendor = 0, product = 0, gates = 0;
    bool priorities = true;
};

Columns fit(const RunInfo& run, std::size_t terminal_width) {
    // A screening has no score and no priority scores to show.
    Columns c{display_width("Vendor"), display_width("Product"), display_width("Failed gates"), !run.screen};
    for (const auto& r : run.ranked) {
        if (r.verdict == Verdict::invalid) continue;
        c.vendor = std::max(c.vendor, display_width(clip_text(r.vendor, max_name_width)));
        c.product = std::max(c.product, display_width(clip_text(r.product, max_name_width)));
        c.gates = std::max(c.gates, display_width(clip_text(gates_cell(r), std::string::npos)));
    }
    if (terminal_width == 0) return c;
    const std::size_t base = 4 + 2 + 2 + 2 + (run.screen ? 0 : 5 + 2) + 7 + 1 + 2;  // rank, score, verdict, separators
    std::size_t priorities = 0;
    for (const auto& p : run.pack->priorities) priorities += 1 + std::max<std::size_t>(3, p.id.size());
    auto fixed = [&] { return base + (c.priorities ? priorities : 0); };
    auto total = [&] { return fixed() + c.vendor + c.product + c.gates; };
    auto narrow_names = [&] {
        while (total() > terminal_width && std::max(c.vendor, c.product) > min_name_width) {
            std::size_t& wider = c.vendor >= c.product ? c.vendor : c.product;
            --wider;
        }
    };
    const Columns natural = c;
    narrow_names();
    const std::size_t min_gates = std::min(c.gates, display_width("Failed gates"));
    if (c.priorities && fixed() + c.vendor + c.product + min_gates > terminal_width) {
        c.priorities = false;  // names are worth more than twelve numbers on a narrow terminal
        c.vendor = natural.vendor;
        c.product = natural.product;
        narrow_names();
    }
    if (total() > terminal_width)
        c.gates = terminal_width > fixed() + c.vendor + c.product + 1 ? terminal_width - fixed() - c.vendor - c.product : 1;
    return c;
}

// Below the table: every reason of each vendor that is not PASS, in full (score/verdict_checks), one
// line each, wrapped to the terminal; INVALID files are listed above with their errors.
void append_reasons(const ResultSummary& r, std::size_t width, std::string& out) {
    const std::string who = r.vendor + ", " + r.product;
    out += fmt::format("{:>4}  ", r.rank) + (width > 30 ? clip_text(who, width - 20) : strip_control(who)) + " (" +
           to_string(r.verdict) + "):\n";
    for (const auto& reason : r.reasons) {
        const std::string indent = "        ";
        if (!width) {
            out += indent + strip_control(reason) + "\n";
            continue;
        }
        const std::size_t room = width > indent.size() + 20 ? width - indent.size() : 20;
        for (const auto& line : wrap_words(reason, room)) out += indent + line + "\n";
    }
}

std::string heading(const RunInfo& run, const RenderOptions& style, const Columns& columns) {
    const RulePack& pack = *run.pack;
    std::string title = "sbdscore " + sbdscore_version() + " | pack " + pack.id + " " + pack.version + " (" + pack.origin +
                        ")" + (run.profile.empty() ? "" : " | profile " + run.profile) +
                        (run.stage.empty() ? "" : " | stage " + run.stage) +
                        (run.screen ? " | screening: must-haves only, no score" : " | pass threshold " + format_number(pack.pass_threshold));
    std::string out;
    const ReportLabels& labels = run.labels;
    if (!labels.classification.empty()) out += strip_control(labels.classification) + "\n";
    if (!labels.title.empty() || !labels.organisation.empty()) {
        std::string heading = strip_control(labels.title);
        if (!labels.organisation.empty()) heading += (heading.empty() ? "" : " | ") + strip_control(labels.organisation);
        out += (style.width ? clip_text(heading, style.width) : heading) + "\n";
    }
    out += (style.width ? clip_text(title, style.width) : title) + "\n\n";

    std::string header = pad_display("Rank", 4, true) + "  " + pad_display("Vendor", columns.vendor) + "  " +
                         pad_display("Product", columns.product) + "  " + (run.screen ? "" : pad_display("Score", 5, true) + "  ") +
                         pad_display("Verdict", 7) + " ";
    if (columns.priorities)
        for (const auto& p : pack.priorities) header += " " + pad_display(p.id, 3, true);
    header += "  " + clip_text("Failed gates", columns.gates);
    return out + header + "\n";
}

std::string row(const ResultSummary& r, const RulePack& pack, const RenderOptions& style, const Columns& columns) {
    std::string verdict = pad_display(to_string(r.verdict), 7);
    if (style.color) verdict = verdict_color(r.verdict) + verdict + "\x1b[0m";
    std::string line = fmt::format("{:>4}", r.rank) + "  " + pad_display(clip_text(r.vendor, columns.vendor), columns.vendor) + "  " +
                       pad_display(clip_text(r.product, columns.product), columns.product) + "  " +
                       (r.scored ? fmt::format("{:>5}", format_fixed(r.score, 1)) + "  " : "") + verdict + " ";
    for (std::size_t i = 0; columns.priorities && i < r.priority_scores.size() && i < pack.priorities.size(); ++i) {
        const auto& score = r.priority_scores[i];
        line += fmt::format(" {:>{}}", score ? format_fixed(*score, 0) : "-", std::max<std::size_t>(3, pack.priorities[i].id.size()));
    }
    return line + "  " + clip_text(gates_cell(r), columns.gates) + "\n";
}

std::string invalid_line(const ResultSummary& r, const RenderOptions& style) {
    std::size_t errors = 0;
    for (const auto& d : r.diagnostics) errors += d.severity == Severity::error;
    std::string verdict = "INVALID";
    if (style.color) verdict = verdict_color(Verdict::invalid) + verdict + "\x1b[0m";
    return fmt::format("{:>4}  {}: {}, {} {} (listed on standard error)\n", "-", strip_control(r.file), verdict, errors,
                       errors == 1 ? "error" : "errors");
}

std::string footer(const RunInfo& run, const RenderOptions& style, const Columns& columns) {
    const RulePack& pack = *run.pack;
    std::string out;
    if (run.screen) {
        out += "\nScreening: the must-have gates alone decide the verdict; nothing is scored.\n";
    } else {
        if (!columns.priorities)
            out += "\nPriority scores left out to fit " + std::to_string(style.width) + " columns: widen the terminal, or use -o markdown or html.\n";
        else if (!run.stage.empty())
            out += "\nPriority scores are 0-100 over the criteria verifiable by stage " + run.stage +
                   "; '-' means not applicable or not scored at this stage.\n";
        else out += "\nPriority scores are 0-100; '-' means not applicable.\n";
        std::string line;
        for (const auto& p : pack.priorities) {
            const std::string item = p.id + " " + p.title;
            if (!line.empty() && display_width(line) + 3 + display_width(item) > (style.width ? std::min(style.width, legend_width) : legend_width)) {
                out += line + "\n";
                line.clear();
            }
            line += (line.empty() ? "  " : " | ") + item;
        }
        if (!line.empty()) out += line + "\n";
    }
    out += "\n" + std::to_string(run.ranked.size()) + (run.ranked.size() == 1 ? " vendor: " : " vendors: ") +
           format_verdict_counts(count_verdicts(run.ranked)) + "\n";
    if (!run.labels.classification.empty()) out += strip_control(run.labels.classification) + "\n";
    return out;
}

// Everything comes from the summaries: the table never looks at a vendor's answers. Written in
// parts (heading; ranked rows, then INVALID files, then every reason, a thousand vendors a part;
// the legend), so memory does not grow with the vendors' lines.
class TableWriter : public ReportWriter {
public:
    explicit TableWriter(const RenderOptions& options) : options_(options) {}
    void begin(const RunInfo& run, std::string& out) override {
        run_ = &run;
        columns_ = fit(run, options_.width);
        out += heading(run, options_, columns_);
    }
    bool begin_more(std::string& out) override {
        if (!run_ || part_ == Part::done) return false;
        const auto& ranked = run_->ranked;
        constexpr std::size_t vendors_per_part = 1000;
        const std::size_t stop = std::min(ranked.size(), next_ + vendors_per_part);
        switch (part_) {
            case Part::rows:
                for (; next_ < stop; ++next_)
                    if (ranked[next_].verdict != Verdict::invalid) out += row(ranked[next_], *run_->pack, options_, columns_);
                break;
            case Part::invalid:
                for (; next_ < stop; ++next_)
                    if (ranked[next_].verdict == Verdict::invalid) out += invalid_line(ranked[next_], options_);
                break;
            case Part::reasons:
                // Why each vendor is not PASS, every reason in full: failed and unverified gates, the
                // threshold, floors, and the review causes the gates column cannot show.
                for (; next_ < stop; ++next_) {
                    if (ranked[next_].reasons.empty()) continue;
                    if (!any_reasons_) out += "\nWhy not PASS:\n";
                    any_reasons_ = true;
                    append_reasons(ranked[next_], options_.width, out);
                }
                break;
            case Part::footer:
                out += footer(*run_, options_, columns_);
                part_ = Part::done;
                return true;
            case Part::done: return false;
        }
        if (next_ == ranked.size()) {
            part_ = static_cast<Part>(static_cast<int>(part_) + 1);
            next_ = 0;
        }
        return true;
    }
    void vendor(const VendorResult&, std::string&) override {}
    void end(std::string&) override {}
    bool needs_vendors() const override { return false; }

private:
    enum class Part { rows, invalid, reasons, footer, done };
    RenderOptions options_;
    const RunInfo* run_ = nullptr;
    Columns columns_;
    Part part_ = Part::rows;
    std::size_t next_ = 0;
    bool any_reasons_ = false;
};

}  // namespace

std::unique_ptr<ReportWriter> make_table_writer(const RenderOptions& options) { return std::make_unique<TableWriter>(options); }

}  // namespace sbd
