#pragma once
// Reads a pack test: the response (strictly, as `evaluate` would) plus its `test:` and `expect:`
// blocks (docs/rules.md#pack-tests).

#include <string>

#include "model/pack_test.hpp"
#include "model/rule_pack.hpp"
#include "util/result.hpp"

namespace sbd {

// The case, only when neither the response nor the blocks have an error.
Result<PackTestCase> load_pack_test_text(const std::string& display_path, const std::string& text, const RulePack& pack);

}  // namespace sbd
