#include "score/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace sbd {

namespace {

int verdict_order(Verdict v) {
    switch (v) {
        case Verdict::pass: return 0;
        case Verdict::review: return 1;
        case Verdict::fail: return 2;
        case Verdict::invalid: return 3;
    }
    return 3;
}

long long rank_key(double score) { return std::llround(score * std::pow(10.0, rank_decimals)); }

}  // namespace

void rank_results(std::vector<VendorResult>& results) {
    std::stable_sort(results.begin(), results.end(), [](const VendorResult& a, const VendorResult& b) {
        return std::make_tuple(verdict_order(a.verdict), -rank_key(a.score), a.vendor, a.product, a.file) <
               std::make_tuple(verdict_order(b.verdict), -rank_key(b.score), b.vendor, b.product, b.file);
    });
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
