#pragma once
// Orders vendors PASS > REVIEW > FAIL > INVALID, then by score (highest first, at full precision),
// then by vendor, product and file name; scores equal to rank_decimals decimals share a rank.

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

#include "model/scorecard.hpp"

namespace sbd {

// Scores equal to this many decimals share a rank (what the reports show at full precision differs
// only by floating-point noise below it).
constexpr int rank_decimals = 6;

namespace ranking_detail {
int verdict_order(Verdict v);
long long rank_key(double score);
}  // namespace ranking_detail

// Sorts `results` and sets each one's rank (standard competition ranking: 1, 2, 2, 4).
// INVALID results go last, unranked (rank 0). For VendorResult and ResultSummary alike, so a run
// ranks its summaries exactly as a list of full results would be ranked.
template <class Result>
void rank_results(std::vector<Result>& results) {
    using namespace ranking_detail;
    // The full score orders; the score rounded to rank_decimals decides who shares a rank.
    auto key = [](const Result& r) { return std::make_tuple(verdict_order(r.verdict), -r.score, std::cref(r.vendor), std::cref(r.product), std::cref(r.file)); };
    std::stable_sort(results.begin(), results.end(), [&](const Result& a, const Result& b) { return key(a) < key(b); });
    int position = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        auto& r = results[i];
        ++position;
        if (r.verdict == Verdict::invalid) {
            r.rank = 0;
            continue;
        }
        bool tied = i > 0 && results[i - 1].verdict == r.verdict && rank_key(results[i - 1].score) == rank_key(r.score);
        r.rank = tied ? results[i - 1].rank : position;
    }
}

}  // namespace sbd
