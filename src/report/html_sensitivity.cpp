// The "Rank stability" section of the HTML report: a stacked bar per vendor of the share of samples
// at each rank, the figures behind it, central weights and where first place changes. Its own file
// so the report's layout and this section can change independently; it uses the report's classes
// (num, muted, badge) and nothing else of it.
#include "report/html_sensitivity.hpp"

#include "report/sensitivity_words.hpp"
#include "util/html_escape.hpp"
#include "util/svg_stacked_bar_chart.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

using std::string;

string esc(std::string_view s) { return html_escape(s); }

// A figure's cell: the report's td.num, kept on one line (its cells may otherwise break anywhere).
string figure(const string& text) { return "<td class=\"num\" style=\"white-space: nowrap\">" + esc(text) + "</td>"; }

// Dark to light blues in even steps of luminance (0.03, 0.11, 0.26, 0.46, 0.67, 0.91), so rank
// order reads in grey print too; white text on the two darkest, dark text on the rest (contrast >= 6).
const StackedSeries series_style[] = {
    {"", "#08306b", "#ffffff"}, {"", "#1f5fa8", "#ffffff"}, {"", "#4a8fcc", "#1a1a1a"},
    {"", "#86bce0", "#1a1a1a"}, {"", "#bcd9ee", "#1a1a1a"}, {"", "#eef5fc", "#1a1a1a"},
};

string chart(const RankStability& s) {
    StackedBarChart c;
    c.id = "rank-stability-chart";
    c.title = "Share of samples in which each vendor takes each rank";
    const auto columns = rank_columns(s.vendors.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        StackedSeries series = series_style[i];
        series.name = "rank " + columns[i].label;
        c.series.push_back(series);
    }
    for (std::size_t v = 0; v < s.vendors.size(); ++v) {
        StackedRow row{vendor_label(s, v), {}};
        for (const auto& col : columns) row.shares.push_back(column_share(s.vendors[v], col));
        c.rows.push_back(row);
    }
    return svg_stacked_bar_chart(c);
}

string rank_table(const RankStability& s) {
    const auto columns = rank_columns(s.vendors.size());
    string out = "<table>\n<thead><tr><th class=\"num\" rowspan=\"2\">Rank</th><th rowspan=\"2\">Vendor</th><th rowspan=\"2\">Product</th>"
                 "<th class=\"num\" rowspan=\"2\">Score</th><th rowspan=\"2\">Verdict</th><th colspan=\"" +
                 std::to_string(columns.size()) +
                 "\">Share of samples at rank, %</th><th class=\"num\" rowspan=\"2\">PASS, %</th>"
                 "<th rowspan=\"2\">Score, 90% of samples</th></tr>\n<tr>";
    for (const auto& c : columns) out += "<th class=\"num\">" + esc(c.label) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& v : s.vendors) {
        out += "<tr>" + figure(std::to_string(v.rank)) + "<td>" + esc(v.vendor) + "</td><td>" + esc(v.product) + "</td>" +
               figure(format_fixed(v.score, 1)) + "<td>" + to_string(v.verdict) + "</td>";
        for (const auto& c : columns) out += figure(share_percent(column_share(v, c)));
        out += figure(share_percent(v.pass_share)) + figure(format_fixed(v.score_interval.low, 2) + " to " + format_fixed(v.score_interval.high, 2)) +
               "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

string central_weights(const RankStability& s) {
    string out = "<table>\n<thead><tr><th>Weights</th>";
    for (std::size_t k = 0; k < s.priority_count; ++k)
        out += "<th class=\"num\"><abbr title=\"" + esc(s.weights[k].title) + "\">" + esc(s.weights[k].id) + "</abbr></th>";
    out += "<th>First under them</th></tr></thead>\n<tbody>\n<tr><td><em>given</em></td>";
    for (std::size_t k = 0; k < s.priority_count; ++k) out += figure(format_fixed(s.weights[k].weight, 2));
    out += "<td></td></tr>\n";
    for (std::size_t v = 0; v < s.vendors.size(); ++v) {
        const VendorStability& vs = s.vendors[v];
        if (vs.central_weights.empty()) continue;
        out += "<tr><td>" + esc(vendor_label(s, v)) + "</td>";
        for (std::size_t k = 0; k < s.priority_count; ++k) out += figure(format_fixed(vs.central_weights[k], 2));
        out += string("<td>") + (vs.first_at_central_weights ? "yes" : "no") + "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

string flip_table(const RankStability& s) {
    string out = "<table>\n<thead><tr><th>Priority</th><th class=\"num\">Weight</th><th>Weight lower</th><th>Weight higher</th>"
                 "</tr></thead>\n<tbody>\n";
    for (const auto& f : s.flips) {
        const VariedWeight& p = s.weights[f.priority];
        out += "<tr><td><code class=\"id\">" + esc(p.id) + "</code> " + esc(p.title) + "</td><td class=\"num\">" +
               esc(format_number(p.weight)) + "</td><td>" + esc(flip_cell(s, f.below, true)) + "</td><td>" +
               esc(flip_cell(s, f.above, false)) + "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace

string render_html_rank_stability(const RankStability& s, const RulePack& pack) {
    const SensitivitySettings& set = s.settings;
    string out = "<section class=\"stability\" id=\"rank-stability\" style=\"break-before: page\">\n<h2>Rank stability</h2>\n";
    out += "<p>Would the ranking change under other reasonable weights? The pack's " + std::to_string(s.priority_count) + " priorities are weighed by "
           "judgement, so the weights were varied " + std::to_string(set.samples) + " times around the ones used above" +
           (set.criteria ? " (the criterion weights within each priority too)" : "") + ": each time " +
           esc(format_number(100 * set.spread)) + "% of the total weight was dealt out at random among the priorities (spread " +
           esc(format_number(set.spread)) + ", seed " + std::to_string(set.seed) +
           "), every vendor re-scored and re-ranked by the same rules (gates and floors unchanged; pass threshold " +
           esc(format_number(pack.pass_threshold)) + ").</p>\n";
    out += "<p><strong>" + esc(stability_headline(s)) + "</strong></p>\n";
    out += "<h3>Share of samples at each rank</h3>\n" + chart(s) + rank_table(s);
    out += "<p>Rank, score and verdict at the weights used above. Each bar and row: the share of samples in which the vendor "
           "takes that rank (a tie shares its ranks evenly); PASS: the share in which its verdict is PASS. Sampling error of "
           "a share: at most " + esc(sampling_error(s)) + " percentage points (95%).</p>\n";
    out += "<h3>Central weights</h3>\n<p>The mean weights of the samples in which a vendor ranks first: the kind of "
           "weighting under which it wins.</p>\n" + central_weights(s);
    out += "<h3>What changes first place</h3>\n<p>Each priority's weight alone multiplied by a factor from 0 to " +
           esc(format_number(max_flip_factor)) +
           ", the others as given: the factor at which first place changes, and who takes it; factors rounded toward 1.</p>\n" +
           flip_table(s);
    if (!s.left_out.empty()) {
        out += "<p>Left out, not scored (INVALID):</p>\n<ul>\n";
        for (const auto& f : s.left_out) out += "<li><code>" + esc(f) + "</code></li>\n";
        out += "</ul>\n";
    }
    out += "<p class=\"muted\">Method: stochastic multicriteria acceptability analysis, SMAA-2 (R. Lahdelma and P. Salminen, "
           "Operations Research 49(3):444\u2013454, 2001): rank acceptability indices, central weight vectors and, "
           "since the scores are exact, a yes/no confidence factor. Weights w = (1 \u2212 s)\u00b7given + s\u00b7total\u00b7u with u "
           "uniform on the simplex; the same inputs and seed give the same figures.</p>\n";
    return out + "</section>\n";
}

string render_html_rank_stability(const Result<RankStability>& analysis, const RulePack& pack) {
    if (analysis) return render_html_rank_stability(*analysis, pack);
    string out = "<section class=\"stability\" id=\"rank-stability\">\n<h2>Rank stability</h2>\n";
    for (const auto& d : analysis.diagnostics) out += "<p class=\"muted\">Not analysed: " + esc(d.message) + ".</p>\n";
    return out + "</section>\n";
}

}  // namespace sbd
