#include <catch2/catch.hpp>

#include "analysis/criterion_text.hpp"
#include "support/test_support.hpp"

using namespace sbd;

TEST_CASE("allowed_answers per answer type") {
    const RulePack& pack = test::mini_pack();
    CHECK(allowed_answers(*pack.find_criterion("ACC-01")) == "yes | partial | no");
    CHECK(allowed_answers(*pack.find_criterion("ACC-02")) == "one of: fido2 | pki | otp | none");
    CHECK(allowed_answers(*pack.find_criterion("ACC-03")) == "a list of any of: owner-approval, session-log, kill-switch ([] for none)");
    CHECK(allowed_answers(*pack.find_criterion("ACC-04")) == "free text (not scored)");
    CHECK(allowed_answers(*pack.find_criterion("PAT-01")) == "a number of days, at least 0");
}

TEST_CASE("option and band lines") {
    const RulePack& pack = test::mini_pack();
    CHECK(option_lines(*pack.find_criterion("ACC-02"))[2] == "otp: One-time codes (scores 0.4)");
    CHECK(band_lines(*pack.find_criterion("PAT-01")) ==
          std::vector<std::string>{"up to 14 days: scores 1", "up to 30 days: scores 0.75", "up to 90 days: scores 0.4",
                                   "any other value: scores 0"});
}
