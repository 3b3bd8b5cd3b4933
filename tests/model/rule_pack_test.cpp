#include <catch2/catch.hpp>

#include "model/rule_pack.hpp"
#include "support/test_support.hpp"

using namespace sbd;

namespace {

Criterion criterion(AnswerType type, double gate_min_score = 1.0) {
    Criterion c;
    c.id = "T-01";
    c.type = type;
    c.gate = true;
    c.gate_min_score = gate_min_score;
    return c;
}

Band band(std::optional<double> min, std::optional<double> max, double score) {
    Band b;
    b.min = min;
    b.max = max;
    b.score = score;
    return b;
}

}  // namespace

TEST_CASE("gate_requirement: yesno names every answer at or above gate_min_score") {
    Criterion c = criterion(AnswerType::yesno);
    CHECK(c.gate_requirement() == "yes");
    c.gate_min_score = 0.5;
    CHECK(c.gate_requirement() == "yes or partial");
    c.no_score = 0.6;
    CHECK(c.gate_requirement() == "yes, partial or no");
    c.gate_min_score = 1.0;
    c.yes_score = 0.9;
    CHECK(c.gate_requirement() == "an answer no option can give");
}

TEST_CASE("gate_requirement: choice lists the passing options in pack order") {
    Criterion c = criterion(AnswerType::choice);
    c.options = {{"fido2", 1.0, "", {}}, {"otp", 0.4, "", {}}, {"pki", 1.0, "", {}}};
    CHECK(c.gate_requirement() == "fido2 or pki");
    c.gate_min_score = 0.4;
    CHECK(c.gate_requirement() == "fido2, otp or pki");
    c.gate_min_score = 1.0;
    c.options = {{"otp", 0.4, "", {}}};
    CHECK(c.gate_requirement() == "an answer no option can give");
}

TEST_CASE("gate_requirement: multi states the combined score") {
    CHECK(criterion(AnswerType::multi, 0.5).gate_requirement() == "choices worth at least 0.50 together");
}

TEST_CASE("gate_requirement: number bands as written, with the unit") {
    Criterion c = criterion(AnswerType::number);
    c.unit = "days";
    c.bands = {band(std::nullopt, 7.5, 1.0), band(std::nullopt, 30, 0.5), band(std::nullopt, std::nullopt, 0)};
    CHECK(c.gate_requirement() == "<= 7.5 days");  // not "<= 8 days": limits keep their decimals
    c.gate_min_score = 0.5;
    CHECK(c.gate_requirement() == "<= 7.5 days or <= 30 days");
    c.bands = {band(2.5, 10, 1.0), band(20, std::nullopt, 1.0), band(std::nullopt, std::nullopt, 1.0)};
    c.unit.clear();
    CHECK(c.gate_requirement() == "2.5..10, >= 20 or any value");
}

TEST_CASE("gate_requirement: a text criterion asks for any answer") {
    CHECK(criterion(AnswerType::text).gate_requirement() == "an answer");
}

TEST_CASE("lookups by id walk the pack in order") {
    const RulePack& pack = test::mini_pack();
    REQUIRE(pack.find_criterion("PAT-02"));
    CHECK(pack.find_criterion("PAT-02")->title == "Signed updates");
    CHECK_FALSE(pack.find_criterion("PAT-03"));
    CHECK(pack.priority_of("ACC-03")->id == "ACC");
    CHECK_FALSE(pack.priority_of("ACC"));
    CHECK(pack.criterion_ids() == std::vector<std::string>{"ACC-01", "ACC-02", "ACC-03", "ACC-04", "PAT-01", "PAT-02"});
    std::vector<std::string> gates;
    for (const Criterion* c : pack.gates()) gates.push_back(c->id);
    CHECK(gates == std::vector<std::string>{"ACC-01", "ACC-02"});
}

TEST_CASE("a pack's accepted ids, stages, categories and tolerances") {
    RulePack pack;
    pack.id = "acme";
    pack.version = "2.0.0";
    pack.bases = {{"mid", "1.5.0", "x"}, {"sbd-ot", "1.0.0", "built-in"}};
    CHECK(pack.accepted_pack_ids() == std::vector<std::string>{"acme", "mid", "sbd-ot"});
    CHECK(pack.accepts("sbd-ot"));
    CHECK_FALSE(pack.accepts("sbd-digital"));
    CHECK(pack.version_of("mid") == "1.5.0");
    CHECK(pack.version_of("acme") == "2.0.0");
    CHECK(pack.version_of("other").empty());
    CHECK(pack.stages == default_stages());
    CHECK(pack.stage_index("operation") == std::optional<std::size_t>(2));
    CHECK_FALSE(pack.stage_index("later"));
    pack.categories = {{"saas", "SaaS", {}}};
    CHECK(pack.find_category("saas"));
    CHECK_FALSE(pack.find_category("iot"));
    CHECK_FALSE(pack.tolerance_for("saas"));
    RiskTolerance general;
    general.min_score = 60;
    pack.risk_tolerance[""] = general;
    RiskTolerance saas;
    saas.min_score = 80;
    pack.risk_tolerance["saas"] = saas;
    CHECK(pack.tolerance_for("saas")->min_score == std::optional<double>(80));
    CHECK(pack.tolerance_for("iot")->min_score == std::optional<double>(60));
    CHECK(pack.tolerance_for("")->min_score == std::optional<double>(60));
}
