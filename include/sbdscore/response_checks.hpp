#pragma once
// Checks a vendor runs before submitting (`sbdscore validate`): answers the loader accepts but an
// analyst would send back. All are warnings; the response still scores.

#include <vector>

#include "sbdscore/diagnostic.hpp"
#include "sbdscore/response.hpp"
#include "sbdscore/rule_pack.hpp"

namespace sbd {

// Warnings, in file order, for: scored criteria not answered yet (blank or missing), positive
// answers without the evidence their criterion expects, and answers that fail a must-have gate.
std::vector<Diagnostic> check_before_submission(const RulePack& pack, const VendorResponse& response);

}  // namespace sbd
