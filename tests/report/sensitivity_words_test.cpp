#include <catch2/catch.hpp>

#include "report/sensitivity_words.hpp"

using namespace sbd;

namespace {

RankStability two_vendors() {
    RankStability s;
    s.settings.samples = 10000;
    s.weights = {{"ACC", "Access", 2, 0}, {"PAT", "Patching", 1, 1}};
    s.priority_count = 2;
    VendorStability x, y;
    x.vendor = "Xeno Corp";
    x.product = "X1";
    y.vendor = "Yonder";
    y.product = "Y1";
    s.vendors = {x, y};
    s.leaders = {0};
    PriorityFlip acc{0, FlipPoint{0.375, {1}}, std::nullopt};
    PriorityFlip pat{1, std::nullopt, FlipPoint{8.0 / 3, {1}}};
    s.flips = {acc, pat};
    return s;
}

}  // namespace

TEST_CASE("share_percent shows never, always and the edges without rounding them away") {
    CHECK(share_percent(0) == "-");
    CHECK(share_percent(1) == "100");
    CHECK(share_percent(0.5) == "50.0");
    CHECK(share_percent(0.0001) == "<0.1");
    CHECK(share_percent(0.9999) == ">99.9");
    CHECK(share_percent(0.12345) == "12.3");
}

TEST_CASE("rank_columns: every rank up to six vendors, then 1-5 and 6+") {
    CHECK(rank_columns(2).size() == 2);
    CHECK(rank_columns(6).back().label == "6");
    auto many = rank_columns(50);
    REQUIRE(many.size() == 6);
    CHECK(many[5].label == "6+");
    CHECK(many[5].first == 5);
    CHECK(many[5].last == 49);
    VendorStability v;
    v.rank_shares.assign(50, 0.02);
    CHECK(column_share(v, many[5]) == Approx(0.9));
}

TEST_CASE("the headline is the nearest flip, its factor rounded toward 1") {
    RankStability s = two_vendors();
    CHECK(stability_headline(s) ==
          "Xeno Corp stays first unless Access (ACC) weighs less than 0.38x its current weight (then Yonder is first).");
    CHECK(flip_cell(s, s.flips[0].below, true) == "below 0.38x: Yonder");
    CHECK(flip_cell(s, s.flips[1].above, false) == "above 2.66x: Yonder");  // 2.6667 rounded down
    CHECK(flip_cell(s, s.flips[0].above, false) == "none");

    s.flips[1].above->factor = 1.2;  // now the nearest
    CHECK(stability_headline(s) ==
          "Xeno Corp stays first unless Patching (PAT) weighs more than 1.20x its current weight (then Yonder is first).");
    s.flips[0].below = FlipPoint{0, {1}};
    s.flips[1].above.reset();
    CHECK(stability_headline(s) == "Xeno Corp stays first unless Access (ACC) is left out entirely (then Yonder is first).");

    s.flips = {{0, std::nullopt, std::nullopt}, {1, std::nullopt, std::nullopt}};
    s.leaders = {0, 1};
    CHECK(stability_headline(s) ==
          "Xeno Corp and Yonder stay first whatever any one priority weighs, from 0 to 10x its current weight, the others as given.");
}

TEST_CASE("vendor labels add the product when two vendors share a name") {
    RankStability s = two_vendors();
    CHECK(vendor_label(s, 0) == "Xeno Corp");
    s.vendors[1].vendor = "Xeno Corp";
    CHECK(vendor_label(s, 0) == "Xeno Corp X1");
    CHECK(vendors_label(s, {0, 1}) == "Xeno Corp X1 and Xeno Corp Y1");
    CHECK(sampling_error(s) == "\u00b11.0");
    CHECK(method_summary(s) == "10000 samples of the 2 priority weights (spread 0.5, seed 1)");
}
