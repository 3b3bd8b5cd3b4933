#pragma once
// Orders vendors PASS > REVIEW > FAIL > INVALID, then by score (highest first, at full precision),
// then by vendor, product and file name; scores equal to rank_decimals decimals share a rank.

#include <algorithm>
#include <tuple>
#include <vector>

#include "model/scorecard.hpp"

namespace sbd {

// Scores equal to this many decimals share a rank (what the reports show at full precision differs
// only by floating-point noise below it).
constexpr int rank_decimals = 6;

// Where a vendor stands for ranking: its verdict, then its score to rank_decimals. Equal standings
// share a rank. rank_results and the rank-stability analysis (analysis/sensitivity) both rank by
// it, so they agree on what "first" means.
struct Standing {
    int verdict_order = 0;    // PASS 0, REVIEW 1, FAIL 2, INVALID 3
    long long score_key = 0;  // score × 10^rank_decimals, rounded

    bool operator==(const Standing&) const = default;
    // True when this standing ranks ahead of `other`.
    bool ahead_of(const Standing& other) const {
        return verdict_order != other.verdict_order ? verdict_order < other.verdict_order : score_key > other.score_key;
    }
};
Standing standing_of(Verdict verdict, double score);

// The order in which equal standings are listed: the full score (highest first), then vendor name,
// product and file.
template <class Result>
bool listed_before(const Result& a, const Result& b) {
    if (a.score != b.score) return a.score > b.score;
    return std::tie(a.vendor, a.product, a.file) < std::tie(b.vendor, b.product, b.file);
}

// Sorts `results` and sets each one's rank (standard competition ranking: 1, 2, 2, 4).
// INVALID results go last, unranked (rank 0). For VendorResult and ResultSummary alike (anything
// with verdict, score, vendor, product, file and rank), so a run ranks its summaries exactly as a
// list of full results would be ranked.
template <class Result>
void rank_results(std::vector<Result>& results) {
    std::stable_sort(results.begin(), results.end(), [](const Result& a, const Result& b) {
        const Standing sa = standing_of(a.verdict, a.score);
        const Standing sb = standing_of(b.verdict, b.score);
        return sa == sb ? listed_before(a, b) : sa.ahead_of(sb);
    });
    int position = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        auto& r = results[i];
        ++position;
        if (r.verdict == Verdict::invalid) {
            r.rank = 0;
            continue;
        }
        bool tied = i > 0 && standing_of(results[i - 1].verdict, results[i - 1].score) == standing_of(r.verdict, r.score);
        r.rank = tied ? results[i - 1].rank : position;
    }
}

}  // namespace sbd
