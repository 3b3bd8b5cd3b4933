#pragma once
// A response written out as a YAML response file (`sbdscore import`): what a vendor filled in as a
// workbook, kept under version control as the text the YAML loader reads back to the same answers.

#include <string>

#include "model/response.hpp"
#include "model/rule_pack.hpp"

namespace sbd {

// The response as YAML: a comment naming where it came from (`source`, e.g. the workbook's path
// and SHA-256), the header, then the answers in pack order. Answers with evidence or a comment take
// the long form; criteria left blank are written `ID: ~` (not answered yet, as in the template);
// criteria the response does not name are left out. Every text is double-quoted, so any text
// (quotes, colons, line breaks, '#') reads back unchanged.
std::string render_response_yaml(const RulePack& pack, const VendorResponse& response, const std::string& source);

}  // namespace sbd
