#pragma once
// Checks of a rule pack as a whole, after every file has been read without error: mistakes no
// single key shows (a priority that cannot score, a band that never applies, a criterion no
// answer can fully satisfy). The loader runs them, so `evaluate` and `rules lint` agree.

#include "model/rule_pack.hpp"
#include "util/result.hpp"

namespace sbd {

// Errors (the pack cannot be used) and warnings (probably a mistake).
Result<void> check_rule_pack(const RulePack& pack);

}  // namespace sbd
