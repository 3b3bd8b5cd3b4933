#pragma once
// A pack test's expectation against the result the pack gave (docs/rules.md#pack-tests).

#include <string>
#include <vector>

#include "model/pack_test.hpp"
#include "model/scorecard.hpp"

namespace sbd {

// One line per expectation the result does not meet ("verdict: expected PASS, got REVIEW"); empty
// when the test passes.
std::vector<std::string> check_expectation(const PackTestExpectation& expect, const VendorResult& result);

// "FAIL, score 91.3" or "PASS, screened": what the result was, for the line of a passing test.
std::string summarize_result(const VendorResult& result);

}  // namespace sbd
