#pragma once
// Applying waivers to scored results: failed must-haves become `waived`; stale or stray waivers
// are reported and never applied (docs/waivers.md).

#include <string>
#include <vector>

#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"
#include "model/waiver.hpp"
#include "util/result.hpp"

namespace sbd {

// Applies the unexpired waivers (expires >= today) to the failed or unanswered gates they match,
// then recomputes each touched verdict. Warnings for waivers that were not applied: expired,
// matching no vendor, or matching a gate that does not fail.
Result<void> apply_waivers(std::vector<VendorResult>& results, const std::vector<Waiver>& waivers,
                           const std::string& today, const RulePack& pack);

}  // namespace sbd
