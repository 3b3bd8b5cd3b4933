#pragma once
// Shared fixtures for unit tests: the mini pack under tests/data and a response builder.

#include <string>

#include "load/response_loader.hpp"
#include "load/rule_pack_loader.hpp"

namespace sbd::test {

inline std::string data_dir() { return SBD_TEST_DATA_DIR; }

// The small pack of tests/data/packs/mini, loaded once.
const RulePack& mini_pack();

// A response to the mini pack with the given `answers:` block (indented two spaces).
std::string mini_response(const std::string& answers_block);

// Loads `text` as a response to the mini pack named "test.yaml".
Result<VendorResponse> load_mini(const std::string& text);

// The pack of tests/data/packs/staged (stages pre-purchase, transition, operation; categories
// cloud and device), loaded once; and a response to it with the given header lines and answers.
const RulePack& staged_pack();
std::string staged_response(const std::string& extra_header, const std::string& answers_block);
Result<VendorResponse> load_staged(const std::string& text);

// True when some diagnostic is at `line`:`column` and its message contains `text`.
bool has_diagnostic(const std::vector<Diagnostic>& diagnostics, int line, int column, const std::string& text);

}  // namespace sbd::test
