#include <catch2/catch.hpp>

#include "analysis/compare.hpp"
#include "report/analysis_renderers.hpp"
#include "score/scoring.hpp"
#include "support/test_support.hpp"

using namespace sbd;
using Catch::Detail::Approx;

namespace {

VendorResult scored(const std::string& answers, const std::string& vendor = "Acme") {
    std::string text = test::mini_response(answers);
    text.replace(text.find("Acme"), 4, vendor);
    auto loaded = test::load_mini(text);
    REQUIRE(loaded.value);
    return score_response(test::mini_pack(), *loaded.value);
}

const char* last_year = "  ACC-01: { value: yes, evidence: [old.pdf] }\n  ACC-02: otp\n  PAT-01: 60\n  PAT-02: yes\n";
const char* this_year = "  ACC-01: { value: yes, evidence: [new.pdf] }\n  ACC-02: fido2\n  PAT-01: 60\n  PAT-02: { value: yes, evidence: [s.pdf] }\n";

}  // namespace

TEST_CASE("compare lists changed answers, evidence, priority deltas and gate changes") {
    Comparison c = compare_results(scored(last_year), scored(this_year));
    CHECK(c.warnings.empty());
    REQUIRE(c.answers.size() == 3);  // PAT-01 unchanged
    CHECK(c.answers[0].criterion->id == "ACC-01");
    CHECK(c.answers[0].old_answer == "yes");
    CHECK(c.answers[0].evidence_added == std::vector<std::string>{"new.pdf"});
    CHECK(c.answers[0].evidence_removed == std::vector<std::string>{"old.pdf"});
    CHECK(c.answers[1].old_answer == "otp");
    CHECK(c.answers[1].new_answer == "fido2");
    CHECK(c.answers[1].new_credit == 1.0);
    CHECK(c.answers[2].criterion->id == "PAT-02");
    CHECK(c.answers[2].old_credit == 0.5);
    CHECK(c.answers[2].new_credit == 1.0);

    REQUIRE(c.priorities.size() == 2);
    CHECK(c.priorities[0].new_score - c.priorities[0].old_score == Approx(100 * 2 * 0.6 / 6));  // ACC-03 unanswered still weighs 1
    REQUIRE(c.gates.size() == 1);
    CHECK(c.gates[0].criterion->id == "ACC-02");
    CHECK(c.gates[0].old_status == GateStatus::fail);
    CHECK(c.gates[0].new_status == GateStatus::pass);
    CHECK(c.old_result.verdict == Verdict::fail);
    CHECK(c.new_result.verdict != Verdict::fail);
}

TEST_CASE("compare warns when the files name different vendors or products") {
    Comparison c = compare_results(scored(last_year, "Acme"), scored(last_year, "Other\x1b[2J"));
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0] == "the files name different vendors: 'Acme' and 'Other'");  // the escape sequence removed
    CHECK(c.answers.empty());
    CHECK(c.gates.empty());
    const std::string text = render_comparison_text(c, test::mini_pack());
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find("Answers that changed (0)") != std::string::npos);
}

TEST_CASE("an answer removed or added shows as unanswered") {
    Comparison c = compare_results(scored(last_year), scored("  ACC-01: { value: yes, evidence: [old.pdf] }\n  ACC-02: otp\n  PAT-01: 60\n"));
    REQUIRE(c.answers.size() == 1);
    CHECK(c.answers[0].old_answer == "yes");
    CHECK(c.answers[0].new_answer == "unanswered");
}
