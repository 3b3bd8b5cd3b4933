#pragma once
// The process exit code of a run, from its results (documented in README and docs/ci.md).

#include <string>
#include <vector>

#include "model/scorecard.hpp"

namespace sbd {

enum class FailOn { never, gate, review };
const char* to_string(FailOn f);  // "never", "gate", "review"

namespace exit_code {
constexpr int ok = 0;
constexpr int gate_failed = 1;
constexpr int tests_failed = 1;  // `rules test`: a pack test does not get what it expects
constexpr int invalid_input = 2;
constexpr int internal_error = 3;
}  // namespace exit_code

// 2 if any result is INVALID; else 1 if a result meets the --fail-on condition; else 0.
int exit_code_for(const std::vector<Verdict>& verdicts, FailOn fail_on);

}  // namespace sbd
