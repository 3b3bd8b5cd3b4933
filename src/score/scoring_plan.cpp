#include "score/scoring_plan.hpp"

#include "score/scoring.hpp"

namespace sbd {

VendorResult ScoringPlan::score(const VendorResponse& response, std::vector<Diagnostic> load_warnings,
                                std::vector<WaiverMatch>* matches) const {
    VendorResult result = score_response(pack, response, std::move(load_warnings), ScoreOptions{stage, screen, today});
    auto found = waive_result(result, waivers, today, pack);
    if (matches) *matches = std::move(found);
    return result;
}

Result<void> ScoringPlan::waiver_warnings(const std::vector<WaivedVendor>& run) const {
    return sbd::waiver_warnings(waivers, run, today, pack);
}

Result<VendorResult> ScoringPlan::score_alone(const VendorResponse& response, std::vector<Diagnostic> load_warnings) const {
    std::vector<WaiverMatch> matches;
    Result<VendorResult> result(score(response, std::move(load_warnings), &matches));
    result.diagnostics = waiver_warnings({{result->vendor, std::move(matches)}}).diagnostics;
    return result;
}

}  // namespace sbd
