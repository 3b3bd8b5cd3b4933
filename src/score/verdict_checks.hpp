#pragma once
// The conditions a verdict rests on (docs/scoring.md, 6), one by one: each must-have gate, the pass
// threshold, each priority's floor, and, when the profile sets them, the risk tolerance of the
// response's category and the maximum age of its answers. CI reports show them as test cases and annotations, and
// their failures are a result's reasons; --fail-on decides which of them fail a CI run.

#include <string>
#include <vector>

#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"
#include "score/exit_policy.hpp"

namespace sbd {

struct VerdictCheck {
    enum class Kind { gate, threshold, floor, risk_tolerance, answer_age, signature };
    // met; fails: the verdict is FAIL; reviews: at best REVIEW; not_applicable; waived.
    enum class Outcome { met, fails, reviews, not_applicable, waived };
    Kind kind = Kind::gate;
    std::string id;       // the gate's criterion, "threshold", the priority's id, "risk-tolerance", "answer-age", "signature"
    std::string name;     // "DEF-01 No default passwords", "score meets the pass threshold (70)"
    Outcome outcome = Outcome::met;
    // in words: a gate's status ("fail", "unverified", "later-stage", ...), "below-threshold", "below-floor",
    // "exceeded", "signed-off", "too-old", "met"
    std::string status;
    std::string message;  // why, in a sentence (the gate's reason; "score 68.7 is below ...")
    SourceLocation where;  // in the response file; for the threshold and floors, the answers: line
};

// Every check of a scored result, in order: gates in pack order, the threshold, floors in pack order,
// the risk tolerance, the age of answers. A screening (no score) has no threshold, floor or
// tolerance check; a gate of a later stage than the one scored is not applicable.
std::vector<VerdictCheck> verdict_checks(const VendorResult& result, const RulePack& pack);

// A check that is not met, as one sentence for a reader: "must-have DEF-01 No default passwords is
// fail: answered 'no'; this must-have needs yes", "score 68.7 is below the pass threshold 70".
std::string reason_text(const VerdictCheck& check);

// The same in a few words, for a summary line where every vendor gets one: a gate as
// "must-have DEF-01 No default passwords: fail" (the reason behind it is in reason_text), any other
// check as its message ("score 68.7 is below the pass threshold 70").
std::string reason_brief(const VerdictCheck& check);

// Everything that keeps a scored result from PASS, in check order: each failing or reviewing check's
// reason_text (the verdict is FAIL when any fails, REVIEW when any reviews). Empty for PASS.
std::vector<std::string> verdict_reasons(const std::vector<VerdictCheck>& checks);
// ... and each one's reason_brief, in the same order.
std::vector<std::string> verdict_brief_reasons(const std::vector<VerdictCheck>& checks);

// True when `outcome` makes a run with this --fail-on exit 1 (exit_code_for agrees).
bool fails_the_run(VerdictCheck::Outcome outcome, FailOn fail_on);

// The summary a run keeps of a result (model/scorecard.hpp), with its checks counted.
ResultSummary summarize_result(const VendorResult& result, std::size_t input, const RulePack& pack);

}  // namespace sbd
