#pragma once
// Renderers of a ranked run: each turns the same RunReport into one output format.

#include <string>
#include <vector>

#include "sbdscore/rule_pack.hpp"
#include "sbdscore/scorecard.hpp"

namespace sbd {

struct RunReport {
    const RulePack* pack = nullptr;
    std::vector<VendorResult> results;  // ranked
};

struct TableStyle {
    bool color = false;
};

std::string render_table(const RunReport& report, const TableStyle& style = {});
std::string render_json(const RunReport& report);

constexpr int json_schema_version = 1;

}  // namespace sbd
