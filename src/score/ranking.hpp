#pragma once
// Orders vendors PASS > REVIEW > FAIL > INVALID, then by score, then by name; ties share a rank.

#include <vector>

#include "model/scorecard.hpp"

namespace sbd {

// Sorts `results` and sets each one's rank (standard competition ranking: 1, 2, 2, 4).
// INVALID results go last, unranked (rank 0).
void rank_results(std::vector<VendorResult>& results);

// Scores equal to this many decimals share a rank (what the reports show at full precision differs
// only by floating-point noise below it).
constexpr int rank_decimals = 6;

}  // namespace sbd
