#pragma once
// The result of scoring one vendor response: per-criterion credit, priority scores, gates, verdict.

#include <optional>
#include <string>
#include <vector>

#include "util/diagnostic.hpp"
#include "model/response.hpp"
#include "model/rule_pack.hpp"

namespace sbd {

enum class Verdict { pass, review, fail, invalid };
const char* to_string(Verdict v);  // "PASS", "REVIEW", "FAIL", "INVALID"

// waived: a failed or unanswered gate covered by an approved, unexpired waiver (see waivers).
// later_stage: a gate of a stage after the one scored (evaluate --stage): not checked yet.
enum class GateStatus { pass, fail, unanswered, unverified, not_applicable, waived, later_stage };
// "pass", "fail", "unanswered", "unverified", "n/a", "waived", "later-stage"
const char* to_string(GateStatus s);
bool gate_blocks(GateStatus s);       // fail or unanswered: the verdict is FAIL

struct CriterionResult {
    const Criterion* criterion = nullptr;
    std::optional<Answer> answer;
    bool applicable = true;  // false when answered n/a, unscored (text) or of a later stage
    bool in_stage = true;    // false when its stage comes after the stage scored: "not scored at this stage"
    double raw = 0;          // score of the answer in [0,1]
    double credit = 0;       // raw, reduced when expected evidence is missing
    bool evidence_missing = false;
};

// A criterion's answer in words for reports: its display value, "n/a", or "unanswered".
std::string answer_in_words(const CriterionResult& result);

struct PriorityResult {
    const Priority* priority = nullptr;
    bool applicable = true;  // false when every scored criterion is n/a, or of a later stage
    bool in_stage = true;    // false when every scored criterion is of a later stage than the one scored
    double score = 0;        // 0-100, like every score a person or a report sees
    std::vector<CriterionResult> criteria;
};

struct GateResult {
    const Criterion* criterion = nullptr;
    std::string priority_id;
    GateStatus status = GateStatus::fail;
    std::string reason;
    SourceLocation where;
    SourceLocation waiver;  // status waived: the waiver's place in its file
};

// What a finding is about; reports name it with to_string ("unevidenced-claim", ...).
// risk_tolerance_exceeded and answers_stale make the verdict at best REVIEW (verdict_for); a
// sign-off (a waiver of `risk-tolerance`) turns the first into risk_tolerance_signed_off.
enum class FindingKind {
    unanswered,
    unevidenced_claim,
    not_applicable,
    gate_unverified,
    below_floor,
    gate_waived,
    risk_tolerance_exceeded,
    risk_tolerance_signed_off,
    answers_stale,
    evidence_tampered,   // a pinned file's SHA-256 differs: the claim counts as unevidenced
    evidence_invalid,    // a cited file is missing, refused, or fails its format check
    sbom_mismatch,       // an SBOM describes another product or version than the response
    signature_unverified,  // the response's signature is bad, unknown, expired or corrupt
    signature_required,    // --require-signature, and the response is not signed by a key of the keyring
};
const char* to_string(FindingKind k);
// Every kind, in declaration order (pack tests name them).
const std::vector<FindingKind>& all_finding_kinds();
// True for the kinds that hold the verdict at REVIEW on their own.
bool holds_for_review(FindingKind k);

// Something an analyst should look at: claims without evidence, unanswered criteria, n/a answers.
struct Finding {
    Severity severity = Severity::note;
    FindingKind kind = FindingKind::unanswered;
    std::string criterion_id;
    std::string message;
    SourceLocation where;
};

struct VendorResult {
    std::string file;
    std::string sha256;
    std::string vendor;
    std::string product;
    std::string version;
    std::string date;
    std::string category;  // the response's product category; empty when it names none
    Verdict verdict = Verdict::invalid;
    // False for a screening (evaluate --screen): gates only, no score; `score` and the priority
    // scores mean nothing then.
    bool scored = true;
    double score = 0;  // 0-100
    int rank = 0;      // 0 for INVALID
    std::vector<PriorityResult> priorities;
    std::vector<GateResult> gates;
    std::vector<Finding> findings;
    std::vector<Diagnostic> diagnostics;  // from loading: errors (INVALID) and warnings
    std::string contact;                  // from the response header, for reports
    SignatureCheck signature;             // the response's detached signature (docs/evidence.md)
    bool evidence_verified = false;       // --verify-evidence: local evidence was checked by content
    SourceLocation answers_where;         // the answers: line, where whole-response problems are shown

    const PriorityResult* find_priority(const std::string& id) const;
    std::vector<const GateResult*> blocking_gates() const;
};

// What a run keeps of each result while it ranks them all: the ranking, the summary rows and the
// totals, not the answers, so memory stays flat in the number of vendors (the details are scored
// again, one vendor at a time, when a report needs them).
struct ResultSummary {
    std::size_t input = 0;  // position among the run's inputs, in the order they were given
    std::string file;
    std::string sha256;
    std::string vendor;
    std::string product;
    std::string version;
    Verdict verdict = Verdict::invalid;
    bool scored = true;  // false for a screening: no score, no priority scores
    double score = 0;
    int rank = 0;
    std::vector<std::optional<double>> priority_scores;  // in pack order; empty when not applicable
    std::string gates;                   // gate_summary()
    std::size_t checks = 0;              // the verdict's conditions (score/verdict_checks.hpp) ...
    std::size_t failing_checks = 0;      // ... that make it FAIL
    std::size_t reviewing_checks = 0;    // ... that make it at best REVIEW
    std::vector<std::string> reasons;    // why it is not PASS, in words (score/verdict_checks.hpp) ...
    std::vector<std::string> brief_reasons;  // ... and the same in a few words each, for a summary line
    std::vector<GateStatus> gate_statuses;   // each gate's status, in the order of the pack's gates
    std::vector<Diagnostic> diagnostics;  // INVALID only: why the file could not be scored
    std::string signature;               // the signature's status ("good", "unsigned"; empty: not checked)
    std::string signer_fingerprint;      // a good signature's key fingerprint
};

// The gates a summary row names: "DEF-01, AUT-02 (unanswered); unverified: VUL-01; waived: AUT-01";
// empty when every gate passes. Plain text: each report escapes it for its format.
std::string gate_summary(const VendorResult& result);

// How many results of a run have each verdict, for report summaries.
struct VerdictCounts {
    std::size_t pass = 0, review = 0, fail = 0, invalid = 0;
    void add(Verdict v);
};
VerdictCounts count_verdicts(const std::vector<ResultSummary>& results);

// "2 PASS, 2 REVIEW, 1 FAIL, 0 INVALID"
std::string format_verdict_counts(const VerdictCounts& counts);

}  // namespace sbd
