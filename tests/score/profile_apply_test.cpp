#include <catch2/catch.hpp>

#include "load/profile_loader.hpp"
#include "load/rule_pack_loader.hpp"
#include "score/profile_apply.hpp"
#include "support/test_support.hpp"

using namespace sbd;

namespace {

Profile profile_from(const std::string& body) {
    auto r = load_profile_text("p.yaml", "format: 1\nname: t\n" + body);
    for (const auto& d : r.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(r.value);
    return *r.value;
}

const Criterion& criterion(const RulePack& pack, const std::string& id) {
    const Criterion* c = pack.find_criterion(id);
    REQUIRE(c);
    return *c;
}

}  // namespace

TEST_CASE("applying a profile adjusts a copy of the pack") {
    const RulePack& pack = test::mini_pack();
    auto adjusted = apply_profile(pack,
                                  profile_from("pass_threshold: 80\n"
                                               "weights: { PAT: 4, ACC-03: 0 }\n"
                                               "floors: { ACC: 60 }\n"
                                               "gates: { add: [PAT-02], remove: [ACC-02] }\n"));
    const auto& diags = adjusted.diagnostics;
    REQUIRE(adjusted);
    CHECK(diags.empty());
    CHECK(adjusted->pass_threshold == 80);
    CHECK(adjusted->priorities[1].weight == 4);
    CHECK(adjusted->priorities[0].floor == 60);
    CHECK(criterion(*adjusted, "ACC-03").weight == 0);
    CHECK(criterion(*adjusted, "PAT-02").gate);
    CHECK_FALSE(criterion(*adjusted, "ACC-02").gate);
    // The original is untouched.
    CHECK(pack.pass_threshold == 70);
    CHECK(criterion(pack, "ACC-02").gate);
    CHECK_FALSE(criterion(pack, "PAT-02").gate);
}

TEST_CASE("unknown ids in a profile are errors at their place, with did-you-mean") {
    auto adjusted = apply_profile(test::mini_pack(),
                                  profile_from("weights: { ACX: 2 }\n"
                                               "floors: { PTA: 50 }\n"
                                               "gates: { add: [PAT-03], remove: [PAT-01] }\n"));
    const auto& diags = adjusted.diagnostics;
    CHECK_FALSE(adjusted);
    CHECK(test::has_diagnostic(diags, 3, 12, "unknown priority or criterion id 'ACX'"));
    CHECK(test::has_diagnostic(diags, 4, 11, "unknown priority id 'PTA'"));
    CHECK(test::has_diagnostic(diags, 5, 16, "unknown criterion id 'PAT-03'"));
    CHECK(test::has_diagnostic(diags, 5, 34, "PAT-01 is not a gate"));
    bool suggested = false;
    for (const auto& d : diags) suggested = suggested || d.hint == "did you mean 'PAT'?";
    CHECK(suggested);
}

TEST_CASE("a profile cannot make a text criterion a gate, nor set values out of range") {
    auto adjusted = apply_profile(test::mini_pack(),
                                  profile_from("pass_threshold: 120\n"
                                               "weights: { ACC: 0, ACC-04: 2 }\n"
                                               "floors: { ACC: -1 }\n"
                                               "gates: { add: [ACC-04] }\n"));
    const auto& diags = adjusted.diagnostics;
    CHECK_FALSE(adjusted);
    CHECK(test::has_diagnostic(diags, 3, 17, "pass_threshold must be at least 0 and at most 100, not 120"));
    CHECK(test::has_diagnostic(diags, 4, 12, "weight of ACC must be greater than 0"));
    CHECK(test::has_diagnostic(diags, 4, 20, "ACC-04 is a text criterion: it is unscored"));
    CHECK(test::has_diagnostic(diags, 5, 11, "floor of ACC must be at least 0"));
    CHECK(test::has_diagnostic(diags, 6, 16, "ACC-04 is a text criterion and cannot be a gate"));
}

TEST_CASE("a file's settings override its base profile's") {
    auto builtin = load_builtin_pack();
    REQUIRE(builtin.value);
    auto adjusted = apply_profile(*builtin.value,
                                  profile_from("base: large\npass_threshold: 80\nweights: { LOG: 3 }\ngates: { remove: [UPD-01] }\n"));
    REQUIRE(adjusted);
    CHECK(adjusted.diagnostics.empty());
    CHECK(adjusted->pass_threshold == 80);            // file wins over large's 75
    CHECK(adjusted->priorities[1].weight == 3);       // LOG: file wins over large's 1.5
    CHECK(adjusted->priorities[9].weight == 1.5);     // THR: from large
    CHECK(criterion(*adjusted, "CTL-01").gate);       // added by large
    CHECK_FALSE(criterion(*adjusted, "UPD-01").gate); // added by large, removed by the file
}

TEST_CASE("the built-in profiles fit the built-in pack as docs/profiles.md describes") {
    auto builtin = load_builtin_pack();
    REQUIRE(builtin.value);
    auto small = apply_profile(*builtin.value, *load_profile("small").value);
    auto medium = apply_profile(*builtin.value, *load_profile("medium").value);
    auto large = apply_profile(*builtin.value, *load_profile("large").value);
    REQUIRE(small.diagnostics.empty());
    REQUIRE(medium.diagnostics.empty());
    REQUIRE(large.diagnostics.empty());
    REQUIRE((small && medium && large));
    CHECK(small->pass_threshold == 65);
    CHECK(medium->pass_threshold == builtin.value->pass_threshold);
    CHECK(large->pass_threshold == 75);
    CHECK(small->priorities[5].id == "DEF");
    CHECK(small->priorities[5].weight == 2);
    CHECK(small->priorities[5].floor == 70);
    CHECK(medium->gates().size() == builtin.value->gates().size());
    CHECK(large->gates().size() == builtin.value->gates().size() + 2);
    for (const auto& p : large->priorities) CHECK(p.floor >= 50);
}

TEST_CASE("a profile sets a risk tolerance per product category and the oldest answers accepted") {
    const RulePack& pack = test::staged_pack();
    auto adjusted = apply_profile(pack, profile_from("pack: staged\n"
                                                     "risk_tolerance:\n"
                                                     "  default: { min_score: 70 }\n"
                                                     "  cloud: { min_score: 85, floors: { OPS: 60 } }\n"
                                                     "max_answer_age: 180d\n"));
    for (const auto& d : adjusted.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(adjusted.value);
    CHECK(adjusted.value->max_answer_age_days == std::optional<int>(180));
    REQUIRE(adjusted.value->tolerance_for("cloud"));
    CHECK(adjusted.value->tolerance_for("cloud")->min_score == std::optional<double>(85));
    CHECK(adjusted.value->tolerance_for("cloud")->floors.at("OPS") == 60);
    CHECK(adjusted.value->tolerance_for("device")->min_score == std::optional<double>(70));  // the default
    CHECK(adjusted.value->tolerance_for("")->min_score == std::optional<double>(70));
    CHECK_FALSE(pack.tolerance_for("cloud"));  // the pack itself is untouched

    auto bad = apply_profile(pack, profile_from("risk_tolerance:\n  clowd: { min_score: 85 }\n  device: { floors: { OPZ: 60 } }\n"));
    CHECK_FALSE(bad.value);
    CHECK(test::has_diagnostic(bad.diagnostics, 4, 3, "unknown product category 'clowd' in pack staged"));
    CHECK(test::has_diagnostic(bad.diagnostics, 5, 23, "unknown priority id 'OPZ' in pack staged"));
    auto no_categories = apply_profile(test::mini_pack(), profile_from("risk_tolerance:\n  cloud: { min_score: 85 }\n"));
    CHECK(no_categories.diagnostics[0].hint == "the pack declares no categories: set the tolerance under default");
}

TEST_CASE("a profile written for another pack is refused with one clear error") {
    auto r = apply_profile(test::staged_pack(), profile_from("pack: sbd-ot\nweights: { DEF: 2 }\n"));
    CHECK_FALSE(r.value);
    REQUIRE(r.diagnostics.size() == 1);  // not one error per id of the other pack
    CHECK(r.diagnostics[0].message == "profile t is written for pack sbd-ot, not staged");
    CHECK(r.diagnostics[0].where.line == 3);
    auto builtin = load_profile("small");
    REQUIRE(builtin.value);
    CHECK(builtin.value->pack == "sbd-ot");
}
