#pragma once
// What scoring needs beyond the responses: the pack as adjusted by a profile, the waivers, and the
// date their expiry is checked against. evaluate, explain and compare all score through one.

#include <string>
#include <vector>

#include "model/report_labels.hpp"
#include "model/response.hpp"
#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"
#include "model/waiver.hpp"
#include "score/scoring.hpp"
#include "score/waiver_apply.hpp"
#include "util/result.hpp"

namespace sbd {

struct ScoringPlan {
    RulePack pack;
    std::string profile;  // described for reports ("small (built-in)"); empty without a profile
    ReportLabels labels;  // the profile's report title, organisation and classification, if it sets them
    std::vector<Waiver> waivers;
    std::string today;  // the run date, else today's UTC date: for waiver expiry and the age of answers
    std::string stage;  // evaluate --stage: score only what can be known at this stage; empty: everything
    bool screen = false;  // evaluate --screen: must-haves only, no score

    // Scores one response of a run and applies the waivers that match it; `matches` (when given)
    // receives what each matching waiver found, for the run's waiver warnings.
    VendorResult score(const VendorResponse& response, std::vector<Diagnostic> load_warnings,
                       std::vector<WaiverMatch>* matches = nullptr) const;

    // The run's warnings about waivers that were not applied (waiver_warnings).
    Result<void> waiver_warnings(const std::vector<WaivedVendor>& run) const;

    // A response on its own (explain, compare): scored, then waived; the waivers' warnings are
    // the diagnostics.
    Result<VendorResult> score_alone(const VendorResponse& response, std::vector<Diagnostic> load_warnings) const;
};

}  // namespace sbd
