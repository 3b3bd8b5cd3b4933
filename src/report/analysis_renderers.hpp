#pragma once
// `explain` and `compare` as text for a terminal and as JSON for tools (docs/commands.md), and
// `sensitivity` likewise (docs/sensitivity.md).

#include <string>

#include "analysis/compare.hpp"
#include "analysis/explain.hpp"
#include "analysis/sensitivity.hpp"

namespace sbd {

std::string render_explanation_text(const Explanation& explanation, const RulePack& pack, const std::string& profile);
std::string render_explanation_json(const Explanation& explanation, const RulePack& pack, const std::string& profile);

std::string render_comparison_text(const Comparison& comparison, const RulePack& pack);
std::string render_comparison_json(const Comparison& comparison, const RulePack& pack);

std::string render_rank_stability_text(const RankStability& stability, const RulePack& pack, const std::string& profile);
std::string render_rank_stability_json(const RankStability& stability, const RulePack& pack, const std::string& profile,
                                       const std::string& as_of);

}  // namespace sbd
