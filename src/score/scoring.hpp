#pragma once
// Scoring of a loaded response against its rule pack (formulas in docs/scoring.md).

#include <string>
#include <vector>

#include "model/criterion_scoring.hpp"
#include "model/response.hpp"
#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"

namespace sbd {

VendorResult score_response(const RulePack& pack, const VendorResponse& response,
                            std::vector<Diagnostic> load_warnings = {});

// The verdict of a scored result from its gates, score and priority floors (docs/scoring.md, 6):
// recomputed after gates change status (waivers).
Verdict verdict_for(const VendorResult& result, const RulePack& pack);

// The verdict rule itself, from its parts: a blocking gate makes FAIL; else a score under the pass
// threshold (within score_tolerance) or `needs_review` (an unverified gate, a priority under its
// floor) makes REVIEW; else PASS. verdict_for and the rank-stability analysis both decide by it.
Verdict verdict_from(bool gate_blocks, bool needs_review, double score, double pass_threshold);

// True when an applicable priority scores below the floor a profile set for it.
bool below_floor(const PriorityResult& priority);

// True when a priority score (0-100) is below `floor` (0: no floor), within score_tolerance.
bool below_floor(double score, double floor);

// A file that could not be read as a response: verdict INVALID, with the reasons.
VendorResult invalid_result(const std::string& file, std::vector<Diagnostic> diagnostics);

}  // namespace sbd
