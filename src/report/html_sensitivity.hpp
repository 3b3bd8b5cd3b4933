#pragma once
// The "Rank stability" section of the HTML report (evaluate --sensitivity; docs/sensitivity.md).

#include <string>

#include "analysis/sensitivity.hpp"
#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"
#include "util/result.hpp"

namespace sbd {

// A <section> for the HTML report: its classes and stylesheet, every string escaped.
std::string render_html_rank_stability(const RankStability& stability, const RulePack& pack);

// The section for a run's analysis (RunInfo::stability): the figures, or a note saying why the run
// could not be analysed.
std::string render_html_rank_stability(const Result<RankStability>& stability, const RulePack& pack);

}  // namespace sbd
