// The Markdown report (docs/reports.md#markdown): the recommendation and a ranked table with one
// line of why per vendor, the comparison (priority scores and must-haves of every vendor), then
// one section per vendor with every reason for its verdict, priority scores, gates and findings.
// Every pack or vendor string goes through markdown_escape.
#include "report/renderers.hpp"
#include "report/summary_words.hpp"
#include "score/scoring.hpp"
#include "score/verdict_checks.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"
#include "util/version.hpp"

namespace sbd {

namespace {

std::string md(const std::string& s) { return markdown_escape(s); }

// "file:line:column", escaped; the file alone when the place is not known.
std::string md_location(const SourceLocation& at, const std::string& file) {
    SourceLocation where = at;
    if (where.file.empty()) where.file = file;
    return md(format_location(where));
}

// The marks of the must-haves table, as in the HTML report.
const char* gate_mark(GateStatus s) {
    switch (s) {
        case GateStatus::pass: return "\u2713";
        case GateStatus::fail: return "\u2717";
        case GateStatus::unanswered: return "\u25CB";
        case GateStatus::unverified: return "?";
        case GateStatus::not_applicable: return "\u2013";
        case GateStatus::waived: return "W";
        case GateStatus::later_stage: return "L";
    }
    return "\u2717";
}

void vendor_section(std::string& out, const VendorResult& r, const RulePack& pack) {
    out += "\n## " + std::to_string(r.rank) + ". " + md(r.vendor) + " - " + md(r.product) + "\n\n";
    out += "- Verdict: **" + std::string(to_string(r.verdict)) + "**" +
           (r.scored ? ", score **" + format_fixed(r.score, 1) + "**" : ", screened (must-haves only, no score)") + "\n";
    const auto reasons = verdict_reasons(verdict_checks(r, pack));
    if (!reasons.empty()) {
        out += "- Why " + std::string(to_string(r.verdict)) + ":\n";
        for (const auto& reason : reasons) out += "  - " + md(reason) + "\n";
    }
    out += "- Product version: " + md(r.version) + "; answers dated " + md(r.date) + "\n";
    out += "- File: " + md(r.file) + "\n";

    if (r.scored) {
        out += "\n### Priority scores\n\n| Priority | Title | Score |\n|---|---|---:|\n";
        for (const auto& p : r.priorities)
            out += "| " + md(p.priority->id) + " | " + md(p.priority->title) + " | " +
                   (p.applicable ? format_fixed(p.score, 1) : !p.in_stage ? "not scored at this stage" : "n/a") + " |\n";
    }

    out += "\n### Must-have gates\n\n";
    if (r.gates.empty()) {
        out += "The rule pack has no gates.\n";
    } else {
        out += "| Gate | Title | Status | Reason |\n|---|---|---|---|\n";
        for (const auto& g : r.gates)
            out += "| " + md(g.criterion->id) + " | " + md(g.criterion->title) + " | " + to_string(g.status) + " | " + md(g.reason) + " |\n";
    }

    out += "\n### Evidence\n\n";
    if (r.signature.status != SignatureStatus::not_checked)
        out += "Signature: " + std::string(to_string(r.signature.status)) + ", " + md(r.signature.reason) +
               (r.signature.fingerprint.empty() ? "" : " (fingerprint " + md(r.signature.fingerprint) + ")") + "\n\n";
    std::string rows;
    for (const auto& p : r.priorities)
        for (const auto& cr : p.criteria)
            if (cr.answer)
                for (const auto& e : cr.answer->evidence_checks)
                    rows += "| " + md(cr.criterion->id) + " | " + md(e.cited) + " | " + md(e.status_text()) + " | " +
                            (e.sha256().empty() ? "-" : md(e.sha256())) + " |\n";
    out += rows.empty() ? "None cited.\n" : "| Criterion | Evidence | Status | SHA-256 |\n|---|---|---|---|\n" + rows;

    out += "\n### Findings\n\n";
    if (r.findings.empty() && r.diagnostics.empty()) out += "None.\n";
    for (const auto& f : r.findings)
        out += "- " + std::string(to_string(f.severity)) + " " + md(to_string(f.kind)) + " at " + md_location(f.where, r.file) + ": " +
               md(f.message) + "\n";
    for (const auto& d : r.diagnostics)
        out += "- " + std::string(to_string(d.severity)) + " at " + md_location(d.where, r.file) + ": " + md(d.message) +
               (d.hint.empty() ? "" : " (hint: " + md(d.hint) + ")") + "\n";
}

void invalid_section(std::string& out, const VendorResult& r) {
    out += "\n## INVALID: " + md(r.file) + "\n\nThis file could not be scored:\n\n";
    for (const auto& d : r.diagnostics)
        out += "- " + std::string(to_string(d.severity)) + " at " + md_location(d.where, r.file) + ": " + md(d.message) +
               (d.hint.empty() ? "" : " (hint: " + md(d.hint) + ")") + "\n";
}

std::string header(const RunInfo& run) {
    const RulePack& pack = *run.pack;
    std::string out;
    if (!run.labels.classification.empty()) out += "**" + md(run.labels.classification) + "**\n\n";
    out += "# " + (run.labels.title.empty() ? "Vendor scorecard: " + md(pack.title) : md(run.labels.title)) + "\n\n";
    if (!run.labels.organisation.empty()) out += "For " + md(run.labels.organisation) + ". ";
    out += "Pack " + md(pack.id) + " " + md(pack.version) + " (" + md(pack.origin) + "), " +
           (run.screen ? std::string("screening (must-have gates only, no score)") : "pass threshold " + format_number(pack.pass_threshold)) +
           ", sbdscore " + sbdscore_version();
    if (!run.profile.empty()) out += ", profile " + md(run.profile);
    if (!run.stage.empty()) out += ", stage " + md(run.stage) + " (criteria of later stages are not scored)";
    if (!run.as_of.empty()) out += ", as of " + md(run.as_of);
    out += ".\n\n";

    out += "**Recommendation.** " + md(recommendation_text(run)) + "\n\n";
    out += count_of(run.ranked.size(), "vendor: ", "vendors: ") + format_verdict_counts(count_verdicts(run.ranked)) + ".\n\n";

    out += "| Rank | Vendor | Product | Score | Verdict | Why |\n|---:|---|---|---:|---|---|\n";
    for (const auto& r : run.ranked) {
        if (r.verdict == Verdict::invalid) {
            out += "| - | " + md(r.file) + " | | | INVALID | " + md(summary_why(r, pack)) + " |\n";
            continue;
        }
        out += "| " + std::to_string(r.rank) + " | " + md(r.vendor) + " | " + md(r.product) + " | " +
               (r.scored ? format_fixed(r.score, 1) : "-") + " | " + to_string(r.verdict) + " | " + md(summary_why(r, pack)) + " |\n";
    }
    return out;
}

// Every scored vendor's priority scores and must-haves, side by side, as the terminal table and the
// HTML report's comparison show them.
std::string comparison(const RunInfo& run) {
    const RulePack& pack = *run.pack;
    std::string scores = "\n## Comparison\n\n### Priority scores\n\n| Vendor | Score |";
    std::string rule = "|---|---:|";
    for (const auto& p : pack.priorities) {
        scores += " " + md(p.id) + " |";
        rule += "---:|";
    }
    scores += "\n" + rule + "\n";
    const auto gates = pack.gates();
    std::string musts = "\n### Must-haves\n\n| Vendor |";
    rule = "|---|";
    for (const auto* g : gates) {
        musts += " " + md(g->id) + " |";
        rule += ":---:|";
    }
    musts += " Verdict |\n" + rule + "---|\n";
    bool any = false;
    for (const auto& r : run.ranked) {
        if (r.verdict == Verdict::invalid) continue;
        any = true;
        const std::string name = std::to_string(r.rank) + ". " + md(r.vendor) + " " + md(r.product);
        scores += "| " + name + " | " + (r.scored ? format_fixed(r.score, 1) : "-") + " |";
        for (std::size_t k = 0; k < pack.priorities.size(); ++k) {
            const auto& score = k < r.priority_scores.size() ? r.priority_scores[k] : std::nullopt;
            scores += " " + (score ? format_fixed(*score, 0) + (below_floor(*score, pack.priorities[k].floor) ? " \u25BC" : "") : "n/a") + " |";
        }
        scores += "\n";
        musts += "| " + name + " |";
        for (std::size_t k = 0; k < gates.size(); ++k)
            musts += " " + std::string(k < r.gate_statuses.size() ? gate_mark(r.gate_statuses[k]) : "") + " |";
        musts += " " + std::string(to_string(r.verdict)) + " |\n";
    }
    if (!any) return "";
    std::vector<std::string> priorities;
    for (const auto& p : pack.priorities)
        priorities.push_back(md(p.id) + " " + md(p.title) + (p.floor > 0 ? " (floor " + format_number(p.floor) + ")" : ""));
    bool floors = false;
    for (const auto& p : pack.priorities) floors = floors || p.floor > 0;
    scores += std::string("\nScores 0-100") + (floors ? "; \u25BC under the priority's floor (the verdict is at best REVIEW)" : "") +
              ". " + join(priorities, "; ") + ".\n";
    std::vector<std::string> names;
    for (const auto* g : gates) names.push_back(md(g->id) + " " + md(g->title));
    musts += "\n\u2713 pass, \u2717 fail, \u25CB unanswered (a fail), ? unverified (at best REVIEW), W waived, \u2013 n/a" +
             std::string(run.stage.empty() ? "" : ", L later stage (not verified at this stage)") + ". " + join(names, "; ") + ".\n";
    // A screening has no scores to compare: the must-haves alone.
    return (run.screen ? "\n## Comparison\n" : scores) + (gates.empty() ? "" : musts);
}

class MarkdownWriter : public ReportWriter {
public:
    void begin(const RunInfo& run, std::string& out) override {
        run_ = &run;
        out += header(run) + comparison(run);
    }
    void vendor(const VendorResult& r, std::string& out) override {
        if (r.verdict == Verdict::invalid) invalid_section(out, r);
        else vendor_section(out, r, *run_->pack);
    }
    void end(std::string& out) override {
        if (!run_->labels.classification.empty()) out += "\n**" + md(run_->labels.classification) + "**\n";
    }

private:
    const RunInfo* run_ = nullptr;
};

}  // namespace

std::unique_ptr<ReportWriter> make_markdown_writer(const RenderOptions&) { return std::make_unique<MarkdownWriter>(); }

}  // namespace sbd
