#pragma once
// Criteria described in words, for the questionnaire template and `sbdscore rules show`.
// Pack text may be user-supplied: callers escape it for their output format.

#include <string>
#include <vector>

#include "model/rule_pack.hpp"

namespace sbd {

// The answers a criterion accepts, in one line: "yes | partial | no", "one of the options below",
// "a number of days, at least 0", "free text".
std::string allowed_answers(const Criterion& c);

// One line per option: "fido2: FIDO2 / WebAuthn authenticators (scores 1)".
std::vector<std::string> option_lines(const Criterion& c);

// One line per number band, in order: "up to 14 days: scores 1", "any other value: scores 0".
std::vector<std::string> band_lines(const Criterion& c);


}  // namespace sbd
