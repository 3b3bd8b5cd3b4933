#pragma once
// Checks a vendor runs before submitting (`sbdscore validate`): answers the loader accepts but an
// analyst would send back. All are warnings; the response still scores.

#include <set>
#include <string>

#include "model/response.hpp"
#include "model/rule_pack.hpp"
#include "util/result.hpp"

namespace sbd {

// Warnings, in file order, for: scored criteria not answered yet (blank or missing), positive
// answers without the evidence their criterion expects, and answers that fail a must-have gate.
// Criteria in `skip` (answers the loader rejected with an error) are not checked.
Result<void> check_before_submission(const RulePack& pack, const VendorResponse& response,
                                     const std::set<std::string>& skip = {});

}  // namespace sbd
