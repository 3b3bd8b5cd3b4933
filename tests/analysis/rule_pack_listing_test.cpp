#include <catch2/catch.hpp>

#include "analysis/rule_pack_listing.hpp"
#include "support/test_support.hpp"

using namespace sbd;

TEST_CASE("rules list: a table of priorities and one of criteria") {
    const std::string list = render_rules_list(test::mini_pack());
    CHECK(list.find("2 priorities, 6 criteria, 2 gates; pass threshold 70\n") != std::string::npos);
    CHECK(list.find("PRIORITY  WEIGHT  CRITERIA  GATES  TITLE\nACC       2       4         2      Access\n") != std::string::npos);
    CHECK(list.find("ACC-01     yesno   3       gate  expected  No default passwords\n") != std::string::npos);
    CHECK(list.find("PAT-01     number  1       -     -         Critical patch delivery\n") != std::string::npos);
}

TEST_CASE("rules show: a criterion or a priority in full, nothing for an unknown id") {
    const RulePack& pack = test::mini_pack();
    auto c = render_rule_detail(pack, "ACC-02");
    REQUIRE(c);
    CHECK(c->rfind("ACC-02  Phishing-resistant MFA\n", 0) == 0);
    CHECK(c->find("Gate:        yes, a must-have: passes only with fido2 or pki\n") != std::string::npos);
    CHECK(c->find("Options:\n  - fido2: FIDO2 (scores 1)\n") != std::string::npos);
    auto n = render_rule_detail(pack, "PAT-01");
    REQUIRE(n);
    CHECK(n->find("  - up to 30 days: scores 0.75\n") != std::string::npos);
    auto p = render_rule_detail(pack, "PAT");
    REQUIRE(p);
    CHECK(p->find("Criteria:    2 (0 gates)\n") != std::string::npos);
    CHECK_FALSE(render_rule_detail(pack, "PAT-9"));
    CHECK(rule_ids(pack) == std::vector<std::string>{"ACC", "PAT", "ACC-01", "ACC-02", "ACC-03", "ACC-04", "PAT-01", "PAT-02"});
}
