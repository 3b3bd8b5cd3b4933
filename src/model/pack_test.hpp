#pragma once
// A pack test (docs/rules.md#pack-tests): a response file with an `expect:` block saying what the
// pack must make of it (verdict, score range, gate statuses, findings), and an optional `test:`
// block saying how to score it. `sbdscore rules test` runs a pack's tests/, so a change to a pack
// that flips a verdict fails a CI job. Loading is in load/pack_test_loader, checking in
// analysis/pack_test_check.

#include <optional>
#include <string>
#include <vector>

#include "model/response.hpp"
#include "model/scorecard.hpp"
#include "util/diagnostic.hpp"

namespace sbd {

// How the case is scored; empty fields: as `evaluate` would without the option.
struct PackTestSettings {
    std::string description;
    std::string profile;  // a built-in profile, or a file relative to the test file
    std::string waivers;  // a file relative to the test file
    std::string as_of;    // YYYY-MM-DD: waiver expiry and the age of answers
    std::string stage;
    bool screen = false;
};

struct ExpectedGate {
    std::string criterion;
    GateStatus status = GateStatus::pass;
    SourceLocation where;
};

struct ExpectedFinding {
    FindingKind kind = FindingKind::unanswered;
    SourceLocation where;
};

struct PackTestExpectation {
    Verdict verdict = Verdict::pass;
    SourceLocation verdict_where;
    std::optional<double> score_min;  // inclusive range of the 0-100 score
    std::optional<double> score_max;
    SourceLocation score_where;
    std::vector<ExpectedGate> gates;        // gates not listed are not checked
    std::vector<ExpectedFinding> findings;  // kinds that must be among the findings
};

struct PackTestCase {
    std::string file;
    VendorResponse response;
    std::vector<Diagnostic> load_diagnostics;  // warnings and notes of the response
    PackTestSettings settings;
    PackTestExpectation expect;
};

}  // namespace sbd
