#include "score/ranking.hpp"

#include <cmath>

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

}  // namespace

Standing standing_of(Verdict verdict, double score) {
    static const double scale = std::pow(10.0, rank_decimals);
    return {verdict_order(verdict), std::llround(score * scale)};
}

}  // namespace sbd
