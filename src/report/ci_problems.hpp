#pragma once
// What CI formats (SARIF, GitHub annotations, GitLab Code Quality) report about one result: one
// problem per thing to fix, located in the response file, marked as failing the run exactly when
// it does under --fail-on. A gate that is not met is one problem (not also a finding about the same
// criterion); the threshold and each missed floor are problems of their own.

#include <string>
#include <string_view>
#include <vector>

#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"
#include "score/exit_policy.hpp"

namespace sbd {

struct CiProblem {
    // What the formats' rule or check is called: a gate's criterion id, "below-threshold",
    // "below-floor", a finding kind ("unevidenced-claim", ...), or "invalid-response".
    std::string rule;
    std::string subject;  // the criterion or priority it is about ("" for the whole file)
    enum class Severity { fails_run, review, warning, note } severity = Severity::warning;
    bool gate = false;    // about a must-have
    bool waived = false;  // a waived gate (reported as suppressed, never failing)
    std::string title;    // "DEF-01 No default passwords"
    std::string message;  // plain text: each format escapes it
    SourceLocation where;  // file and position
};

// Every problem of one result (INVALID: one per diagnostic), in a stable order.
std::vector<CiProblem> ci_problems(const VendorResult& result, const RulePack& pack, FailOn fail_on);

// "Vendor Product": how a problem names its vendor.
std::string vendor_label(const VendorResult& result);

// The message, led by the cell ("Answers!F14: ...") when the problem is in a workbook: the CI
// formats locate lines of text, so a cell can only be named in words.
std::string located_message(const CiProblem& problem);

// A problem's identity across runs (not its line, which moves as a response is edited): SHA-256 of
// the file, the rule and the subject.
std::string ci_fingerprint(const VendorResult& result, const CiProblem& problem);

// The finding kinds and verdict rules a run can report, for SARIF's rule list and the docs.
struct CiRuleText {
    const char* id;
    const char* name;
    const char* text;
};
const std::vector<CiRuleText>& ci_rule_texts();

}  // namespace sbd
