#include <catch2/catch.hpp>

#include "analysis/rule_pack_diff.hpp"
#include "support/test_support.hpp"

using namespace sbd;

TEST_CASE("a pack compared with itself has no differences") {
    const RulePack& pack = test::mini_pack();
    CHECK(diff_packs(pack, pack).empty());
    CHECK(render_pack_diff(pack, pack, {}).find("no differences") != std::string::npos);
}

TEST_CASE("what one pack changes from another, in pack order") {
    const RulePack& a = test::mini_pack();
    RulePack b = a;
    b.id = "mini-ext";
    b.bases = {{"mini", "2.1.0", "x"}};
    b.pass_threshold = 75;
    b.priorities[0].weight = 3;
    Criterion& mfa = b.priorities[0].criteria[1];  // ACC-02
    mfa.options[2].score = 0;                      // otp
    mfa.options.push_back({"passkey", 1.0, "Passkey", {}});
    mfa.gate = false;
    b.priorities[1].criteria.pop_back();  // PAT-02
    Criterion added = b.priorities[1].criteria[0];
    added.id = "PAT-03";
    added.title = "New";
    b.priorities[1].criteria.push_back(added);

    auto changes = diff_packs(a, b);
    REQUIRE(changes.size() == 5);
    CHECK(changes[0].what == "pack");
    CHECK(changes[0].detail == "id 'mini' -> 'mini-ext'; pass_threshold 70 -> 75");
    CHECK(changes[1].what == "priority ACC");
    CHECK(changes[1].detail == "weight 2 -> 3");
    CHECK(changes[2].what == "criterion ACC-02");
    CHECK(changes[2].detail == "gate yes -> no; option otp scores 0.4 -> 0; option passkey added (scores 1)");
    CHECK(changes[3].kind == '-');
    CHECK(changes[3].what == "criterion PAT-02");
    CHECK(changes[4].kind == '+');
    CHECK(changes[4].detail == "New (number, weight 1)");
    std::string text = render_pack_diff(a, b, changes);
    CHECK(text.find("+++ mini-ext 2.1.0 (") != std::string::npos);
    CHECK(text.find("which scores responses written for mini") != std::string::npos);
    CHECK(text.find("1 added, 1 removed, 3 changed") != std::string::npos);
}
