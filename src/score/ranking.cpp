#include "score/ranking.hpp"

namespace sbd::ranking_detail {

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

}  // namespace sbd::ranking_detail
