#pragma once
// A JSON Schema (draft-07) of response files to a rule pack (`sbdscore schema`), so that editors
// complete and check answers as the vendor types and show each question on hover.

#include <string>

#include "model/rule_pack.hpp"

namespace sbd {

// The schema as indented JSON with a final newline; keys in a fixed order (same pack, same bytes).
std::string render_response_schema(const RulePack& pack);

}  // namespace sbd
