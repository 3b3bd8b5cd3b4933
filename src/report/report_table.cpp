// The terminal scorecard: one row per vendor, per-priority scores, failed gates; legend below.
#include <cmath>

#include <fmt/core.h>

#include "report/renderers.hpp"
#include "util/version.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

constexpr std::size_t max_name_width = 24;

const char* verdict_color(Verdict v) {
    switch (v) {
        case Verdict::pass: return "\x1b[32m";
        case Verdict::review: return "\x1b[33m";
        case Verdict::fail: return "\x1b[31m";
        case Verdict::invalid: return "\x1b[35m";
    }
    return "";
}

std::string cell_text(const std::string& vendor_text) { return clip_text(vendor_text, max_name_width); }

std::string gates_cell(const ResultSummary& r) { return r.gates.empty() ? "-" : r.gates; }

std::string render(const RunInfo& run, const RenderOptions& style) {
    const RulePack& pack = *run.pack;
    std::string out = "sbdscore " + sbdscore_version() + " | pack " + pack.id + " " + pack.version + " (" + pack.origin +
                      ")" + (run.profile.empty() ? "" : " | profile " + run.profile) + " | pass threshold " +
                      format_number(pack.pass_threshold) + "\n\n";

    std::size_t vendor_w = display_width("Vendor");
    std::size_t product_w = display_width("Product");
    for (const auto& r : run.ranked) {
        if (r.verdict == Verdict::invalid) continue;
        vendor_w = std::max(vendor_w, display_width(cell_text(r.vendor)));
        product_w = std::max(product_w, display_width(cell_text(r.product)));
    }
    std::string header = pad_display("Rank", 4, true) + "  " + pad_display("Vendor", vendor_w) + "  " + pad_display("Product", product_w) + "  " +
                         pad_display("Score", 5, true) + "  " + pad_display("Verdict", 7) + " ";
    for (const auto& p : pack.priorities) header += " " + pad_display(p.id, 3, true);
    header += "  Failed gates";
    out += header + "\n";

    std::vector<const ResultSummary*> invalid;
    for (const auto& r : run.ranked) {
        if (r.verdict == Verdict::invalid) {
            invalid.push_back(&r);
            continue;
        }
        std::string verdict = pad_display(to_string(r.verdict), 7);
        if (style.color) verdict = verdict_color(r.verdict) + verdict + "\x1b[0m";
        std::string line = fmt::format("{:>4}", r.rank) + "  " + pad_display(cell_text(r.vendor), vendor_w) + "  " +
                           pad_display(cell_text(r.product), product_w) + "  " + fmt::format("{:>5}", format_fixed(r.score, 1)) + "  " +
                           verdict + " ";
        for (std::size_t i = 0; i < r.priority_scores.size() && i < pack.priorities.size(); ++i) {
            const auto& score = r.priority_scores[i];
            line += fmt::format(" {:>{}}", score ? format_fixed(*score, 0) : "-", std::max<std::size_t>(3, pack.priorities[i].id.size()));
        }
        line += "  " + gates_cell(r);
        out += line + "\n";
    }
    for (const auto* r : invalid) {
        std::size_t errors = 0;
        for (const auto& d : r->diagnostics) errors += d.severity == Severity::error;
        std::string verdict = "INVALID";
        if (style.color) verdict = verdict_color(Verdict::invalid) + verdict + "\x1b[0m";
        out += fmt::format("{:>4}  {}: {}, {} {} (listed on standard error)\n", "-", strip_control(r->file), verdict, errors,
                           errors == 1 ? "error" : "errors");
    }

    out += "\nPriority scores are 0-100; '-' means not applicable.\n";
    std::vector<std::string> legend;
    for (const auto& p : pack.priorities) legend.push_back(p.id + " " + p.title);
    std::string line;
    for (const auto& item : legend) {
        if (!line.empty() && display_width(line) + 3 + display_width(item) > 100) {
            out += line + "\n";
            line.clear();
        }
        line += (line.empty() ? "  " : " | ") + item;
    }
    if (!line.empty()) out += line + "\n";

    out += "\n" + std::to_string(run.ranked.size()) + (run.ranked.size() == 1 ? " vendor: " : " vendors: ") +
           format_verdict_counts(count_verdicts(run.ranked)) + "\n";
    return out;
}

// Everything comes from the summaries: the table never looks at a vendor's answers.
class TableWriter : public ReportWriter {
public:
    explicit TableWriter(const RenderOptions& options) : options_(options) {}
    void begin(const RunInfo& run, std::string& out) override { out += render(run, options_); }
    void vendor(const VendorResult&, std::string&) override {}
    void end(std::string&) override {}
    bool needs_vendors() const override { return false; }

private:
    RenderOptions options_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_table_writer(const RenderOptions& options) { return std::make_unique<TableWriter>(options); }

}  // namespace sbd
