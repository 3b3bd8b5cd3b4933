#pragma once
// The scoring rules of one criterion (docs/scoring.md, 1-3): what an answer scores, whether it
// meets a gate, whether it lacks its evidence, and the best answer there is. The loader (pack
// checks), scoring, profiles and explain all ask these questions, so they have one answer here.

#include <optional>

#include "model/response.hpp"
#include "model/rule_pack.hpp"

namespace sbd {

// Scores within this of a bound count as reaching it: 70 must not fail as 69.99999999999999.
// Used for the pass threshold, gate_min_score and priority floors alike.
constexpr double score_tolerance = 1e-9;

// Raw score in [0,1] of a (valid, applicable) answer to a criterion.
double raw_score(const Criterion& criterion, const Answer& answer);

// True when an answer's raw score passes the criterion's gate (gate_min_score, within tolerance).
bool meets_gate(const Criterion& criterion, double raw);

// True when a positive answer comes without the evidence the criterion expects: its credit is
// reduced, and a gate it meets is only unverified.
bool lacks_expected_evidence(const Criterion& criterion, const Answer& answer, double raw);

// Whether one piece of evidence supports a claim on `criterion` (docs/evidence.md): never when
// tampered, missing or invalid; a verified file of the format the criterion names (any format when
// it names none); a cited URL or unchecked file only when the criterion names no format or the
// evidence was not verified (no --verify-evidence).
bool counts_as_evidence(const Criterion& criterion, const Answer& answer, const EvidenceCheck& check);

// Why the evidence an answer cites does not support it, in words ("sbom.json invalid: ...; ..."):
// empty when it cites none.
std::string evidence_shortfall(const Criterion& criterion, const Answer& answer);

// The answer with the highest raw score (the fewest choices for multi, a number inside the best
// band and the criterion's limits); nullopt for text criteria. With `with_evidence`, when the
// criterion expects evidence, the answer cites a placeholder "(evidence)".
std::optional<Answer> best_answer(const Criterion& criterion, bool with_evidence);

// The raw score of best_answer (0 for text).
double best_raw_score(const Criterion& criterion);

}  // namespace sbd
