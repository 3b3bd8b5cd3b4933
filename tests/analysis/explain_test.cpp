#include <catch2/catch.hpp>

#include "analysis/explain.hpp"
#include "score/scoring.hpp"
#include "support/test_support.hpp"

using namespace sbd;
using Catch::Detail::Approx;

namespace {

VendorResponse response(const std::string& answers) {
    auto loaded = test::load_mini(test::mini_response(answers));
    REQUIRE(loaded.value);
    return *loaded.value;
}

Scorer mini_scorer() {
    return [](const VendorResponse& r) { return score_response(test::mini_pack(), r); };
}

const char* thin_answers =
    "  ACC-01: yes\n"                        // no evidence: credit halved
    "  ACC-02: otp\n"                        // gate fails
    "  ACC-03: n/a\n"                        // left out
    "  PAT-01: 60\n";                        // band <= 90: 0.4; PAT-02 unanswered

}  // namespace

TEST_CASE("contributions add up to the priority scores and to the total") {
    Explanation e = explain(test::mini_pack(), response(thin_answers), mini_scorer());
    double total = 0;
    for (const auto& c : e.criteria) total += c.total_points;
    CHECK(total == Approx(e.result.score));
    for (const auto& p : e.priorities) {
        double sum = 0;
        for (const auto& c : e.criteria)
            if (c.priority == p.priority) sum += c.priority_points;
        CHECK(sum == Approx(p.score));
        CHECK(p.total_points == Approx(p.share * p.score));
    }
    // ACC weighs 2 of 3: ACC-01 credit 0.5 × 3 of ACC's 5 applicable weight (ACC-03 is n/a).
    CHECK(e.criteria[0].priority_points == Approx(100 * 1.5 / 5));
    CHECK(e.criteria[0].total_points == Approx(2.0 / 3 * 100 * 1.5 / 5));
    CHECK(e.criteria[0].why_reduced == "no evidence: credit 0.5 instead of 1");
    CHECK_FALSE(e.criteria[2].scored);  // n/a
    CHECK(e.criteria[2].answer == "n/a");
    CHECK_FALSE(e.criteria[3].scored);  // text
    CHECK(e.criteria[5].answer == "unanswered");
    CHECK(e.points_to_threshold == Approx(70 - e.result.score));
}

TEST_CASE("each what-if gain is the re-scored total minus the original, sorted by gain") {
    const VendorResponse original = response(thin_answers);
    Explanation e = explain(test::mini_pack(), original, mini_scorer());
    REQUIRE(e.improvements.size() == 4);  // ACC-01, ACC-02, PAT-01, PAT-02; not n/a ACC-03 nor text ACC-04
    for (std::size_t i = 1; i < e.improvements.size(); ++i) CHECK(e.improvements[i - 1].gain >= e.improvements[i].gain);

    // Re-score by hand: ACC-02 answered fido2.
    VendorResponse modified = original;
    Answer fido;
    fido.criterion_id = "ACC-02";
    fido.value = "fido2";
    fido.display = "fido2";
    modified.answers["ACC-02"] = fido;
    const double expected = score_response(test::mini_pack(), modified).score - e.result.score;
    bool found = false;
    for (const auto& w : e.improvements)
        if (w.criteria == std::vector<std::string>{"ACC-02"}) {
            found = true;
            CHECK(w.gain == Approx(expected));
            CHECK(w.change == "answering ACC-02 fido2");
        }
    CHECK(found);
    for (const auto& w : e.improvements)
        if (w.criteria[0] == "ACC-01") CHECK(w.change == "adding evidence for ACC-01 (yes)");
}

TEST_CASE("gate fixes say which changes flip the verdict") {
    Explanation e = explain(test::mini_pack(), response(thin_answers), mini_scorer());
    CHECK(e.result.verdict == Verdict::fail);
    // ACC-01 is unverified (no evidence), ACC-02 fails: each alone, then both.
    REQUIRE(e.gate_fixes.size() == 3);
    CHECK(e.gate_fixes[0].criteria == std::vector<std::string>{"ACC-01"});
    CHECK(e.gate_fixes[0].verdict == Verdict::fail);  // ACC-02 still fails
    CHECK(e.gate_fixes[1].criteria == std::vector<std::string>{"ACC-02"});
    CHECK(e.gate_fixes[1].verdict == Verdict::review);  // ACC-01 still unverified
    CHECK(e.gate_fixes[2].criteria == std::vector<std::string>{"ACC-01", "ACC-02"});
    CHECK(e.gate_fixes[2].verdict != Verdict::fail);
}

TEST_CASE("a response at its best has nothing to improve") {
    Explanation e = explain(test::mini_pack(),
                            response("  ACC-01: { value: yes, evidence: [a] }\n  ACC-02: pki\n"
                                     "  ACC-03: [owner-approval, session-log, kill-switch]\n"
                                     "  PAT-01: 3\n  PAT-02: { value: yes, evidence: [b] }\n"),
                            mini_scorer());
    CHECK(e.result.score == Approx(100));
    CHECK(e.improvements.empty());
    CHECK(e.gate_fixes.empty());
}
