// The HTML report: one self-contained file a consultant can hand to a client (docs/reports.md).
// In reading order: the cover and executive summary (page 1 in print), the comparison (page 2), the
// rank stability (with --sensitivity), one section per vendor (each on a new page), the invalid
// responses, and with --detail full the audit appendix (every answer, its evidence and line, each
// file's SHA-256, the pack's sources). The first pages come from the run's summaries; the vendors'
// sections and appendix parts are streamed (run_report.hpp), so memory stays flat in the vendors.
// No script at all, and a Content-Security-Policy that forbids it; every string from a vendor file,
// a rule pack or a label goes through html_escape (css_string in the stylesheet), and only http(s)
// evidence becomes a link.
#include "report/html_overview.hpp"
#include "report/html_parts.hpp"
#include "report/html_sensitivity.hpp"
#include "report/html_style.hpp"
#include "report/renderers.hpp"
#include "score/verdict_checks.hpp"
#include "util/html_escape.hpp"
#include "util/svg_bar_chart.hpp"
#include "util/text.hpp"
#include "util/version.hpp"

namespace sbd {

namespace {

using std::string;

const char* const content_security_policy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

string esc(std::string_view s) { return html_escape(s); }

// Where an answer is within its file: "12:5", or the cell "Answers!F14" of a workbook.
string place_in_file(const SourceLocation& at) {
    return at.is_cell() ? cell_reference(at) : std::to_string(at.line) + ":" + std::to_string(at.column);
}

string vendor_heading(const VendorResult& r) { return r.vendor + " \u2014 " + r.product + " " + r.version; }

string chart(const VendorResult& r, const RulePack& pack, std::size_t index) {
    BarChart c;
    c.id = html::vendor_anchor(index) + "-chart";
    c.title = "Priority scores of " + r.vendor + " " + r.product + " (0 to 100)";
    c.threshold = pack.pass_threshold;
    for (const auto& p : r.priorities) {
        ChartBar bar{p.priority->id + " " + p.priority->title, std::nullopt};
        if (p.applicable) bar.value = p.score;
        c.bars.push_back(bar);
    }
    return svg_bar_chart(c);
}

// Why the verdict is what it is, in full sentences: every reason a REVIEW or FAIL has.
string reasons(const VendorResult& r, const RulePack& pack) {
    const auto checks = verdict_checks(r, pack);
    const auto why = verdict_reasons(checks);
    string out;
    if (why.empty() && !r.scored) {
        out = "<div class=\"reasons\"><p><strong>PASS:</strong> every must-have is met (a screening: no score).</p>";
    } else if (why.empty()) {
        out = "<div class=\"reasons\"><p><strong>PASS:</strong> every must-have is met" +
              string(html::has_floors(pack) ? ", every priority meets its floor" : "") + " and the score meets the pass threshold of " +
              esc(format_number(pack.pass_threshold)) + ".</p>";
    } else {
        out = "<div class=\"reasons\"><p><strong>Why " + string(to_string(r.verdict)) + ":</strong></p>\n<ul>\n";
        for (const auto& reason : why) out += "<li>" + esc(reason) + "</li>\n";
        out += "</ul>";
    }
    std::vector<string> waived;
    for (const auto& check : checks)
        if (check.outcome == VerdictCheck::Outcome::waived) waived.push_back(check.name);
    if (!waived.empty())
        out += "<p>Waived (an approved exception, see the must-haves below): " + esc(join(waived, "; ")) + ".</p>";
    return out + "</div>\n";
}

string gates(const VendorResult& r) {
    if (r.gates.empty()) return "<p class=\"muted\">The rule pack has no gates.</p>\n";
    string out = "<table class=\"fixed\">\n<colgroup><col style=\"width: 5.6em\"><col style=\"width: 30%\"><col style=\"width: 8.2em\"><col></colgroup>\n"
                 "<thead><tr><th>Gate</th><th>Must-have</th><th>Status</th><th>Reason</th></tr></thead>\n<tbody>\n";
    for (const auto& g : r.gates)
        out += "<tr><td><code class=\"id\">" + esc(g.criterion->id) + "</code></td><td>" + esc(g.criterion->title) + "</td><td>" +
               html::gate_badge(g.status) + "</td><td>" + esc(g.reason) + "</td></tr>\n";
    return out + "</tbody>\n</table>\n";
}

// The findings about single answers, grouped by kind with the criteria they concern: a few lines,
// not a table (each answer, its credit and its line are in the audit appendix). Unverified
// must-haves and missed floors are reasons, shown above; loading warnings come first, in full.
string findings(const VendorResult& r, const RulePack& pack) {
    static constexpr std::pair<FindingKind, const char*> kinds[] = {
        {FindingKind::unanswered, "Unanswered, counted as 0"},
        {FindingKind::unevidenced_claim, "Claimed without the expected evidence, so given reduced credit"},
        {FindingKind::not_applicable, "Answered n/a, so left out of their priority"},
    };
    string out;
    for (const auto& d : r.diagnostics)  // warnings from loading, e.g. another pack version
        out += "<li><span class=\"sev-" + string(to_string(d.severity)) + "\">" + to_string(d.severity) + "</span>: " +
               esc(d.message) + (d.hint.empty() ? "" : " (hint: " + esc(d.hint) + ")") + "</li>\n";
    for (const auto& [kind, words] : kinds) {
        std::vector<string> criteria;
        for (const auto& f : r.findings) {
            if (f.kind != kind) continue;
            const Criterion* c = pack.find_criterion(f.criterion_id);
            criteria.push_back("<code class=\"id\">" + esc(f.criterion_id) + "</code>" + (c ? " " + esc(c->title) : ""));
        }
        if (!criteria.empty())
            out += "<li>" + string(words) + " (" + std::to_string(criteria.size()) + "): " + join(criteria, "; ") + ".</li>\n";
    }
    if (out.empty()) return "<p class=\"muted\">None.</p>\n";
    return "<ul class=\"findings\">\n" + out + "</ul>\n";
}

// The response's signature, when the run checked signatures (--keyring): status, signer, fingerprint.
string signature_text(const SignatureCheck& s) {
    return esc(to_string(s.status)) + ": " + esc(s.reason) + (s.signer.empty() ? string() : ", " + esc(s.signer)) +
           (s.fingerprint.empty() ? string() : " (fingerprint <code class=\"hash\">" + esc(s.fingerprint) + "</code>)");
}

string vendor_section(const VendorResult& r, const RulePack& pack, std::size_t index, ReportDetail detail) {
    string out = "<section class=\"vendor\" id=\"" + html::vendor_anchor(index) + "\">\n<h2>" + std::to_string(r.rank) + ". " +
                 esc(vendor_heading(r)) + " " + html::verdict_badge(r.verdict) + "</h2>\n";
    out += reasons(r, pack);
    out += "<dl class=\"meta\">\n<dt>Score</dt><dd>" +
           (r.scored ? format_fixed(r.score, 1) + " of 100 (threshold " + esc(format_number(pack.pass_threshold)) + ")"
                     : string("not scored: a screening checks the must-have gates only")) +
           "</dd>\n<dt>Answers dated</dt><dd>" + esc(r.date) + "</dd>\n";
    if (!r.contact.empty()) out += "<dt>Contact</dt><dd>" + esc(r.contact) + "</dd>\n";
    if (r.signature.status != SignatureStatus::not_checked) out += "<dt>Signature</dt><dd>" + signature_text(r.signature) + "</dd>\n";
    if (detail == ReportDetail::full && r.scored)
        out += "<dt>Answers</dt><dd><a href=\"#" + html::vendor_anchor(index) + "-answers\">in the audit appendix</a></dd>\n";
    out += "</dl>\n";
    if (r.scored) out += "<h3>Priority scores</h3>\n" + chart(r, pack, index);
    out += "<h3>Must-haves</h3>\n" + gates(r);
    out += "<h3>Findings</h3>\n" + findings(r, pack);
    return out + "</section>\n";
}

string invalid_section(const RunInfo& run) {
    string out;
    for (const auto& r : run.ranked) {
        if (r.verdict != Verdict::invalid) continue;
        out += "<h3><code>" + esc(r.file) + "</code> " + html::verdict_badge(r.verdict) + "</h3>\n<ul>\n";
        for (const auto& d : r.diagnostics) {
            SourceLocation at = d.where;
            if (at.file.empty()) at.file = r.file;
            out += "<li><code>" + esc(format_location(at)) + "</code>: <span class=\"sev-" + to_string(d.severity) + "\">" +
                   to_string(d.severity) + "</span>: " + esc(d.message) + (d.hint.empty() ? "" : " (hint: " + esc(d.hint) + ")") +
                   "</li>\n";
        }
        out += "</ul>\n";
    }
    if (out.empty()) return out;
    return "<section class=\"invalid\" id=\"invalid\">\n<h2>Invalid responses</h2>\n<p>These files were not scored; "
           "each problem is listed as file:line:column.</p>\n" + out + "</section>\n";
}

// --- The audit appendix ---------------------------------------------------------------------

// An evidence entry's status (docs/evidence.md): "verified", "invalid: reason", with its SHA-256,
// so an assessor can re-check each file with sha256sum.
string evidence_status(const EvidenceCheck& e) {
    string out = " <span class=\"evidence-" + string(to_string(e.status)) + "\">" + esc(e.status_text()) + "</span>";
    if (e.status == EvidenceStatus::verified && !e.kind().empty()) out += " <span class=\"muted\">" + esc(e.kind()) + "</span>";
    if (!e.sha256().empty()) out += "<br><code class=\"hash\">sha256 " + esc(e.sha256()) + "</code>";
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


string criterion_row(const CriterionResult& cr) {
    const Criterion& c = *cr.criterion;
    string answer = "<span class=\"muted\">unanswered</span>";
    string where;
    string evidence;
    string comment;
    if (cr.answer) {
        answer = esc(cr.answer->display);
        evidence = evidence_list(*cr.answer);
        comment = esc(cr.answer->comment);
        if (cr.answer->where.line > 0) where = esc(place_in_file(cr.answer->where));
    }
    if (cr.evidence_missing) evidence += "<span class=\"muted\">evidence expected, none given</span>";
    // Two words in a narrow numeric column: they may take two lines rather than overflow it.
    string raw = "<span class=\"muted wraps\">not scored</span>";
    string credit = raw;
    if (!cr.in_stage) {
        raw = credit = "<span class=\"muted\">not scored at this stage</span>";
    } else if (c.type != AnswerType::text && cr.applicable) {
        raw = format_fixed(cr.raw, 2);
        credit = format_fixed(cr.credit, 2);
    } else if (c.type != AnswerType::text) {
        raw = credit = "n/a";
    }
    return "<tr><td><code class=\"id\">" + esc(c.id) + "</code>" + (c.gate ? " <span class=\"badge tag\">gate</span>" : "") + "<br>" +
           esc(c.title) + "</td><td>" + answer + "</td><td class=\"num\"><code>" + where + "</code></td><td class=\"num\">" + raw +
           "</td><td class=\"num\">" + credit + "</td><td class=\"num\">" + esc(format_number(c.weight)) + "</td><td>" + evidence +
           "</td><td>" + comment + "</td></tr>\n";
}

// One vendor's answers, as one table with a row per priority heading its criteria: the header
// repeats on every printed page of it.
string vendor_answers(const VendorResult& r, std::size_t index) {
    string out = "<section class=\"answers\" id=\"" + html::vendor_anchor(index) + "-answers\">\n<h3>" + std::to_string(r.rank) +
                 ". " + esc(vendor_heading(r)) + "</h3>\n";
    out += "<p>File <code>" + esc(r.file) + "</code>, SHA-256 <code class=\"hash\">" + esc(r.sha256) + "</code>; answers dated " +
           esc(r.date) + ".</p>\n";
    if (r.signature.status != SignatureStatus::not_checked) out += "<p>Signature: " + signature_text(r.signature) + ".</p>\n";
    out += "<table class=\"fixed answers\">\n<colgroup><col style=\"width: 22%\"><col style=\"width: 13%\"><col style=\"width: 4.6em\">"
           "<col style=\"width: 4.8em\"><col style=\"width: 4.8em\"><col style=\"width: 4.8em\"><col style=\"width: 21%\"><col></colgroup>\n"
           "<thead><tr><th>Criterion</th><th>Answer</th><th class=\"num\">Line</th><th class=\"num\">Raw</th><th class=\"num\">Credit</th>"
           "<th class=\"num\">Weight</th><th>Evidence</th><th>Comment</th></tr></thead>\n<tbody>\n";
    for (const auto& p : r.priorities) {
        out += "<tr class=\"group\"><th colspan=\"8\"><code>" + esc(p.priority->id) + "</code> " + esc(p.priority->title) + ": " +
               (p.applicable ? format_fixed(p.score, 1) : !p.in_stage ? string("not scored at this stage") : string("n/a")) + "</th></tr>\n";
        for (const auto& cr : p.criteria) out += criterion_row(cr);
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

string appendix_start(const RunInfo& run) {
    const RulePack& pack = *run.pack;
    string out = "<section class=\"appendix\" id=\"appendix\">\n<h2>Audit appendix</h2>\n";
    out += "<p>What every score above rests on: the input files, the rule pack&#39;s sources, and each vendor&#39;s answers "
           "with their evidence, comments and place in the file (line:column). Raw: the answer&#39;s score (0\u20131); credit: "
           "raw, reduced to " + esc(format_number(pack.unevidenced_credit)) +
           " of it when expected evidence is missing; a priority&#39;s score is its criteria&#39;s credit weighted by weight.</p>\n";
    out += string("<p>Evidence: ") +
           (run.evidence_verified ? "every local file a response cites was opened inside its bundle, hashed and checked by content "
                                    "(--verify-evidence); "
                                  : "files were not opened (no --verify-evidence), except those a response pins by SHA-256; ") +
           "URLs are cited, never fetched. Each entry shows its status (verified, cited, missing, invalid, tampered) and, "
           "for a file read, its SHA-256: re-check it with <code>sha256sum FILE</code> in the response&#39;s folder "
           "(docs/evidence.md).</p>\n";
    out += "<h3>Input files</h3>\n<table class=\"fixed\">\n<colgroup><col style=\"width: 42%\"><col style=\"width: 6.2em\"><col></colgroup>\n"
           "<thead><tr><th>File</th><th>Verdict</th><th>SHA-256</th></tr></thead>\n<tbody>\n";
    for (const auto& r : run.ranked)
        out += "<tr><td><code>" + esc(r.file) + "</code></td><td>" + to_string(r.verdict) + "</td><td>" +
               (r.sha256.empty() ? "<span class=\"muted\">not recorded (not scored)</span>" : "<code class=\"hash\">" + esc(r.sha256) + "</code>") +
               "</td></tr>\n";
    out += "</tbody>\n</table>\n<h3>Rule pack sources</h3>\n";
    if (pack.sources.empty()) {
        out += "<p class=\"muted\">The rule pack lists no sources.</p>\n";
    } else {
        out += "<ul>\n";
        for (const auto& s : pack.sources) {
            out += "<li>" + esc(s.title);
            if (!s.publisher.empty()) out += ", " + esc(s.publisher);
            if (!s.date.empty()) out += ", " + esc(s.date);
            if (!s.url.empty()) out += ": " + html_link_or_text(s.url);
            out += "</li>\n";
        }
        out += "</ul>\n";
    }
    return out + "<h3>Answers and evidence</h3>\n";
}

class HtmlWriter : public ReportWriter {
public:
    explicit HtmlWriter(const RenderOptions& options) : detail_(options.detail), paper_(options.paper) {}

    void begin(const RunInfo& run, std::string& out) override {
        run_ = &run;
        const RulePack& pack = *run.pack;
        const string title = html_report_title(run);
        out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"" + string(content_security_policy) + "\">\n"
               "<meta name=\"referrer\" content=\"no-referrer\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>" + esc(title) + ": " + esc(pack.title) + "</title>\n<style>" + html_stylesheet(run, title, paper_) +
               "</style>\n</head>\n<body>\n";
        out += html_cover(run) + "<main>\n" + html_executive_summary(run) + html_comparison(run);
        if (run.stability) out += render_html_rank_stability(*run.stability, pack);
    }

    void vendor(const VendorResult& r, std::string& out) override {
        if (r.verdict != Verdict::invalid) out += vendor_section(r, *run_->pack, position_, detail_);
        ++position_;
    }

    bool has_appendix() const override { return detail_ == ReportDetail::full; }

    void vendor_appendix(const VendorResult& r, std::string& out) override {
        // A screening scores no answers: its must-haves, in the vendor's section, are all it has.
        if (r.verdict != Verdict::invalid && r.scored) out += vendor_answers(r, appendix_position_);
        ++appendix_position_;
    }

    void after_vendors(std::string& out) override {
        out += invalid_section(*run_);
        if (detail_ == ReportDetail::full) out += appendix_start(*run_);
    }

    void end(std::string& out) override {
        const RulePack& pack = *run_->pack;
        if (detail_ == ReportDetail::full) out += "</section>\n";
        out += "</main>\n<footer>\n<p>Generated by sbdscore " + sbdscore_version();
        if (!run_->as_of.empty()) out += " on " + esc(run_->as_of);
        out += " with rule pack " + esc(pack.id) + " " + esc(pack.version) + (detail_ == ReportDetail::summary ? ", summary detail" : "") +
               ". This file is self-contained: it has no scripts and loads nothing from the network.</p>\n";
        if (!run_->labels.classification.empty())
            out += "<p class=\"marking marking-end\">" + esc(run_->labels.classification) + "</p>\n";
        out += "</footer>\n</body>\n</html>\n";
    }

private:
    const RunInfo* run_ = nullptr;
    ReportDetail detail_;
    PaperSize paper_;
    std::size_t position_ = 0;           // in rank order: names the vendor's anchor, as the summary links it
    std::size_t appendix_position_ = 0;  // the same, for the appendix parts
};

}  // namespace

std::unique_ptr<ReportWriter> make_html_writer(const RenderOptions& options) { return std::make_unique<HtmlWriter>(options); }

}  // namespace sbd
