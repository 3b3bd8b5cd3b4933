// The cover, executive summary and comparison of the HTML report (html_overview.hpp). Reasons come
// from the summaries (score/verdict_checks: one source for every format); every vendor and pack
// string goes through html_escape.
#include "report/html_overview.hpp"

#include <string>

#include "report/html_parts.hpp"
#include "report/summary_words.hpp"
#include "score/scoring.hpp"
#include "util/html_escape.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

using std::string;

string esc(std::string_view s) { return html_escape(s); }

// A table column's width as a share of the table, for <colgroup> (fixed table layout).
string col(double percent) { return "<col style=\"width: " + format_fixed(percent, 2) + "%\">"; }

string recommendation(const RunInfo& run) {
    return "<p class=\"recommendation\"><strong>Recommendation.</strong> " + esc(recommendation_text(run)) + "</p>\n";
}

string verdict_counts(const RunInfo& run) {
    const VerdictCounts c = count_verdicts(run.ranked);
    string out = "<p class=\"counts\">" + count_of(run.ranked.size(), "vendor", "vendors") + ": ";
    const std::pair<Verdict, std::size_t> counts[] = {
        {Verdict::pass, c.pass}, {Verdict::review, c.review}, {Verdict::fail, c.fail}, {Verdict::invalid, c.invalid}};
    for (const auto& [verdict, n] : counts)
        out += "<span class=\"badge " + html::verdict_class(verdict) + "\">" + std::to_string(n) + " " + to_string(verdict) + "</span>";
    return out + "</p>\n";
}

string why(const ResultSummary& r, const RulePack& pack) {
    string out = esc(summary_why(r, pack));
    if (r.verdict == Verdict::invalid) out += " See <a href=\"#invalid\">Invalid responses</a>.";
    return out;
}

string summary_table(const RunInfo& run) {
    string out = "<table class=\"fixed summary-table\">\n<colgroup><col style=\"width: 3.4em\">" + col(30) +
                 "<col style=\"width: 3.8em\"><col style=\"width: 7em\"><col></colgroup>\n"
                 "<thead><tr><th class=\"num\">Rank</th><th>Vendor and product</th><th class=\"num\">Score</th><th>Verdict</th>"
                 "<th>Why</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < run.ranked.size(); ++i) {
        const ResultSummary& r = run.ranked[i];
        if (r.verdict == Verdict::invalid) {
            out += "<tr><td class=\"num\">\u2013</td><td><code>" + esc(r.file) + "</code></td><td class=\"num\">\u2013</td><td>" +
                   html::verdict_badge(r.verdict) + "</td><td class=\"why\">" + why(r, *run.pack) + "</td></tr>\n";
            continue;
        }
        out += "<tr><td class=\"num\">" + std::to_string(r.rank) + "</td><td><a href=\"#" + html::vendor_anchor(i) + "\">" +
               esc(r.vendor) + "</a><br><span class=\"small\">" + esc(r.product) + " " + esc(r.version) + "</span></td><td class=\"num\">" +
               (r.scored ? format_fixed(r.score, 1) : string("\u2013")) + "</td><td>" + html::verdict_badge(r.verdict) + "</td><td class=\"why\">" +
               why(r, *run.pack) + "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

// A heat-map class for a score as the cell shows it (rounded), so "70" never sits in the 60s.
string heat_class(double score) {
    const int shown = std::stoi(format_fixed(score, 0));
    return shown >= 90 ? "heat-5" : shown >= 80 ? "heat-4" : shown >= 70 ? "heat-3" : shown >= 60 ? "heat-2" : "heat-1";
}

// The first cell of a comparison row: rank, vendor (linked to its section) and, in the heat map,
// the product (the matrix below it keeps to one line a row: its rank and vendor say which row).
string vendor_cell(const ResultSummary& r, std::size_t position, bool with_product) {
    return "<td>" + std::to_string(r.rank) + ". <a href=\"#" + html::vendor_anchor(position) + "\">" + esc(r.vendor) + "</a>" +
           (with_product ? " <span class=\"small\">" + esc(r.product) + "</span>" : string()) + "</td>";
}

std::size_t scored_count(const RunInfo& run) {
    std::size_t n = 0;
    for (const auto& r : run.ranked) n += r.verdict != Verdict::invalid;
    return n;
}

string heat_map(const RunInfo& run) {
    const RulePack& pack = *run.pack;
    const std::size_t n = pack.priorities.size();
    string out = "<table class=\"fixed heatmap\">\n<colgroup>" + col(32) + col(7);
    for (std::size_t k = 0; k < n; ++k) out += col(61.0 / static_cast<double>(n));
    out += "</colgroup>\n<thead><tr><th>Vendor</th><th class=\"num\">Score</th>";
    for (const auto& p : pack.priorities) out += "<th class=\"heat\"><abbr title=\"" + esc(p.title) + "\">" + esc(p.id) + "</abbr></th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < run.ranked.size(); ++i) {
        const ResultSummary& r = run.ranked[i];
        if (r.verdict == Verdict::invalid) continue;
        out += "<tr>" + vendor_cell(r, i, true) + "<td class=\"num\">" + format_fixed(r.score, 1) + "</td>";
        for (std::size_t k = 0; k < n; ++k) {
            const std::optional<double> score = k < r.priority_scores.size() ? r.priority_scores[k] : std::nullopt;
            if (!score) {
                out += "<td class=\"heat heat-na\">n/a</td>";
                continue;
            }
            const bool under = below_floor(*score, pack.priorities[k].floor);
            out += "<td class=\"heat " + heat_class(*score) + (under ? " below-floor" : "") + "\">" + format_fixed(*score, 0) +
                   (under ? "<span aria-hidden=\"true\">\u25BC</span><span class=\"sr\"> below the floor of " +
                                esc(format_number(pack.priorities[k].floor)) + "</span>"
                          : "") +
                   "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
    out += "<p class=\"legend\"><span>Priority scores, 0\u2013100:</span><span><span class=\"key heat-5\">90+</span> strong</span>"
           "<span><span class=\"key heat-4\">80s</span></span><span><span class=\"key heat-3\">70s</span></span>"
           "<span><span class=\"key heat-2\">60s</span></span><span><span class=\"key heat-1\">&lt;60</span> weak</span>"
           "<span><span class=\"key heat-na\">n/a</span> not applicable</span>";
    if (html::has_floors(pack))
        out += "<span><span class=\"key below-floor\">\u25BC</span> under the priority&#39;s floor (the verdict is at best REVIEW)</span>";
    out += "</p>\n<p class=\"small\">";
    std::vector<string> names;
    for (const auto& p : pack.priorities) {
        string name = "<strong>" + esc(p.id) + "</strong> " + esc(p.title);
        if (p.floor > 0) name += " (floor " + esc(format_number(p.floor)) + ")";
        names.push_back(name);
    }
    return out + join(names, " \u00B7 ") + "</p>\n";
}

struct Mark {
    const char* glyph;
    const char* words;
};

Mark gate_mark(GateStatus s) {
    switch (s) {
        case GateStatus::pass: return {"\u2713", "pass"};
        case GateStatus::fail: return {"\u2717", "fail"};
        case GateStatus::unanswered: return {"\u25CB", "unanswered"};
        case GateStatus::unverified: return {"?", "unverified"};
        case GateStatus::not_applicable: return {"\u2013", "n/a"};
        case GateStatus::waived: return {"W", "waived"};
        case GateStatus::later_stage: return {"L", "later stage"};
    }
    return {"\u2717", "fail"};
}

string gate_matrix(const RunInfo& run) {
    const auto gates = run.pack->gates();
    if (gates.empty()) return "<p class=\"muted\">The rule pack has no must-haves.</p>\n";
    const std::size_t n = gates.size();
    // The vendor column gives way to the gates as they grow: a large profile has ten.
    const double vendor = n > 8 ? 26 : 32;
    string out = "<table class=\"fixed gate-matrix\">\n<colgroup>" + col(vendor);
    for (std::size_t k = 0; k < n; ++k) out += col((89 - vendor) / static_cast<double>(n));
    out += col(11) + "</colgroup>\n<thead><tr><th>Vendor</th>";
    for (const auto* g : gates) out += "<th class=\"mark\"><abbr title=\"" + esc(g->title) + "\">" + esc(g->id) + "</abbr></th>";
    out += "<th>Verdict</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < run.ranked.size(); ++i) {
        const ResultSummary& r = run.ranked[i];
        if (r.verdict == Verdict::invalid) continue;
        out += "<tr>" + vendor_cell(r, i, false);
        for (std::size_t k = 0; k < n; ++k) {
            if (k >= r.gate_statuses.size()) {
                out += "<td class=\"mark\"></td>";
                continue;
            }
            const Mark m = gate_mark(r.gate_statuses[k]);
            out += "<td class=\"mark " + html::gate_class(r.gate_statuses[k]) + "\"><span aria-hidden=\"true\">" + m.glyph +
                   "</span><span class=\"sr\">" + m.words + "</span></td>";
        }
        out += "<td>" + html::verdict_badge(r.verdict) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
    out += "<p class=\"legend\">";
    for (GateStatus s : {GateStatus::pass, GateStatus::fail, GateStatus::unanswered, GateStatus::unverified, GateStatus::waived,
                         GateStatus::not_applicable, GateStatus::later_stage}) {
        if (s == GateStatus::later_stage && run.stage.empty()) continue;
        const Mark m = gate_mark(s);
        const char* meaning = s == GateStatus::pass         ? "pass"
                              : s == GateStatus::fail       ? "fail (the verdict is FAIL)"
                              : s == GateStatus::unanswered ? "unanswered (counts as a fail)"
                              : s == GateStatus::unverified ? "unverified: claimed without evidence (at best REVIEW)"
                              : s == GateStatus::waived     ? "waived: an approved exception"
                              : s == GateStatus::later_stage ? "later stage: not verified at this stage"
                                                            : "n/a: does not apply";
        out += "<span><span class=\"key " + html::gate_class(s) + "\">" + m.glyph + "</span> " + meaning + "</span>";
    }
    out += "</p>\n<p class=\"small\">";
    std::vector<string> names;
    for (const auto* g : gates) names.push_back("<strong>" + esc(g->id) + "</strong> " + esc(g->title));
    return out + join(names, " \u00B7 ") + "</p>\n";
}

}  // namespace

string html_report_title(const RunInfo& run) { return run.labels.title.empty() ? "Vendor security scorecard" : run.labels.title; }

string html_cover(const RunInfo& run) {
    const RulePack& pack = *run.pack;
    string out = "<header class=\"cover\">\n";
    if (!run.labels.classification.empty()) out += "<p class=\"marking\">" + esc(run.labels.classification) + "</p>\n";
    if (!run.labels.organisation.empty()) out += "<p class=\"organisation\">" + esc(run.labels.organisation) + "</p>\n";
    out += "<h1>" + esc(html_report_title(run)) + "</h1>\n<p class=\"subtitle\">" + esc(pack.title) + "</p>\n";
    out += "<dl class=\"meta\">\n";
    if (!run.as_of.empty()) out += "<dt>Run date</dt><dd>" + esc(run.as_of) + "</dd>\n";
    out += "<dt>Rule pack</dt><dd><code>" + esc(pack.id) + "</code> version " + esc(pack.version) + " (" + esc(pack.origin) + ")</dd>\n";
    if (run.screen) out += "<dt>Screening</dt><dd>must-have gates only, no score</dd>\n";
    else out += "<dt>Pass threshold</dt><dd>" + esc(format_number(pack.pass_threshold)) + " of 100</dd>\n";
    if (!run.profile.empty()) out += "<dt>Profile</dt><dd>" + esc(run.profile) + "</dd>\n";
    if (!run.stage.empty()) out += "<dt>Stage</dt><dd>" + esc(run.stage) + ": criteria of later stages are not scored</dd>\n";
    return out + "</dl>\n</header>\n";
}

string html_executive_summary(const RunInfo& run) {
    string out = "<section class=\"summary\" id=\"summary\">\n<h2>Executive summary</h2>\n";
    out += recommendation(run) + verdict_counts(run) + summary_table(run);
    if (run.screen)
        out += "<p class=\"small\">A screening checks the must-haves alone; nothing is scored. PASS: every must-have met. "
               "REVIEW: every must-have met, but one claimed without evidence (or answers older than the profile accepts): an "
               "analyst decides. FAIL: a must-have failed or unanswered. INVALID: the response file could not be read. Each "
               "vendor&#39;s reasons in full are in its section.</p>\n";
    else
        out += "<p class=\"small\">Scores are 0\u2013100. PASS: every must-have met, every priority floor met and a score of at "
               "least the threshold. REVIEW: every must-have met, but a must-have claimed without evidence, a priority under its "
               "floor, a score under the threshold, a result beyond the profile&#39;s risk tolerance or answers older than it "
               "accepts: an analyst decides. FAIL: a must-have failed or unanswered. INVALID: the response file could not be "
               "scored. Each vendor&#39;s reasons in full are in its section.</p>\n";
    return out + "</section>\n";
}

string html_comparison(const RunInfo& run) {
    string out = "<section class=\"comparison\" id=\"comparison\">\n<h2>Comparison</h2>\n";
    const std::size_t scored = scored_count(run);
    if (scored == 0) return out + "<p class=\"muted\">No vendor was scored.</p>\n</section>\n";
    if (!run.screen) out += "<h3>Priority scores</h3>\n" + heat_map(run);  // a screening has no scores
    out += "<h3>Must-haves</h3>\n" + gate_matrix(run);
    if (scored < run.ranked.size())
        out += "<p class=\"muted\">Not compared: " + count_of(run.ranked.size() - scored, "INVALID file", "INVALID files") + ".</p>\n";
    return out + "</section>\n";
}

}  // namespace sbd
