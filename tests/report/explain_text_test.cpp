#include <catch2/catch.hpp>

#include "analysis/explain.hpp"
#include "report/analysis_renderers.hpp"
#include "score/scoring.hpp"
#include "support/test_support.hpp"

using namespace sbd;

namespace {

VendorResponse response(const std::string& answers) {
    auto loaded = test::load_mini(test::mini_response(answers));
    REQUIRE(loaded.value);
    return *loaded.value;
}

Explanation explain_with(const RulePack& pack, const VendorResponse& r) {
    return explain(pack, r, [&](const VendorResponse& x) { return score_response(pack, x); });
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* best_answers =
    "  ACC-01: { value: yes, evidence: [a] }\n  ACC-02: pki\n  ACC-03: [owner-approval, session-log, kill-switch]\n"
    "  PAT-01: 3\n  PAT-02: { value: yes, evidence: [b] }\n";

}  // namespace

TEST_CASE("explain text of a vendor at its best says nothing would change the verdict") {
    const std::string text = render_explanation_text(explain_with(test::mini_pack(), response(best_answers)), test::mini_pack(), "");
    CHECK(contains(text, "nothing: every criterion has its best credit"));
    CHECK(contains(text, "nothing: the verdict is PASS"));
}

TEST_CASE("explain text and scoring agree on a floor reached within the score tolerance") {
    // ACC scores 100 * 5.3 / 6: a floor a hair above it (less than score_tolerance) is met, as in
    // scoring; a floor clearly above it is not.
    const VendorResponse r = response("  ACC-01: { value: yes, evidence: [a] }\n  ACC-02: pki\n  ACC-03: [session-log]\n"
                                      "  PAT-01: 3\n  PAT-02: { value: yes, evidence: [b] }\n");
    const double acc = score_response(test::mini_pack(), r).find_priority("ACC")->score;

    RulePack pack = test::mini_pack();
    pack.priorities[0].floor = acc + score_tolerance / 2;
    Explanation at_floor = explain_with(pack, r);
    CHECK(at_floor.result.verdict == Verdict::pass);
    CHECK_FALSE(contains(render_explanation_text(at_floor, pack, ""), "below its floor"));

    pack.priorities[0].floor = acc + 0.01;
    Explanation below = explain_with(pack, r);
    CHECK(below.result.verdict == Verdict::review);
    CHECK(contains(render_explanation_text(below, pack, ""), "  ACC scores 88.3, below its floor 88.34"));
}

TEST_CASE("explain output neutralises vendor text") {
    Explanation e = explain_with(test::mini_pack(), response("  ACC-01: yes\n  ACC-04: \"evil\\e[31m text\"\n"));
    e.result.vendor = "Acme\x1b[2J";
    const std::string text = render_explanation_text(e, test::mini_pack(), "");
    CHECK(text.find('\x1b') == std::string::npos);
    const std::string json = render_explanation_json(e, test::mini_pack(), "");
    // JSON would carry an escape sequence through as \u001b; it is removed there too.
    CHECK(json.find("\\u001b") == std::string::npos);
    CHECK(json.find("Acme") != std::string::npos);
}
