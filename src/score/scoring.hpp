#pragma once
// Scoring of a loaded response against its rule pack (formulas in docs/scoring.md).

#include <string>
#include <vector>

#include "model/criterion_scoring.hpp"
#include "model/response.hpp"
#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"

namespace sbd {

// What a run scores, and the date it scores on (docs/scoring.md, 9 and 10).
struct ScoreOptions {
    // A stage of the pack (evaluate --stage): only criteria of this stage and the stages before it
    // are scored; the others are "not scored at this stage". Empty: every criterion.
    std::string stage;
    // evaluate --screen: gates only, no score; the verdict comes from the gates (and the age of
    // the answers) alone.
    bool screen = false;
    // The run date (YYYY-MM-DD) the age of answers is measured against; empty: not checked.
    std::string today;
};

VendorResult score_response(const RulePack& pack, const VendorResponse& response,
                            std::vector<Diagnostic> load_warnings = {}, const ScoreOptions& options = {});

// True when `criterion` is scored at `stage` (empty: every stage): its stage comes no later.
bool in_stage(const RulePack& pack, const Criterion& criterion, const std::string& stage);

// The verdict of a scored result from its gates, score, priority floors and the findings that
// hold it for review (docs/scoring.md, 6): recomputed after gates change status (waivers).
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
