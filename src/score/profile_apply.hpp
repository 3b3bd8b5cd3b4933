#pragma once
// Applying a profile to a rule pack: a checked, adjusted copy of the pack, so scoring stays the
// same code for every profile.

#include "model/profile.hpp"
#include "model/rule_pack.hpp"
#include "util/result.hpp"

namespace sbd {

// The pack adjusted by `profile` (its base_profile first). Unknown priority or criterion ids, gates
// no answer could pass and out-of-range values are errors (with "did you mean"); the result is
// then empty.
Result<RulePack> apply_profile(const RulePack& pack, const Profile& profile);

}  // namespace sbd
