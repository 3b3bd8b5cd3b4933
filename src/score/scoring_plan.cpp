#include "score/scoring_plan.hpp"

#include "score/scoring.hpp"
#include "score/waiver_apply.hpp"

namespace sbd {

VendorResult ScoringPlan::score(const VendorResponse& response, std::vector<Diagnostic> load_warnings) const {
    return score_response(pack, response, std::move(load_warnings));
}

Result<void> ScoringPlan::waive(std::vector<VendorResult>& results) const {
    return apply_waivers(results, waivers, today, pack);
}

Result<VendorResult> ScoringPlan::score_alone(const VendorResponse& response, std::vector<Diagnostic> load_warnings) const {
    std::vector<VendorResult> one;
    one.push_back(score(response, std::move(load_warnings)));
    Result<VendorResult> result;
    result.diagnostics = waive(one).diagnostics;
    result.value = std::move(one.front());
    return result;
}

}  // namespace sbd
