// The Markdown report (docs/reports.md#markdown): a ranked table, then one section per vendor with
// priority scores, gates and findings. Every pack or vendor string goes through markdown_escape.
#include "util/escape.hpp"
#include "report/renderers.hpp"
#include "util/version.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

std::string md(const std::string& s) { return markdown_escape(s); }

// "file:line:column", escaped; the file alone when the place is not known.
std::string md_location(const SourceLocation& at, const std::string& file) {
    SourceLocation where = at;
    if (where.file.empty()) where.file = file;
    return md(format_location(where));
}

std::string failed_gates(const ResultSummary& r) { return r.gates.empty() ? "-" : md(r.gates); }

std::size_t error_count(const ResultSummary& r) {
    std::size_t n = 0;
    for (const auto& d : r.diagnostics) n += d.severity == Severity::error;
    return n;
}

void vendor_section(std::string& out, const VendorResult& r) {
    out += "\n## " + std::to_string(r.rank) + ". " + md(r.vendor) + " - " + md(r.product) + "\n\n";
    out += "- Verdict: **" + std::string(to_string(r.verdict)) + "**" +
           (r.scored ? ", score **" + format_fixed(r.score, 1) + "**" : ", screened (must-haves only, no score)") + "\n";
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
            out += "| " + md(g.criterion->id) + " | " + md(g.criterion->title) + " | " + to_string(g.status) + " | " +
                   md(g.reason) + " |\n";
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
    std::string out = "# Vendor scorecard: " + md(pack.title) + "\n\n";
    out += "Pack " + md(pack.id) + " " + md(pack.version) + " (" + md(pack.origin) + "), " +
           (run.screen ? std::string("screening (must-have gates only, no score)") : "pass threshold " + format_number(pack.pass_threshold)) +
           ", sbdscore " + sbdscore_version();
    if (!run.profile.empty()) out += ", profile " + md(run.profile);
    if (!run.stage.empty()) out += ", stage " + md(run.stage) + " (criteria of later stages are not scored)";
    if (!run.as_of.empty()) out += ", as of " + md(run.as_of);
    out += ".\n\n";

    out += std::to_string(run.ranked.size()) + (run.ranked.size() == 1 ? " vendor: " : " vendors: ") +
           format_verdict_counts(count_verdicts(run.ranked)) + ".\n\n";

    out += "| Rank | Vendor | Product | Score | Verdict | Failed gates |\n|---:|---|---|---:|---|---|\n";
    for (const auto& r : run.ranked) {
        if (r.verdict == Verdict::invalid) {
            std::size_t errors = error_count(r);
            out += "| - | " + md(r.file) + " | | | INVALID | " + std::to_string(errors) + (errors == 1 ? " error" : " errors") +
                   " |\n";
            continue;
        }
        out += "| " + std::to_string(r.rank) + " | " + md(r.vendor) + " | " + md(r.product) + " | " +
               (r.scored ? format_fixed(r.score, 1) : "-") + " | " + to_string(r.verdict) + " | " + failed_gates(r) + " |\n";
    }
    return out;
}

class MarkdownWriter : public ReportWriter {
public:
    void begin(const RunInfo& run, std::string& out) override { out += header(run); }
    void vendor(const VendorResult& r, std::string& out) override {
        if (r.verdict == Verdict::invalid) invalid_section(out, r);
        else vendor_section(out, r);
    }
    void end(std::string&) override {}
};

}  // namespace

std::unique_ptr<ReportWriter> make_markdown_writer(const RenderOptions&) { return std::make_unique<MarkdownWriter>(); }

}  // namespace sbd
