#pragma once
// What every report of a ranked run is rendered from.

#include <string>
#include <vector>

#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"

namespace sbd {

struct RunReport {
    const RulePack* pack = nullptr;
    std::vector<VendorResult> results;  // ranked
    // The run's date (YYYY-MM-DD) from --as-of or SOURCE_DATE_EPOCH; empty: reports carry no date,
    // so the same inputs always give byte-identical outputs.
    std::string as_of;
    // The profile the pack was adjusted with ("small (built-in)"); empty: the pack as it is.
    std::string profile;
};

struct RenderOptions {
    bool color = false;  // ANSI colours (terminal table only)
};

}  // namespace sbd
