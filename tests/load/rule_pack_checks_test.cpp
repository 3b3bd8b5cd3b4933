#include <catch2/catch.hpp>

#include "model/criterion_scoring.hpp"
#include "load/rule_pack_checks.hpp"
#include "load/rule_pack_loader.hpp"
#include "support/test_support.hpp"

using namespace sbd;
using sbd::test::has_diagnostic;

namespace {

const char* manifest = "format: 1\nid: t\nversion: 1.0.0\ntitle: T\npass_threshold: 70\npriorities: [p.yaml]\n";

Result<RulePack> load_with_criteria(const std::string& criteria) {
    return load_pack_files({{"pack.yaml", "pack.yaml", manifest},
                            {"p.yaml", "p.yaml", "id: PR\ntitle: P\nweight: 1\ncriteria:\n" + criteria}},
                           "test");
}

const char* good = "  - { id: PR-01, title: Good, question: Q, type: yesno, weight: 1 }\n";

std::size_t warnings(const Result<RulePack>& r) {
    std::size_t n = 0;
    for (const auto& d : r.diagnostics) n += d.severity == Severity::warning ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("a clean pack gets no warnings, the built-in pack included") {
    CHECK(load_with_criteria(good).diagnostics.empty());
    CHECK(load_builtin_pack().diagnostics.empty());
    CHECK(load_pack_directory(test::data_dir() + "/packs/mini").diagnostics.empty());
}

TEST_CASE("a priority whose weights add up to 0 is an error: it could never be scored") {
    auto r = load_with_criteria(
        "  - { id: PR-01, title: T, question: Q, type: text }\n"
        "  - { id: PR-02, title: Y, question: Q, type: yesno, weight: 0, gate: true }\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 1, 1, "priority PR cannot be scored: the weights of its criteria add up to 0"));
}

TEST_CASE("a scored criterion of weight 0 that is no gate is a warning") {
    auto r = load_with_criteria(std::string(good) + "  - { id: PR-02, title: Z, question: Q, type: yesno, weight: 0 }\n");
    REQUIRE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 6, 5, "PR-02 has weight 0 and is not a gate"));
    CHECK(warnings(r) == 1);
}

TEST_CASE("a criterion no answer fully satisfies is a warning") {
    auto r = load_with_criteria(
        "  - id: PR-01\n    title: M\n    question: Q\n    type: multi\n    weight: 1\n    options:\n"
        "      - { value: a, score: 0.25 }\n      - { value: b, score: 0.5 }\n");
    REQUIRE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 5, 5, "no answer to PR-01 scores more than 0.75"));
    // Options adding up to 1 or more are fine.
    auto fine = load_with_criteria(
        "  - id: PR-01\n    title: M\n    question: Q\n    type: multi\n    weight: 1\n    options:\n"
        "      - { value: a, score: 0.5 }\n      - { value: b, score: 0.6 }\n");
    CHECK(fine.diagnostics.empty());
}

TEST_CASE("gate_min_score without a gate, evidence on text, yesno scores out of order") {
    auto r = load_with_criteria(
        "  - { id: PR-01, title: A, question: Q, type: yesno, weight: 1, gate_min_score: 0.5 }\n"
        "  - { id: PR-02, title: B, question: Q, type: text, evidence: true }\n"
        "  - { id: PR-03, title: C, question: Q, type: yesno, weight: 1, scores: { partial: 1, yes: 0.9 } }\n");
    REQUIRE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 5, 5, "PR-01 sets gate_min_score but is not a gate"));
    CHECK(has_diagnostic(r.diagnostics, 6, 5, "PR-02 is a text criterion: 'evidence: true' has no effect"));
    CHECK(has_diagnostic(r.diagnostics, 7, 5, "the scores of PR-03 do not rise from no to partial to yes"));
    CHECK(warnings(r) == 3);
}

TEST_CASE("a band that an earlier band shadows never applies") {
    auto number = [](const std::string& bands) {
        return load_with_criteria("  - id: PR-01\n    title: N\n    question: Q\n    type: number\n    unit: days\n"
                                  "    weight: 1\n    bands:\n" + bands);
    };
    auto up_to = number("      - { max: 30, score: 1 }\n      - { max: 14, score: 0.5 }\n      - { score: 0 }\n");
    CHECK(has_diagnostic(up_to.diagnostics, 13, 9, "band 2 of PR-01 never applies"));
    auto from = number("      - { min: 10, score: 1 }\n      - { min: 20, score: 0.5 }\n      - { score: 0 }\n");
    CHECK(has_diagnostic(from.diagnostics, 13, 9, "band 2 of PR-01 never applies"));
    auto inside = number("      - { min: 0, max: 30, score: 1 }\n      - { min: 5, max: 10, score: 0.5 }\n      - { score: 0 }\n");
    CHECK(has_diagnostic(inside.diagnostics, 13, 9, "band 2 of PR-01 never applies"));
    auto ordered = number("      - { max: 14, score: 1 }\n      - { max: 30, score: 0.5 }\n      - { min: 100, score: 0.2 }\n"
                          "      - { score: 0 }\n");
    CHECK(ordered.diagnostics.empty());
}

TEST_CASE("best_raw_score per answer type, as the pack checks use it") {
    const RulePack& pack = test::mini_pack();
    CHECK(best_raw_score(*pack.find_criterion("ACC-01")) == 1);
    CHECK(best_raw_score(*pack.find_criterion("ACC-03")) == 1);  // 0.5 + 0.3 + 0.3, capped
    CHECK(best_raw_score(*pack.find_criterion("ACC-04")) == 0);  // text
    CHECK(best_raw_score(*pack.find_criterion("PAT-01")) == 1);
}
