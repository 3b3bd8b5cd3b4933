#pragma once
// The best answer a criterion allows: what a vendor would have to say to get full marks on it.

#include <optional>

#include "sbdscore/response.hpp"
#include "sbdscore/rule_pack.hpp"

namespace sbd {

// The answer with the highest raw score (the fewest choices for multi, a number inside the best
// band and the criterion's limits); nullopt for text criteria. With `with_evidence`, when the
// criterion expects evidence, the answer cites a placeholder "(evidence)".
std::optional<Answer> best_answer(const Criterion& criterion, bool with_evidence);

// The raw score of best_answer (0 for text).
double best_raw_score(const Criterion& criterion);

}  // namespace sbd
