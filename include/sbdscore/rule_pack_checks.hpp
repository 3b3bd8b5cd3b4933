#pragma once
// Checks of a rule pack as a whole, after every file has been read without error: mistakes no
// single key shows (a priority that cannot score, a band that never applies, a criterion no
// answer can fully satisfy). The loader runs them, so `evaluate` and `rules lint` agree.

#include <vector>

#include "sbdscore/diagnostic.hpp"
#include "sbdscore/rule_pack.hpp"

namespace sbd {

// Appends errors (the pack cannot be used) and warnings (probably a mistake) to `out`.
void check_rule_pack(const RulePack& pack, std::vector<Diagnostic>& out);

}  // namespace sbd
