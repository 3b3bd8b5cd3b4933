#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

#include "analysis/sensitivity.hpp"
#include "score/ranking.hpp"
#include "score/scoring.hpp"
#include "support/test_support.hpp"

using namespace sbd;

namespace {

// A vendor of the mini pack (ACC weight 2: ACC-01 3, ACC-02 2, ACC-03 1; PAT weight 1: PAT-01 1,
// PAT-02 1), scored against `pack` (the mini pack or an adjusted copy of it).
VendorResult vendor(const std::string& name, const std::string& answers, const RulePack& pack = test::mini_pack()) {
    std::string text = test::mini_response(answers);
    text.replace(text.find("vendor: Acme"), 12, "vendor: " + name);
    auto loaded = load_response_text(name + ".yaml", text, test::mini_pack());
    REQUIRE(loaded.value);
    return score_response(pack, *loaded.value);
}

const char* const best =  // ACC 1, PAT 1: 100
    "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: [owner-approval, session-log, kill-switch]\n"
    "  PAT-01: 10\n  PAT-02: { value: yes, evidence: [b.pdf] }\n";
const char* const good =  // ACC 5.3/6, PAT 0.875: worse than best on both priorities, PASS
    "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: [session-log]\n"
    "  PAT-01: 20\n  PAT-02: { value: yes, evidence: [b.pdf] }\n";
const char* const fair =  // ACC 5/6, PAT 0.5 (PAT-01 10 days, PAT-02 no): 72.2, PASS near the threshold
    "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: []\n  PAT-01: 10\n  PAT-02: no\n";

std::vector<VendorResult> ranked(std::vector<VendorResult> results) {
    rank_results(results);
    return results;
}

RankStability analyse(const std::vector<VendorResult>& results, SensitivitySettings settings, const RulePack& pack = test::mini_pack()) {
    auto r = analyse_rank_stability(results, pack, settings);
    for (const auto& d : r.diagnostics) INFO(d.message);
    REQUIRE(r.value);
    return *r.value;
}

SensitivitySettings settings(double spread, std::uint64_t samples = 20000, bool criteria = false) {
    SensitivitySettings s;
    s.spread = spread;
    s.samples = samples;
    s.criteria = criteria;
    return s;
}

const VendorStability& find(const RankStability& s, const std::string& name) {
    for (const auto& v : s.vendors)
        if (v.vendor == name) return v;
    throw std::runtime_error("no vendor " + name);
}

}  // namespace

TEST_CASE("settings: defaults, and every bad value a usage error naming the option") {
    auto d = read_sensitivity_settings("", "", "", false);
    REQUIRE(d.ok());
    CHECK(d->samples == 10000);
    CHECK(d->spread == 0.5);
    CHECK(d->seed == 1);
    CHECK_FALSE(d->criteria);

    auto given = read_sensitivity_settings("250", "0.25", "18446744073709551615", true);
    REQUIRE(given.ok());
    CHECK(given->samples == 250);
    CHECK(given->spread == 0.25);
    CHECK(given->seed == 18446744073709551615ULL);
    CHECK(given->criteria);
    CHECK(read_sensitivity_settings("10000000", "1", "0", false).ok());
    CHECK(read_sensitivity_settings("", "-0", "", false)->spread == 0);

    auto message = [](const std::string& samples, const std::string& spread, const std::string& seed) {
        auto r = read_sensitivity_settings(samples, spread, seed, false);
        CHECK_FALSE(r.value);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].severity == Severity::error);
        CHECK(r.diagnostics[0].where.file.empty());  // about the run: "sbdscore: ..."
        return r.diagnostics[0].message;
    };
    CHECK(message("0", "", "") == "--samples must be at least 1");
    CHECK(message("abc", "", "") == "--samples takes a whole number of samples, not 'abc'");
    CHECK(message("-5", "", "") == "--samples takes a whole number of samples, not '-5'");
    CHECK(message("1e4", "", "") == "--samples takes a whole number of samples, not '1e4'");
    CHECK(message("10000001", "", "") == "--samples '10000001' is too many: at most 10000000");
    CHECK(message("99999999999999999999999", "", "").find("is too many") != std::string::npos);
    CHECK(message("", "-0.1", "") == "--spread '-0.1' is out of range: it is a share of the total weight, from 0 to 1");
    CHECK(message("", "1.5", "").find("out of range") != std::string::npos);
    CHECK(message("", "wide", "") == "--spread takes a number from 0 to 1, not 'wide'");
    CHECK(message("", "nan", "").find("takes a number") != std::string::npos);
    CHECK(message("", "inf", "").find("takes a number") != std::string::npos);
    CHECK(message("", "0.5x", "").find("takes a number") != std::string::npos);
    CHECK(message("", "", "1.5") == "--seed takes a whole number from 0 to 18446744073709551615, not '1.5'");
    CHECK(message("", "", "-1").find("--seed takes a whole number") != std::string::npos);
    CHECK(message("", "", "18446744073709551616").find("--seed takes a whole number") != std::string::npos);
    CHECK(read_sensitivity_settings("0", "-1", "x", false).diagnostics.size() == 3);  // all at once
}

TEST_CASE("fewer than two scorable vendors is an error; INVALID files are listed and left out") {
    auto one = ranked({vendor("Solo", best), invalid_result("bad.yaml", {})});
    auto r = analyse_rank_stability(one, test::mini_pack(), settings(0.5, 10));
    CHECK_FALSE(r.value);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "rank stability needs at least two scorable vendors; 1 was given (1 INVALID left out)");

    auto two = ranked({vendor("A", best), invalid_result("bad.yaml", {}), vendor("B", good)});
    RankStability s = analyse(two, settings(0.5, 100));
    CHECK(s.vendors.size() == 2);
    CHECK(s.left_out == std::vector<std::string>{"bad.yaml"});
    CHECK(s.vendors[0].rank_shares.size() == 2);  // ranks among the scorable vendors only
}

TEST_CASE("a vendor that dominates every other on every priority has rank-1 acceptability 1") {
    auto results = ranked({vendor("Good", good), vendor("Best", best), vendor("Fair", fair)});
    for (bool criteria : {false, true})
        for (double spread : {0.0, 0.3, 1.0}) {
            CAPTURE(criteria, spread);
            RankStability s = analyse(results, settings(spread, 5000, criteria));
            const VendorStability& top = find(s, "Best");
            CHECK(top.rank_shares[0] == 1.0);
            CHECK(top.expected_rank == 1.0);
            CHECK(top.pass_share == 1.0);
            CHECK(top.first_at_central_weights);
            CHECK(find(s, "Good").rank_shares[0] == 0.0);
            CHECK(find(s, "Good").central_weights.empty());
            CHECK(s.leaders == std::vector<std::size_t>{0});
            // Every rank is taken by exactly one vendor in each sample: rows and columns add up to 1.
            for (std::size_t r = 0; r < 3; ++r) {
                double column = 0;
                for (const auto& v : s.vendors) column += v.rank_shares[r];
                CHECK(column == Approx(1.0).margin(1e-12));
            }
            for (const auto& v : s.vendors)
                CHECK(std::accumulate(v.rank_shares.begin(), v.rank_shares.end(), 0.0) == Approx(1.0).margin(1e-12));
        }
}

TEST_CASE("two identical vendors split first and second place evenly") {
    auto results = ranked({vendor("Twin B", good), vendor("Twin A", good), vendor("Fair", fair)});
    for (double spread : {0.0, 1.0}) {
        RankStability s = analyse(results, settings(spread, 4000));
        const VendorStability& a = find(s, "Twin A");
        const VendorStability& b = find(s, "Twin B");
        // Ties share their ranks evenly rather than by name, so the split is exact, not just within sampling error.
        CHECK(a.rank_shares[0] == 0.5);
        CHECK(a.rank_shares[1] == 0.5);
        CHECK(b.rank_shares[0] == 0.5);
        CHECK(b.rank_shares[1] == 0.5);
        CHECK(a.expected_rank == 1.5);
        CHECK(find(s, "Fair").rank_shares[2] == 1.0);
        CHECK(s.leaders.size() == 2);
        CHECK(a.central_weights == b.central_weights);
        CHECK(a.first_at_central_weights);
    }
}

TEST_CASE("with spread 0 the result is evaluate's ranking and scores") {
    // Verdicts of every kind, a tie, and scores on both sides of the threshold.
    auto results = ranked({
        vendor("Fair", fair), vendor("Best", best), vendor("Good", good),
        vendor("Unverified", "  ACC-01: yes\n  ACC-02: fido2\n  ACC-03: [owner-approval]\n  PAT-01: 10\n  PAT-02: yes\n"),
        vendor("Low", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: []\n  PAT-01: 100\n  PAT-02: no\n"),
        vendor("Failing", "  ACC-01: no\n  ACC-02: fido2\n  PAT-01: 10\n"),
    });
    RankStability s = analyse(results, settings(0, 50));
    RankStability once = analyse(results, settings(0, 1));  // its mean is the one sample's score
    REQUIRE(s.vendors.size() == results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        const VendorResult& r = results[i];
        const VendorStability& v = s.vendors[i];
        CAPTURE(r.vendor, r.rank, r.score);
        CHECK(v.vendor == r.vendor);
        CHECK(v.rank == r.rank);
        CHECK(v.rank_shares[static_cast<std::size_t>(r.rank - 1)] == 1.0);
        CHECK(v.expected_rank == r.rank);
        CHECK(v.pass_share == (r.verdict == Verdict::pass ? 1.0 : 0.0));
        CHECK(once.vendors[i].score_interval.mean == r.score);  // the same sums in the same order: the same bits
        CHECK(v.score_interval.mean == Approx(r.score).epsilon(1e-14));
        CHECK(v.score_interval.low == std::round(r.score * 100) / 100);
        CHECK(v.score_interval.high == v.score_interval.low);
    }
    const VendorStability& top = s.vendors[0];
    REQUIRE(top.central_weights.size() == 2);
    CHECK(top.central_weights[0] == 2.0);
    CHECK(top.central_weights[1] == 1.0);
}

TEST_CASE("criteria: spread 0 re-scores every criterion to evaluate's figures; floors can then move") {
    auto results = ranked({vendor("Good", good), vendor("Fair", fair)});
    RankStability s = analyse(results, settings(0, 1, true));
    CHECK(s.weights.size() == 2 + 5);  // ACC-04 is text: not a weight
    CHECK(s.weights[2].id == "ACC-01");
    CHECK(s.weights[2].priority == 0);
    CHECK(s.weights[6].id == "PAT-02");
    CHECK(s.vendors[0].score_interval.mean == results[0].score);
    CHECK(s.vendors[1].score_interval.mean == results[1].score);

    // A floor of 88 on ACC: Good's ACC is 88.3. Priority weights alone cannot move it; criterion
    // weights can, and then Good is REVIEW in some samples.
    RulePack floored = test::mini_pack();
    floored.priorities[0].floor = 88;
    auto again = ranked({vendor("Good", good, floored), vendor("Best", best, floored)});
    REQUIRE(again[1].verdict == Verdict::pass);
    CHECK(find(analyse(again, settings(0.5, 4000), floored), "Good").pass_share == 1.0);
    const double with_criteria = find(analyse(again, settings(0.5, 4000, true), floored), "Good").pass_share;
    CHECK(with_criteria > 0.05);
    CHECK(with_criteria < 0.95);
}

TEST_CASE("a vendor near the threshold passes in some samples only; its interval holds its score") {
    auto results = ranked({vendor("Fair", fair), vendor("Best", best)});
    RankStability s = analyse(results, settings(1, 20000));
    const VendorStability& v = find(s, "Fair");
    CHECK(v.pass_share > 0.2);
    CHECK(v.pass_share < 0.95);
    CHECK(v.score_interval.low < 70);
    CHECK(v.score_interval.low <= v.score_interval.mean);
    CHECK(v.score_interval.mean <= v.score_interval.high);
    // Uniform weights over two priorities: the share of ACC is uniform on [0, 1], so the score is
    // uniform between PAT's 50 and ACC's 83.33: the 5th and 95th percentiles are 51.67 and 81.67.
    CHECK(v.score_interval.low == Approx(51.67).margin(0.4));
    CHECK(v.score_interval.high == Approx(81.67).margin(0.4));
    CHECK(v.score_interval.mean == Approx(66.67).margin(0.3));
    // It passes when ACC's share is above 0.6: 40% of samples.
    CHECK(v.pass_share == Approx(0.4).margin(0.015));
}

TEST_CASE("central weights are the mean weights of the samples a vendor wins") {
    // Strong on PAT, weaker on ACC: first only when PAT weighs enough.
    auto results = ranked({vendor("Acc", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: [owner-approval, session-log, kill-switch]\n"
                                        "  PAT-01: 20\n  PAT-02: { value: yes, evidence: [b.pdf] }\n"),
                           vendor("Pat", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: []\n"
                                        "  PAT-01: 10\n  PAT-02: { value: yes, evidence: [b.pdf] }\n")});
    RankStability s = analyse(results, settings(1, 20000));
    const VendorStability& acc = find(s, "Acc");
    const VendorStability& pat = find(s, "Pat");
    REQUIRE_FALSE(acc.central_weights.empty());
    REQUIRE_FALSE(pat.central_weights.empty());
    CHECK(acc.rank_shares[0] + pat.rank_shares[0] == Approx(1.0));
    // In pack units: the weights of every sample add up to the given total, 3.
    CHECK(acc.central_weights[0] + acc.central_weights[1] == Approx(3.0));
    CHECK(pat.central_weights[1] > acc.central_weights[1]);
    CHECK(pat.central_weights[0] < acc.central_weights[0]);
    CHECK(acc.first_at_central_weights);
    CHECK(pat.first_at_central_weights);
    // Acc (ACC 1, PAT 0.875) and Pat (ACC 5/6, PAT 1) tie where ACC's share is 3/7 of the weight:
    // Acc wins above it, 4/7 of uniform samples.
    CHECK(acc.rank_shares[0] == Approx(4.0 / 7).margin(0.01));
}

TEST_CASE("the same inputs and seed give the same figures; another seed other figures; input order does not matter") {
    auto results = ranked({vendor("Fair", fair), vendor("Best", best), vendor("Good", good)});
    auto a = analyse(results, settings(0.8, 3000, true));
    auto b = analyse(results, settings(0.8, 3000, true));
    SensitivitySettings other = settings(0.8, 3000, true);
    other.seed = 2;
    auto c = analyse(results, other);
    for (std::size_t i = 0; i < a.vendors.size(); ++i) {
        CHECK(a.vendors[i].rank_shares == b.vendors[i].rank_shares);
        CHECK(a.vendors[i].central_weights == b.vendors[i].central_weights);
        CHECK(a.vendors[i].score_interval.mean == b.vendors[i].score_interval.mean);
    }
    CHECK(a.vendors[2].score_interval.mean != c.vendors[2].score_interval.mean);

    std::vector<VendorResult> shuffled = {results[2], results[0], results[1]};
    auto d = analyse(shuffled, settings(0.8, 3000, true));
    for (const auto& v : a.vendors) {
        CHECK(find(d, v.vendor).rank_shares == v.rank_shares);
        CHECK(find(d, v.vendor).pass_share == v.pass_share);
    }
}

// Hand-computed flip points: each case's comment gives the scores as functions of the factor t.
TEST_CASE("flip points: where one priority's weight changes first place, by score") {
    // X: ACC 1, PAT 0.875 -> 95.8;  Y: ACC 5/6, PAT 1 -> 88.9. With ACC's weight times t:
    //   X(t) = (2t + 0.875) / (2t + 1),  Y(t) = (2t·5/6 + 1) / (2t + 1): equal at t = 3/8.
    // With PAT's weight times t: X(t) = (2 + 0.875t) / (2 + t), Y(t) = (5/3 + t) / (2 + t): t = 8/3.
    auto results = ranked({vendor("X", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: [owner-approval, session-log, kill-switch]\n"
                                       "  PAT-01: 20\n  PAT-02: { value: yes, evidence: [b.pdf] }\n"),
                           vendor("Y", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: []\n"
                                       "  PAT-01: 10\n  PAT-02: { value: yes, evidence: [b.pdf] }\n")});
    RankStability s = analyse(results, settings(0.5, 10));
    REQUIRE(s.vendors[0].vendor == "X");
    REQUIRE(s.flips.size() == 2);
    REQUIRE(s.flips[0].below);
    CHECK(s.flips[0].below->factor == Approx(3.0 / 8).epsilon(1e-12));
    CHECK(s.flips[0].below->first == std::vector<std::size_t>{1});
    CHECK_FALSE(s.flips[0].above);  // more ACC only helps X
    CHECK_FALSE(s.flips[1].below);
    REQUIRE(s.flips[1].above);
    CHECK(s.flips[1].above->factor == Approx(8.0 / 3).epsilon(1e-12));
    CHECK(s.flips[1].above->first == std::vector<std::size_t>{1});
    auto nearest = nearest_flip(s);
    REQUIRE(nearest);
    CHECK(nearest->flip == 0);
    CHECK(nearest->below);
}

TEST_CASE("flip points: where the leader's verdict changes at the pass threshold") {
    // X: ACC 5/6, PAT 0.5 -> 72.2 PASS; Y: ACC-01 without evidence (unverified gate: REVIEW whatever
    // the weights), ACC 0.75, PAT 1 -> 83.3. X stays first while it passes: X(t) = 70 where
    //   ACC times t: (2t·5/6 + 0.5) / (2t + 1) = 0.7  ->  t = 3/4
    //   PAT times t: (5/3 + 0.5t) / (2 + t) = 0.7     ->  t = 4/3
    auto results = ranked({vendor("X", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: []\n  PAT-01: 10\n  PAT-02: no\n"),
                           vendor("Y", "  ACC-01: yes\n  ACC-02: fido2\n  ACC-03: [owner-approval, session-log, kill-switch]\n"
                                       "  PAT-01: 10\n  PAT-02: { value: yes, evidence: [b.pdf] }\n")});
    REQUIRE(results[0].vendor == "X");
    REQUIRE(results[0].verdict == Verdict::pass);
    REQUIRE(results[1].verdict == Verdict::review);
    RankStability s = analyse(results, settings(0.5, 10));
    REQUIRE(s.flips[0].below);
    CHECK(s.flips[0].below->factor == Approx(0.75).epsilon(1e-12));
    CHECK(s.flips[0].below->first == std::vector<std::size_t>{1});
    CHECK_FALSE(s.flips[0].above);
    REQUIRE(s.flips[1].above);
    CHECK(s.flips[1].above->factor == Approx(4.0 / 3).epsilon(1e-12));
    CHECK_FALSE(s.flips[1].below);
}

TEST_CASE("flip points: none from 0 to 10x for a vendor ahead on every priority") {
    auto results = ranked({vendor("Best", best), vendor("Good", good)});
    RankStability s = analyse(results, settings(0.5, 10));
    for (const auto& f : s.flips) {
        CHECK_FALSE(f.below);
        CHECK_FALSE(f.above);
    }
    CHECK_FALSE(nearest_flip(s));
}

TEST_CASE("flip points: a priority left out entirely, when a vendor is scored on nothing else") {
    // ACC-01 and ACC-02 weigh 0, so ACC rests on ACC-03, which may be n/a.
    RulePack pack = test::mini_pack();
    pack.priorities[0].criteria[0].weight = 0;
    pack.priorities[0].criteria[1].weight = 0;
    // X: ACC 0.5, PAT 1 -> 66.7 REVIEW.  Y: ACC n/a, PAT 0.875 -> 87.5 PASS, first.
    auto results = ranked({vendor("X", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: [owner-approval]\n"
                                       "  PAT-01: 10\n  PAT-02: { value: yes, evidence: [b.pdf] }\n", pack),
                           vendor("Y", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: fido2\n  ACC-03: n/a\n"
                                       "  PAT-01: 20\n  PAT-02: { value: yes, evidence: [b.pdf] }\n", pack)});
    REQUIRE(results[0].vendor == "Y");
    REQUIRE(results[1].verdict == Verdict::review);
    RankStability s = analyse(results, settings(0.5, 10), pack);
    // ACC times t: X(t) = (t + 1) / (2t + 1), PASS for t <= 3/4, above Y's 0.875 for t < 1/6.
    REQUIRE(s.flips[0].below);
    CHECK(s.flips[0].below->factor == Approx(1.0 / 6).epsilon(1e-12));
    CHECK(s.flips[0].below->first == std::vector<std::size_t>{1});
    CHECK_FALSE(s.flips[0].above);
    // PAT times t: X(t) = (1 + t) / (2 + t), PASS from t = 4/3, above 0.875 from t = 6. At t = 0
    // exactly Y has no applicable priority left (score 0), and X is first: "left out".
    REQUIRE(s.flips[1].above);
    CHECK(s.flips[1].above->factor == Approx(6.0).epsilon(1e-12));
    CHECK(s.flips[1].above->first == std::vector<std::size_t>{1});
    REQUIRE(s.flips[1].below);
    CHECK(s.flips[1].below->factor == 0);
    CHECK(s.flips[1].below->first == std::vector<std::size_t>{1});
}

TEST_CASE("more vendors than max_sensitivity_vendors is an error, not an unbounded table") {
    StabilityInput one = stability_input(vendor("V", good));
    std::vector<StabilityInput> many(max_sensitivity_vendors + 1, one);
    for (std::size_t i = 0; i < many.size(); ++i) many[i].vendor = "V" + std::to_string(i);
    auto r = analyse_rank_stability(many, test::mini_pack(), settings(0.5, 1));
    CHECK_FALSE(r.value);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "rank stability analyses at most 1000 scorable vendors; 1001 were given");
    CHECK(r.diagnostics[0].hint == "analyse a shortlist: the vendors that meet their gates, say");
    many.pop_back();
    CHECK(analyse_rank_stability(many, test::mini_pack(), settings(0.5, 1)).value);
}

TEST_CASE("stability_input keeps what re-scoring needs; results in any order come out in evaluate's ranking") {
    VendorResult r = vendor("Good", good);
    StabilityInput in = stability_input(r);
    CHECK(in.fraction.size() == 2);
    CHECK(in.fraction[0] == Approx(5.3 / 6));
    CHECK(in.credit.size() == 5);  // ACC-04 is text
    CHECK_FALSE(in.blocked);
    CHECK(stability_input(invalid_result("bad.yaml", {})).fraction.empty());

    std::vector<StabilityInput> unranked = {stability_input(vendor("Fair", fair)), stability_input(vendor("Best", best)),
                                            stability_input(r)};
    auto s = analyse_rank_stability(unranked, test::mini_pack(), settings(0, 1));
    REQUIRE(s.value);
    std::vector<std::string> order;
    for (const auto& v : s->vendors) order.push_back(v.vendor + ":" + std::to_string(v.rank));
    CHECK(order == std::vector<std::string>{"Best:1", "Good:2", "Fair:3"});
}
