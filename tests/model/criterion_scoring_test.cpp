#include <catch2/catch.hpp>

#include "model/criterion_scoring.hpp"
#include "score/scoring.hpp"
#include "support/test_support.hpp"

using namespace sbd;

TEST_CASE("the best answer of each type reaches the criterion's best score") {
    const RulePack& pack = test::mini_pack();
    auto yes = best_answer(*pack.find_criterion("ACC-01"), true);
    REQUIRE(yes);
    CHECK(yes->value == "yes");
    CHECK(yes->evidence == std::vector<std::string>{"(evidence)"});
    CHECK(best_answer(*pack.find_criterion("ACC-01"), false)->evidence.empty());

    CHECK(best_answer(*pack.find_criterion("ACC-02"), true)->value == "fido2");  // first of the 1.0 options
    CHECK(best_answer(*pack.find_criterion("ACC-02"), true)->evidence.empty());  // none expected

    auto multi = best_answer(*pack.find_criterion("ACC-03"), true);  // 0.5 + 0.3 + 0.3 reaches the cap of 1
    CHECK(multi->choices == std::vector<std::string>{"owner-approval", "session-log", "kill-switch"});
    CHECK(best_raw_score(*pack.find_criterion("ACC-03")) == 1.0);

    auto number = best_answer(*pack.find_criterion("PAT-01"), true);  // band max 14 scores 1.0
    CHECK(number->number == 14);
    CHECK(number->display == "14 days");
    CHECK(raw_score(*pack.find_criterion("PAT-01"), *number) == 1.0);

    CHECK_FALSE(best_answer(*pack.find_criterion("ACC-04"), true));  // text
    CHECK(best_raw_score(*pack.find_criterion("ACC-04")) == 0);
}

TEST_CASE("a yesno criterion whose partial scores best is best answered partial") {
    Criterion c;
    c.id = "X-01";
    c.yes_score = 0.5;
    c.partial_score = 0.8;
    CHECK(best_answer(c, false)->value == "partial");
}

TEST_CASE("the best number can lie in a final catch-all band after bands that cap the value") {
    // Support years: up to 3 scores 0, up to 9 scores 0.5, anything longer scores 1. No maximum.
    Criterion c;
    c.id = "X-02";
    c.type = AnswerType::number;
    c.unit = "years";
    c.minimum = 0;
    c.bands = {Band{std::nullopt, 3.0, 0.0, {}}, Band{std::nullopt, 9.0, 0.5, {}}, Band{std::nullopt, std::nullopt, 1.0, {}}};
    auto best = best_answer(c, false);
    REQUIRE(best);
    CHECK(raw_score(c, *best) == 1.0);
    CHECK(best_raw_score(c) == 1.0);
}

TEST_CASE("which evidence counts: tampered, missing and invalid never; cited only where no format is required") {
    Criterion any;
    any.id = "X-01";
    any.evidence = true;
    Criterion sbom = any;
    sbom.evidence_format = EvidenceFormat::sbom;
    Answer a;
    a.value = "yes";
    EvidenceCheck e;
    e.cited = "sbom.json";
    a.evidence = {e.cited};
    a.evidence_checks = {e};
    for (EvidenceStatus s : {EvidenceStatus::missing, EvidenceStatus::invalid, EvidenceStatus::tampered}) {
        a.evidence_checks[0].status = s;
        CHECK(lacks_expected_evidence(any, a, 1.0));
        CHECK(lacks_expected_evidence(sbom, a, 1.0));
    }
    a.evidence_checks[0].status = EvidenceStatus::cited;  // not verified: counts as before
    CHECK_FALSE(lacks_expected_evidence(sbom, a, 1.0));
    a.evidence_verified = true;  // verified run: a cited file or URL is no SBOM
    CHECK(lacks_expected_evidence(sbom, a, 1.0));
    CHECK_FALSE(lacks_expected_evidence(any, a, 1.0));
    CHECK(evidence_shortfall(sbom, a) == "sbom.json is not an SBOM (X-01 needs a verified SBOM)");
    a.evidence_checks[0].status = EvidenceStatus::verified;
    a.evidence_checks[0].format = EvidenceFormat::security_txt;  // verified, but not an SBOM
    CHECK(lacks_expected_evidence(sbom, a, 1.0));
    a.evidence_checks[0].format = EvidenceFormat::sbom;
    CHECK_FALSE(lacks_expected_evidence(sbom, a, 1.0));
    CHECK(evidence_shortfall(sbom, a).empty());
}
