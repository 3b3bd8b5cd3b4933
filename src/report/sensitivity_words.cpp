#include "report/sensitivity_words.hpp"

#include <cmath>

#include "util/text.hpp"

namespace sbd {

std::string share_percent(double share) {
    if (share <= 0) return "-";
    if (share >= 1) return "100";
    const double percent = 100 * share;
    if (percent < 0.05) return "<0.1";
    if (percent >= 99.95) return ">99.9";
    return format_fixed(percent, 1);
}

std::vector<RankColumn> rank_columns(std::size_t vendors) {
    std::vector<RankColumn> columns;
    const std::size_t single = vendors <= 6 ? vendors : 5;
    for (std::size_t r = 0; r < single; ++r) columns.push_back({std::to_string(r + 1), r, r});
    if (single < vendors) columns.push_back({std::to_string(single + 1) + "+", single, vendors - 1});
    return columns;
}

double column_share(const VendorStability& vendor, const RankColumn& column) {
    double share = 0;
    for (std::size_t r = column.first; r <= column.last && r < vendor.rank_shares.size(); ++r) share += vendor.rank_shares[r];
    return share;
}

std::string vendor_label(const RankStability& s, std::size_t v) {
    const VendorStability& me = s.vendors[v];
    bool shared = false;
    for (std::size_t i = 0; i < s.vendors.size(); ++i) shared = shared || (i != v && s.vendors[i].vendor == me.vendor);
    return clip_text(shared ? me.vendor + " " + me.product : me.vendor, shown::name);
}

std::string vendors_label(const RankStability& s, const std::vector<std::size_t>& vendors) {
    std::string out;
    for (std::size_t i = 0; i < vendors.size(); ++i) {
        if (i > 0) out += i + 1 == vendors.size() ? " and " : ", ";
        out += vendor_label(s, vendors[i]);
    }
    return out;
}

std::string method_summary(const RankStability& s) {
    const std::size_t criteria = s.weights.size() - s.priority_count;
    return std::to_string(s.settings.samples) + (s.settings.samples == 1 ? " sample" : " samples") + " of the " +
           std::to_string(s.priority_count) + " priority weights" +
           (s.settings.criteria ? " and the " + std::to_string(criteria) + " criterion weights" : "") + " (spread " +
           format_number(s.settings.spread) + ", seed " + std::to_string(s.settings.seed) + ")";
}

std::string sampling_error(const RankStability& s) {
    const double points = 1.96 * 0.5 / std::sqrt(static_cast<double>(s.settings.samples)) * 100;
    return "\u00b1" + format_fixed(points, points < 0.1 ? 2 : 1);
}

namespace {

std::string factor_text(double factor, bool below) {
    const double hundredths = below ? std::ceil(factor * 100 - 1e-9) : std::floor(factor * 100 + 1e-9);
    return format_fixed(hundredths / 100, 2) + "x";
}

std::string first_place(const RankStability& s, const std::vector<std::size_t>& first) {
    return vendors_label(s, first) + (first.size() == 1 ? " is first" : " share first place");
}

}  // namespace

std::string flip_cell(const RankStability& s, const std::optional<FlipPoint>& point, bool below) {
    if (!point) return "none";
    if (below && point->factor == 0) return "left out: " + vendors_label(s, point->first);
    return (below ? "below " : "above ") + factor_text(point->factor, below) + ": " + vendors_label(s, point->first);
}

std::string stability_headline(const RankStability& s) {
    const std::string leaders = vendors_label(s, s.leaders);
    const bool one = s.leaders.size() == 1;
    const auto nearest = nearest_flip(s);
    if (!nearest)
        return leaders + (one ? " stays" : " stay") + " first whatever any one priority weighs, from 0 to " +
               format_number(max_flip_factor) + "x its current weight, the others as given.";
    const PriorityFlip& f = s.flips[nearest->flip];
    const FlipPoint& point = nearest->below ? *f.below : *f.above;
    const VariedWeight& p = s.weights[f.priority];
    std::string change;
    if (nearest->below && point.factor == 0) change = " is left out entirely";
    else
        change = std::string(nearest->below ? " weighs less than " : " weighs more than ") + factor_text(point.factor, nearest->below) +
                 " its current weight";
    return leaders + (one ? " stays" : " stay") + " first unless " + clip_text(p.title, shown::name) + " (" +
           clip_text(p.id, shown::word) + ")" + change + " (then " + first_place(s, point.first) + ").";
}

}  // namespace sbd
