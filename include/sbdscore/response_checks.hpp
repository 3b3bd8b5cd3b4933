#pragma once
// Checks a vendor runs before submitting (`sbdscore validate`): answers the loader accepts but an
// analyst would send back. All are warnings; the response still scores.

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "sbdscore/diagnostic.hpp"
#include "sbdscore/response.hpp"
#include "sbdscore/rule_pack.hpp"

namespace sbd {

// Warnings, in file order, for: scored criteria not answered yet (blank or missing), positive
// answers without the evidence their criterion expects, and answers that fail a must-have gate.
// Criteria in `skip` (answers the loader rejected with an error) are not checked.
std::vector<Diagnostic> check_before_submission(const RulePack& pack, const VendorResponse& response,
                                                const std::set<std::string>& skip = {});

// Everything `sbdscore validate` says about one file: the loader's errors and warnings and the
// checks above (on what could be read, even when there are errors); in file order.
std::vector<Diagnostic> validate_response_file(const std::filesystem::path& path, const RulePack& pack);

}  // namespace sbd
