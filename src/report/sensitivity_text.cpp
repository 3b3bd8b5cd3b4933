// `sensitivity` as aligned text for a terminal (docs/sensitivity.md).
#include <algorithm>

#include "report/analysis_renderers.hpp"
#include "report/sensitivity_words.hpp"
#include "util/text.hpp"
#include "util/version.hpp"

namespace sbd {

namespace {

constexpr std::size_t max_name_width = 24;
constexpr std::size_t share_width = 6;

std::string cell(const std::string& text) { return clip_text(text, max_name_width); }

std::string rank_table(const RankStability& s) {
    std::size_t vendor_w = display_width("Vendor"), product_w = display_width("Product");
    for (const auto& v : s.vendors) {
        vendor_w = std::max(vendor_w, display_width(cell(v.vendor)));
        product_w = std::max(product_w, display_width(cell(v.product)));
    }
    const auto columns = rank_columns(s.vendors.size());
    const std::string lead = pad_display("Rank", 4, true) + "  " + pad_display("Vendor", vendor_w) + "  " +
                             pad_display("Product", product_w) + "  " + pad_display("Score", 5, true) + "  " + pad_display("Verdict", 7);
    std::string caption = "Share of samples at rank, %";
    const std::size_t shares_w = columns.size() * (share_width + 1);
    std::string out = std::string(display_width(lead) + 1, ' ') + pad_display(caption, shares_w, true) + "\n";
    out += lead + " ";
    for (const auto& c : columns) out += " " + pad_display(c.label, share_width, true);
    out += "  " + pad_display("PASS %", share_width, true) + "  Score, 90% of samples\n";
    for (const auto& v : s.vendors) {
        std::string line = pad_display(std::to_string(v.rank), 4, true) + "  " + pad_display(cell(v.vendor), vendor_w) + "  " +
                           pad_display(cell(v.product), product_w) + "  " + pad_display(format_fixed(v.score, 1), 5, true) + "  " +
                           pad_display(to_string(v.verdict), 7) + " ";
        for (const auto& c : columns) line += " " + pad_display(share_percent(column_share(v, c)), share_width, true);
        line += "  " + pad_display(share_percent(v.pass_share), share_width, true) + "  " +
                format_fixed(v.score_interval.low, 2) + " to " + format_fixed(v.score_interval.high, 2);
        out += line + "\n";
    }
    return out;
}

std::string central_weights(const RankStability& s) {
    std::size_t name_w = display_width("given");
    for (std::size_t v = 0; v < s.vendors.size(); ++v)
        if (!s.vendors[v].central_weights.empty()) name_w = std::max(name_w, display_width(cell(vendor_label(s, v))));
    std::vector<std::size_t> widths;
    std::string out = "  " + std::string(name_w, ' ');
    for (std::size_t k = 0; k < s.priority_count; ++k) {
        const std::string id = clip_text(s.weights[k].id, 8);
        widths.push_back(std::max<std::size_t>(5, display_width(id)));
        out += " " + pad_display(id, widths.back(), true);
    }
    out += "  first there\n";
    auto row = [&](const std::string& name, const std::vector<double>& weights, const std::string& note) {
        std::string line = "  " + pad_display(name, name_w);
        for (std::size_t k = 0; k < s.priority_count; ++k) line += " " + pad_display(format_fixed(weights[k], 2), widths[k], true);
        return line + (note.empty() ? "" : "  " + note) + "\n";
    };
    std::vector<double> given;
    for (const auto& w : s.weights) given.push_back(w.weight);
    out += row("given", given, "");
    for (std::size_t v = 0; v < s.vendors.size(); ++v) {
        const VendorStability& vs = s.vendors[v];
        if (vs.central_weights.empty()) continue;
        out += row(cell(vendor_label(s, v)), vs.central_weights, vs.first_at_central_weights ? "yes" : "no");
    }
    return out;
}

std::string flip_table(const RankStability& s) {
    std::size_t name_w = display_width("Priority"), below_w = display_width("Weight lower");
    std::vector<std::string> names, below, above;
    for (const auto& f : s.flips) {
        const VariedWeight& p = s.weights[f.priority];
        names.push_back(clip_text(p.id, shown::word) + " " + clip_text(p.title, 36));
        below.push_back(flip_cell(s, f.below, true));
        above.push_back(flip_cell(s, f.above, false));
        name_w = std::max(name_w, display_width(names.back()));
        below_w = std::max(below_w, display_width(below.back()));
    }
    std::string out = "  " + pad_display("Priority", name_w) + "  " + pad_display("Weight", 6, true) + "  " +
                      pad_display("Weight lower", below_w) + "  Weight higher\n";
    for (std::size_t i = 0; i < s.flips.size(); ++i)
        out += "  " + pad_display(names[i], name_w) + "  " + pad_display(format_number(s.weights[s.flips[i].priority].weight), 6, true) +
               "  " + pad_display(below[i], below_w) + "  " + above[i] + "\n";
    return out;
}

}  // namespace

std::string render_rank_stability_text(const RankStability& s, const RulePack& pack, const std::string& profile) {
    std::string out = "sbdscore " + sbdscore_version() + " | pack " + pack.id + " " + pack.version + " (" + pack.origin + ")" +
                      (profile.empty() ? "" : " | profile " + profile) + " | pass threshold " + format_number(pack.pass_threshold) + "\n";
    out += "Rank stability: " + method_summary(s) + "\n\n";
    out += rank_table(s);
    out += "\nRank, Score, Verdict: at the given weights, as evaluate ranks them. Rank columns: the share of samples\n"
           "in which the vendor takes that rank ('-': never; a tie shares its ranks evenly). PASS %: samples in which\n"
           "its verdict is PASS, gates unchanged. Sampling error of a share: at most " + sampling_error(s) + " points (95%).\n";

    out += "\nCentral weights: the mean weights under which a vendor ranks first (first there: whether it does\n"
           "under them)" + std::string(s.settings.criteria ? "; the criterion weights are in --format json" : "") + ".\n";
    out += central_weights(s);

    out += "\nFirst place at the given weights: " + vendors_label(s, s.leaders) + ". Where it changes as one priority's\n"
           "weight alone is multiplied by a factor from 0 to " + format_number(max_flip_factor) + " (the others as given):\n";
    out += flip_table(s);
    out += "\n";
    for (const auto& line : wrap_words(stability_headline(s), 100)) out += line + "\n";

    if (!s.left_out.empty()) {
        out += "\nLeft out, INVALID (the errors are on standard error):\n";
        for (const auto& f : s.left_out) out += "  " + strip_control(f) + "\n";
    }
    return out;
}

}  // namespace sbd
