// The HTML report: one self-contained file a consultant can hand to a client (docs/reports.md).
// No script at all, and a Content-Security-Policy that forbids it; every string from a vendor file
// or a rule pack goes through html_escape, and only http(s) evidence becomes a link.
#include <cmath>
#include <cstdio>
#include <memory>

#include "report/html_sensitivity.hpp"
#include "util/html_escape.hpp"

#include "report/renderers.hpp"
#include "util/version.hpp"
#include "util/svg_bar_chart.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

using std::string;

const char* const content_security_policy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

// Light backgrounds with dark text: readable in colour and in black and white; print keeps colours.
const char* const stylesheet = R"css(
:root { color-scheme: light; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 1180px; padding: 1.5rem; line-height: 1.4; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.subtitle { font-size: 1.1rem; margin: 0 0 1rem; color: #333333; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: .15rem 1rem; margin: .5rem 0 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
td, li { overflow-wrap: anywhere; }
code.id { white-space: nowrap; }
ul.plain { margin: 0; padding-left: 1.1rem; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: .3rem; font-weight: 700;
         border: 1px solid currentColor; white-space: nowrap; }
.verdict-pass, .gate-pass { background: #d9f2de; color: #14532d; }
.verdict-review, .gate-unverified { background: #fff0c2; color: #6b4300; }
.verdict-fail, .gate-fail, .gate-unanswered { background: #fbd9d9; color: #8b1a1a; }
.verdict-invalid { background: #ecdcf7; color: #5b2380; }
.gate-na, .gate-later, .tag { background: #ececec; color: #444444; }
.gate-waived { background: #dde9fb; color: #1d4380; }
.sev-error { color: #8b1a1a; font-weight: 700; }
.sev-warning { color: #6b4300; font-weight: 700; }
.evidence-verified { color: #1a5e20; font-weight: 700; }
.evidence-invalid, .evidence-tampered, .evidence-missing { color: #a4000f; font-weight: 700; }
.sev-note { color: #444444; }
.muted { color: #5a5a5a; font-style: italic; }
.chart { max-width: 100%; height: auto; }
section.vendor { margin-top: 2.5rem; }
footer { margin-top: 2.5rem; border-top: 1px solid #c8c8c8; padding-top: .6rem; font-size: .85rem; color: #444444; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  section.vendor, section.invalid, section.appendix { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, .chart { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: #1a1a1a; }  /* every link shows its address as its text, so paper loses nothing */
}
)css";

string esc(std::string_view s) { return html_escape(s); }

string verdict_class(Verdict v) {
    switch (v) {
        case Verdict::pass: return "verdict-pass";
        case Verdict::review: return "verdict-review";
        case Verdict::fail: return "verdict-fail";
        case Verdict::invalid: return "verdict-invalid";
    }
    return "verdict-invalid";
}

string gate_class(GateStatus s) {
    switch (s) {
        case GateStatus::pass: return "gate-pass";
        case GateStatus::fail: return "gate-fail";
        case GateStatus::unanswered: return "gate-unanswered";
        case GateStatus::unverified: return "gate-unverified";
        case GateStatus::not_applicable: return "gate-na";
        case GateStatus::waived: return "gate-waived";
        case GateStatus::later_stage: return "gate-later";
    }
    return "gate-fail";
}

string verdict_badge(Verdict v) { return "<span class=\"badge " + verdict_class(v) + "\">" + to_string(v) + "</span>"; }
string gate_badge(GateStatus s) { return "<span class=\"badge " + gate_class(s) + "\">" + to_string(s) + "</span>"; }

string location(const SourceLocation& where, const string& fallback_file) {
    SourceLocation at = where;
    if (at.file.empty()) at.file = fallback_file;
    return "<code>" + esc(format_location(at)) + "</code>";
}

string anchor(std::size_t index) { return "vendor-" + std::to_string(index + 1); }

string vendor_heading(const VendorResult& r) { return r.vendor + " \u2014 " + r.product + " " + r.version; }

string failed_gates(const ResultSummary& r) {
    return r.gates.empty() ? "<span class=\"muted\">none</span>" : esc(r.gates);
}

string header(const RunInfo& report) {
    const RulePack& pack = *report.pack;
    string out = "<header>\n<h1>Vendor security scorecard</h1>\n<p class=\"subtitle\">" + esc(pack.title) + "</p>\n";
    out += "<dl class=\"meta\">\n";
    out += "<dt>Rule pack</dt><dd><code>" + esc(pack.id) + "</code> version " + esc(pack.version) + " (" +
           esc(pack.origin) + ")</dd>\n";
    if (report.screen) out += "<dt>Screening</dt><dd>must-have gates only, no score</dd>\n";
    else out += "<dt>Pass threshold</dt><dd>" + esc(format_number(pack.pass_threshold)) + " of 100</dd>\n";
    if (!report.profile.empty()) out += "<dt>Profile</dt><dd>" + esc(report.profile) + "</dd>\n";
    if (!report.stage.empty())
        out += "<dt>Stage</dt><dd>" + esc(report.stage) + ": criteria of later stages are not scored</dd>\n";
    if (!report.as_of.empty()) out += "<dt>Run date</dt><dd>" + esc(report.as_of) + "</dd>\n";
    out += "<dt>Vendors</dt><dd>" + std::to_string(report.ranked.size()) + ": " +
           format_verdict_counts(count_verdicts(report.ranked)) + "</dd>\n";
    out += "</dl>\n</header>\n";
    return out;
}

string ranking(const RunInfo& report) {
    string out = "<section class=\"ranking\" id=\"ranking\">\n<h2>Ranking</h2>\n<table>\n<thead><tr><th class=\"num\">Rank</th>"
                 "<th>Vendor</th><th>Product</th><th>Version</th><th class=\"num\">Score</th><th>Verdict</th>"
                 "<th>Failed gates</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < report.ranked.size(); ++i) {
        const ResultSummary& r = report.ranked[i];
        if (r.verdict == Verdict::invalid) {
            out += "<tr><td class=\"num\">\u2013</td><td colspan=\"3\"><a href=\"#invalid\">" + esc(r.file) +
                   "</a></td><td class=\"num\">\u2013</td><td>" + verdict_badge(r.verdict) +
                   "</td><td><span class=\"muted\">not scored: the file has errors</span></td></tr>\n";
            continue;
        }
        out += "<tr><td class=\"num\">" + std::to_string(r.rank) + "</td><td><a href=\"#" + anchor(i) + "\">" +
               esc(r.vendor) + "</a></td><td>" + esc(r.product) + "</td><td>" + esc(r.version) + "</td><td class=\"num\">" +
               (r.scored ? format_fixed(r.score, 1) : string("\u2013")) + "</td><td>" + verdict_badge(r.verdict) + "</td><td>" + failed_gates(r) +
               "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
    out += "<p>Scores are 0\u2013100. PASS: every must-have gate met and a score of at least the threshold; "
           "REVIEW: gates met but a lower score, unverified gates or a priority under its profile floor; FAIL: a must-have gate failed or unanswered; "
           "INVALID: the response file could not be scored.</p>\n</section>\n";
    return out;
}

string chart(const VendorResult& r, const RulePack& pack, std::size_t index) {
    BarChart c;
    c.id = anchor(index) + "-chart";
    c.title = "Priority scores of " + r.vendor + " " + r.product + " (0 to 100)";
    c.threshold = pack.pass_threshold;
    for (const auto& p : r.priorities) {
        ChartBar bar{p.priority->id + " " + p.priority->title, std::nullopt};
        if (p.applicable) bar.value = p.score;
        c.bars.push_back(bar);
    }
    return svg_bar_chart(c);
}

string gates(const VendorResult& r) {
    if (r.gates.empty()) return "<p class=\"muted\">The rule pack has no gates.</p>\n";
    string out = "<table>\n<thead><tr><th>Gate</th><th>Priority</th><th>Title</th><th>Status</th><th>Reason</th>"
                 "<th>Where</th></tr></thead>\n<tbody>\n";
    for (const auto& g : r.gates)
        out += "<tr><td><code class=\"id\">" + esc(g.criterion->id) + "</code></td><td>" + esc(g.priority_id) + "</td><td>" +
               esc(g.criterion->title) + "</td><td>" + gate_badge(g.status) + "</td><td>" + esc(g.reason) + "</td><td>" +
               (g.where.line > 0 ? location(g.where, r.file) : "<span class=\"muted\">\u2013</span>") + "</td></tr>\n";
    return out + "</tbody>\n</table>\n";
}

string findings(const VendorResult& r) {
    if (r.findings.empty() && r.diagnostics.empty()) return "<p class=\"muted\">None.</p>\n";
    string out = "<table>\n<thead><tr><th>Severity</th><th>Kind</th><th>Criterion</th><th>Message</th><th>Where</th>"
                 "</tr></thead>\n<tbody>\n";
    for (const auto& d : r.diagnostics) {  // warnings from loading, e.g. another pack version
        string message = d.message + (d.hint.empty() ? "" : " (hint: " + d.hint + ")");
        out += "<tr><td class=\"sev-" + string(to_string(d.severity)) + "\">" + to_string(d.severity) +
               "</td><td>input</td><td></td><td>" + esc(message) + "</td><td>" + location(d.where, r.file) + "</td></tr>\n";
    }
    for (const auto& f : r.findings)
        out += "<tr><td class=\"sev-" + string(to_string(f.severity)) + "\">" + to_string(f.severity) + "</td><td>" +
               esc(to_string(f.kind)) + "</td><td><code class=\"id\">" + esc(f.criterion_id) + "</code></td><td>" + esc(f.message) + "</td><td>" +
               location(f.where, r.file) + "</td></tr>\n";
    return out + "</tbody>\n</table>\n";
}

// An evidence entry's status (docs/evidence.md): "verified", "invalid: reason", with its SHA-256.
string evidence_status(const EvidenceCheck& e) {
    string out = " <span class=\"evidence-" + string(to_string(e.status)) + "\">" + esc(e.status_text()) + "</span>";
    if (e.status == EvidenceStatus::verified && !e.kind().empty()) out += " <span class=\"muted\">" + esc(e.kind()) + "</span>";
    if (!e.sha256().empty()) out += "<br><code class=\"muted\">sha256 " + esc(e.sha256()) + "</code>";
    return out;
}

string evidence_list(const Answer& a) {
    if (a.evidence.empty()) return "";
    string out = "<ul class=\"plain\">";
    for (std::size_t i = 0; i < a.evidence.size(); ++i)
        out += "<li>" + html_link_or_text(a.evidence[i]) +
               (i < a.evidence_checks.size() ? evidence_status(a.evidence_checks[i]) : string()) + "</li>";
    return out + "</ul>";
}

// The audit trail of one vendor's evidence: every file and URL cited, its status and SHA-256, so an
// assessor can re-check each file with sha256sum and re-run the format checks.
constexpr std::size_t max_audit_rows = 1000;  // per vendor: the JSON report has every entry

string evidence_audit_rows(const VendorResult& r) {
    string out;
    std::size_t rows = 0, left_out = 0;
    for (const auto& p : r.priorities)
        for (const auto& cr : p.criteria) {
            if (!cr.answer) continue;
            for (const auto& e : cr.answer->evidence_checks)
                if (++rows > max_audit_rows) ++left_out;
                else out += "<tr><td>" + esc(vendor_heading(r)) + "</td><td><code class=\"id\">" + esc(cr.criterion->id) +
                       "</code></td><td><code>" + esc(e.cited) + "</code></td><td>" + esc(e.status_text()) + "</td><td>" +
                       esc(e.kind()) + (e.status == EvidenceStatus::verified && !e.reason().empty() ? ": " + esc(e.reason()) : string()) +
                       "</td><td><code>" + (e.sha256().empty() ? string("-") : esc(e.sha256())) + "</code></td></tr>\n";
        }
    if (left_out > 0)
        out += "<tr><td>" + esc(vendor_heading(r)) + "</td><td colspan=\"5\">and " + std::to_string(left_out) +
               " more pieces of evidence, not listed here (the JSON report lists every one)</td></tr>\n";
    const SignatureCheck& s = r.signature;
    if (s.status != SignatureStatus::not_checked)
        out += "<tr><td>" + esc(vendor_heading(r)) + "</td><td>signature</td><td><code>" + esc(s.file.empty() ? r.file : s.file) +
               "</code></td><td>" + esc(to_string(s.status)) + "</td><td>" + esc(s.reason) +
               (s.signer.empty() ? string() : ", " + esc(s.signer)) + "</td><td><code>" +
               (s.fingerprint.empty() ? string("-") : "fingerprint " + esc(s.fingerprint)) + "</code></td></tr>\n";
    return out;
}

string criterion_row(const CriterionResult& cr) {
    const Criterion& c = *cr.criterion;
    string answer = "<span class=\"muted\">unanswered</span>";
    string evidence;
    string comment;
    if (cr.answer) {
        answer = esc(cr.answer->display);
        evidence = evidence_list(*cr.answer);
        comment = esc(cr.answer->comment);
    }
    if (cr.evidence_missing) evidence += "<span class=\"muted\">evidence expected, none given</span>";
    string raw = "<span class=\"muted\">not scored</span>";
    string credit = raw;
    if (!cr.in_stage) {
        raw = credit = "<span class=\"muted\">not scored at this stage</span>";
    } else if (c.type != AnswerType::text && cr.applicable) {
        raw = format_fixed(cr.raw, 2);
        credit = format_fixed(cr.credit, 2);
    } else if (c.type != AnswerType::text) {
        raw = credit = "n/a";
    }
    return "<tr><td><code class=\"id\">" + esc(c.id) + "</code>" + (c.gate ? " <span class=\"badge tag\">gate</span>" : "") +
           "</td><td>" + esc(c.title) + "</td><td>" + answer + (cr.answer && cr.answer->where.line > 0
           ? "<br><code class=\"muted\">" + std::to_string(cr.answer->where.line) + ":" +
                 std::to_string(cr.answer->where.column) + "</code>" : "") +
           "</td><td class=\"num\">" + raw + "</td><td class=\"num\">" + credit + "</td><td class=\"num\">" +
           esc(format_number(c.weight)) + "</td><td>" + evidence + "</td><td>" + comment + "</td></tr>\n";
}

string answers(const VendorResult& r) {
    string out;
    for (const auto& p : r.priorities) {
        out += "<h4><code>" + esc(p.priority->id) + "</code> " + esc(p.priority->title) + ": " +
               (p.applicable ? format_fixed(p.score, 1) : !p.in_stage ? string("not scored at this stage") : string("n/a")) + "</h4>\n";
        out += "<table>\n<thead><tr><th>Criterion</th><th>Title</th><th>Answer</th><th class=\"num\">Raw</th>"
               "<th class=\"num\">Credit</th><th class=\"num\">Weight</th><th>Evidence</th><th>Comment</th></tr></thead>\n"
               "<tbody>\n";
        for (const auto& cr : p.criteria) out += criterion_row(cr);
        out += "</tbody>\n</table>\n";
    }
    return out;
}

string vendor_section(const VendorResult& r, const RulePack& pack, std::size_t index) {
    string out = "<section class=\"vendor\" id=\"" + anchor(index) + "\">\n<h2>" + std::to_string(r.rank) + ". " +
                 esc(vendor_heading(r)) + " " + verdict_badge(r.verdict) + "</h2>\n";
    out += "<dl class=\"meta\">\n<dt>Score</dt><dd>" +
           (r.scored ? format_fixed(r.score, 1) + " of 100 (threshold " + esc(format_number(pack.pass_threshold)) + ")"
                     : string("not scored: a screening checks the must-have gates only")) +
           "</dd>\n<dt>Verdict</dt><dd>" + to_string(r.verdict) +
           "</dd>\n<dt>Answers dated</dt><dd>" + esc(r.date) + "</dd>\n<dt>File</dt><dd><code>" + esc(r.file) +
           "</code></dd>\n<dt>SHA-256</dt><dd><code>" + esc(r.sha256) + "</code></dd>\n";
    if (!r.contact.empty())
        out += "<dt>Contact</dt><dd>" + esc(r.contact) + "</dd>\n";
    if (r.signature.status != SignatureStatus::not_checked)
        out += "<dt>Signature</dt><dd>" + esc(to_string(r.signature.status)) + ": " + esc(r.signature.reason) +
               (r.signature.fingerprint.empty() ? string() : " (fingerprint <code>" + esc(r.signature.fingerprint) + "</code>)") +
               "</dd>\n";
    out += "</dl>\n";
    if (r.scored) out += "<h3>Priority scores</h3>\n" + chart(r, pack, index);
    out += "<h3>Gates (must-haves)</h3>\n" + gates(r);
    out += "<h3>Findings</h3>\n" + findings(r);
    if (!r.scored) return out + "</section>\n";
    out += "<h3>Answers and evidence</h3>\n<p>Raw: the answer's score (0\u20131); credit: raw, reduced to " +
           esc(format_number(pack.unevidenced_credit)) +
           " of it when expected evidence is missing; a priority's score is its criteria's credit weighted "
           "by weight.</p>\n" + answers(r);
    return out + "</section>\n";
}

string invalid_section(const RunInfo& report) {
    string out;
    for (const auto& r : report.ranked) {
        if (r.verdict != Verdict::invalid) continue;
        out += "<h3><code>" + esc(r.file) + "</code> " + verdict_badge(r.verdict) + "</h3>\n<ul>\n";
        for (const auto& d : r.diagnostics) {
            SourceLocation at = d.where;
            if (at.file.empty()) at.file = r.file;
            out += "<li><code>" + esc(format_location(at)) + "</code>: <span class=\"sev-" + to_string(d.severity) +
                   "\">" + to_string(d.severity) + "</span>: " + esc(d.message) +
                   (d.hint.empty() ? "" : " (hint: " + esc(d.hint) + ")") + "</li>\n";
        }
        out += "</ul>\n";
    }
    if (out.empty()) return out;
    return "<section class=\"invalid\" id=\"invalid\">\n<h2>Invalid responses</h2>\n<p>These files were not scored; "
           "each problem is listed as file:line:column.</p>\n" + out + "</section>\n";
}

string appendix(const RunInfo& report, const string& evidence_rows) {
    const RulePack& pack = *report.pack;
    string out = "<section class=\"appendix\" id=\"appendix\">\n<h2>Appendix</h2>\n<h3>Input files</h3>\n"
                 "<table>\n<thead><tr><th>File</th><th>Verdict</th><th>SHA-256</th></tr></thead>\n<tbody>\n";
    for (const auto& r : report.ranked)
        out += "<tr><td><code>" + esc(r.file) + "</code></td><td>" + to_string(r.verdict) + "</td><td><code>" +
               (r.sha256.empty() ? "<span class=\"muted\">not recorded (not scored)</span>" : esc(r.sha256)) +
               "</code></td></tr>\n";
    out += "</tbody>\n</table>\n<h3>Evidence</h3>\n<p>" +
           string(report.evidence_verified ? "Every local evidence file was opened, hashed and checked by content (--verify-evidence)."
                                           : "Evidence files were not opened (no --verify-evidence), except files the responses pin by SHA-256.") +
           " URLs are cited, never fetched. Re-check a file with <code>sha256sum FILE</code> in the response's folder.</p>\n";
    out += evidence_rows.empty() ? string("<p class=\"muted\">No evidence was cited.</p>\n")
                                 : "<table>\n<thead><tr><th>Vendor</th><th>Criterion</th><th>Evidence</th><th>Status</th><th>Content</th>"
                                   "<th>SHA-256</th></tr></thead>\n<tbody>\n" + evidence_rows + "</tbody>\n</table>\n";
    out += "<h3>Rule pack sources</h3>\n";
    if (pack.sources.empty()) return out + "<p class=\"muted\">The rule pack lists no sources.</p>\n</section>\n";
    out += "<ul>\n";
    for (const auto& s : pack.sources) {
        out += "<li>" + esc(s.title);
        if (!s.publisher.empty()) out += ", " + esc(s.publisher);
        if (!s.date.empty()) out += ", " + esc(s.date);
        if (!s.url.empty()) out += ": " + html_link_or_text(s.url);
        out += "</li>\n";
    }
    return out + "</ul>\n</section>\n";
}

class HtmlWriter : public ReportWriter {
public:
    explicit HtmlWriter(const RenderOptions& options) {
        if (options.sensitivity) stability_.emplace(*options.sensitivity);
    }

    void begin(const RunInfo& run, std::string& out) override {
        run_ = &run;
        const RulePack& pack = *run.pack;
        out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"" + string(content_security_policy) + "\">\n"
               "<meta name=\"referrer\" content=\"no-referrer\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>Vendor security scorecard: " + esc(pack.title) + "</title>\n<style>" + stylesheet +
               "</style>\n</head>\n<body>\n";
        out += header(run);
        out += "<main>\n" + ranking(run) + invalid_section(run);
    }

    void vendor(const VendorResult& r, std::string& out) override {
        if (r.verdict != Verdict::invalid) {
            out += vendor_section(r, *run_->pack, position_);
            const string rows = evidence_audit_rows(r);
            audit_rows_ = audit_rows_ || !rows.empty();
            if (audit_) std::fwrite(rows.data(), 1, rows.size(), audit_.get());
        }
        if (stability_) stability_->add(r);
        ++position_;
    }

    void end(std::string& out) override {
        const RulePack& pack = *run_->pack;
        if (stability_) out += stability_->render(pack);
        out += appendix(*run_, audit_rows_ ? spooled_audit() : string());
        out += "</main>\n<footer>\n<p>Generated by sbdscore " + sbdscore_version();
        if (!run_->as_of.empty()) out += " on " + esc(run_->as_of);
        out += " with rule pack " + esc(pack.id) + " " + esc(pack.version) +
               ". This file is self-contained: it has no scripts and loads nothing from the network.</p>\n</footer>\n"
               "</body>\n</html>\n";
    }

private:
    const RunInfo* run_ = nullptr;
    // The appendix's audit trail, a row per piece of evidence, spooled to a temporary file as the
    // vendors go by, so ten thousand vendors' rows never sit in memory until the end.
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> audit_{std::tmpfile(), std::fclose};
    bool audit_rows_ = false;

    string spooled_audit() {
        string rows;
        if (!audit_) return "<tr><td colspan=\"6\">(no temporary file for the audit trail)</td></tr>\n";
        std::rewind(audit_.get());
        char chunk[64 * 1024];
        for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, audit_.get())) > 0;) rows.append(chunk, n);
        return rows;
    }
    std::size_t position_ = 0;  // in rank order: names the vendor's anchor, as the ranking links it
    std::optional<RankStabilitySection> stability_;  // evaluate --sensitivity
};

}  // namespace

std::unique_ptr<ReportWriter> make_html_writer(const RenderOptions& options) { return std::make_unique<HtmlWriter>(options); }

}  // namespace sbd
