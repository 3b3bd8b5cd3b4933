#include <catch2/catch.hpp>

#include "score/ranking.hpp"

using namespace sbd;

namespace {
VendorResult make(const std::string& vendor, Verdict v, double score) {
    VendorResult r;
    r.vendor = vendor;
    r.file = vendor + ".yaml";
    r.verdict = v;
    r.score = score;
    return r;
}

std::vector<std::string> order(const std::vector<VendorResult>& results) {
    std::vector<std::string> out;
    for (const auto& r : results) out.push_back(r.vendor + ":" + std::to_string(r.rank));
    return out;
}
}  // namespace

TEST_CASE("PASS before REVIEW before FAIL before INVALID, then score, then name") {
    std::vector<VendorResult> results = {
        make("fail-high", Verdict::fail, 95),  make("review", Verdict::review, 80), make("pass-low", Verdict::pass, 71),
        make("bad", Verdict::invalid, 0),      make("pass-high", Verdict::pass, 90),
    };
    rank_results(results);
    CHECK(order(results) == std::vector<std::string>{"pass-high:1", "pass-low:2", "review:3", "fail-high:4", "bad:0"});
}

TEST_CASE("equal scores share a rank and are ordered by name") {
    std::vector<VendorResult> results = {
        make("Zeta", Verdict::pass, 80.0), make("Alpha", Verdict::pass, 80.0), make("Mid", Verdict::pass, 75.0),
        make("Beta", Verdict::pass, 80.0 + 1e-12),  // floating-point noise: the same rank, listed first
    };
    rank_results(results);
    CHECK(order(results) == std::vector<std::string>{"Beta:1", "Alpha:1", "Zeta:1", "Mid:4"});
}

TEST_CASE("within a shared rank a higher score is never listed below a lower one") {
    // Both round to 80.000000, so they share rank 1; the higher full score comes first whatever the names.
    std::vector<VendorResult> results = {make("Alpha", Verdict::pass, 80.0000001), make("Beta", Verdict::pass, 80.0000004)};
    rank_results(results);
    CHECK(order(results) == std::vector<std::string>{"Beta:1", "Alpha:1"});
}

TEST_CASE("equal scores with different verdicts do not share a rank") {
    std::vector<VendorResult> results = {make("A", Verdict::review, 70), make("B", Verdict::fail, 70)};
    rank_results(results);
    CHECK(order(results) == std::vector<std::string>{"A:1", "B:2"});
}
