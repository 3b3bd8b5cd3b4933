#pragma once
// Pieces the HTML report's parts share (report_html.cpp, html_overview.cpp): badges, anchors, the
// pack's floors. Every string from a vendor file or a pack goes through html_escape.

#include <cstddef>
#include <string>
#include <vector>

#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"

namespace sbd::html {

std::string verdict_class(Verdict v);  // "verdict-pass", ...
std::string gate_class(GateStatus s);  // "gate-pass", ...
std::string verdict_badge(Verdict v);  // <span class="badge verdict-pass">PASS</span>
std::string gate_badge(GateStatus s);  // <span class="badge gate-fail">fail</span>

// The id of the vendor section of the result at `position` in rank order ("vendor-3"): the summary
// and the comparison link to it.
std::string vendor_anchor(std::size_t position);

// True when the pack (as a profile adjusted it) sets a floor on some priority.
bool has_floors(const RulePack& pack);

}  // namespace sbd::html
