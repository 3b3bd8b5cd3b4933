#pragma once
// Scoring of a loaded response against its rule pack (formulas in docs/scoring.md).

#include <string>
#include <vector>

#include "sbdscore/response.hpp"
#include "sbdscore/rule_pack.hpp"
#include "sbdscore/scorecard.hpp"

namespace sbd {

// Scores within this of a bound count as reaching it: 70 must not fail as 69.99999999999999.
constexpr double score_tolerance = 1e-9;

// Raw score in [0,1] of a (valid, applicable) answer to a criterion.
double raw_score(const Criterion& criterion, const Answer& answer);

// True when an answer's raw score passes the criterion's gate (gate_min_score, within tolerance).
bool meets_gate(const Criterion& criterion, double raw);

// True when a positive answer comes without the evidence the criterion expects: its credit is
// reduced, and a gate it meets is only unverified.
bool lacks_expected_evidence(const Criterion& criterion, const Answer& answer, double raw);

VendorResult score_response(const RulePack& pack, const VendorResponse& response,
                            std::vector<Diagnostic> load_warnings = {});

// The verdict of a scored result from its gates, score and priority floors (docs/scoring.md, 6):
// recomputed after gates change status (waivers).
Verdict verdict_for(const VendorResult& result, const RulePack& pack);

// True when an applicable priority scores below the floor a profile set for it.
bool below_floor(const PriorityResult& priority);

// A file that could not be read as a response: verdict INVALID, with the reasons.
VendorResult invalid_result(const std::string& file, std::vector<Diagnostic> diagnostics);

}  // namespace sbd
