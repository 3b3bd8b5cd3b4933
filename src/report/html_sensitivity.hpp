#pragma once
// The "Rank stability" section of the HTML report (evaluate --sensitivity; docs/sensitivity.md).

#include <string>
#include <vector>

#include "analysis/sensitivity.hpp"
#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"

namespace sbd {

// A <section> for the HTML report: its classes and stylesheet, every string escaped.
std::string render_html_rank_stability(const RankStability& stability, const RulePack& pack);

// The section as the HTML writer streams the vendors past it: it keeps what the analysis needs of
// each, then analyses and renders at the end (a note instead when the run cannot be analysed).
class RankStabilitySection {
public:
    explicit RankStabilitySection(const SensitivitySettings& settings) : settings_(settings) {}
    void add(const VendorResult& result);
    std::string render(const RulePack& pack) const;

private:
    SensitivitySettings settings_;
    std::vector<StabilityInput> vendors_;  // a few numbers each, not the results
};

}  // namespace sbd
