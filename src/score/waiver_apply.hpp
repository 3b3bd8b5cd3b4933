#pragma once
// Applying waivers to scored results: failed must-haves become `waived`; stale or stray waivers
// are reported and never applied (docs/waivers.md). Applying is per result (a run applies it to
// each vendor as it is scored); the warnings need the whole run (which vendors did a waiver match).

#include <optional>
#include <string>
#include <vector>

#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"
#include "model/waiver.hpp"
#include "util/result.hpp"

namespace sbd {

// What one waiver found in one result whose vendor (and product) it names.
struct WaiverMatch {
    std::size_t waiver = 0;                // index in the waivers list
    bool applied = false;                  // the gate failed or was unanswered, and is now waived
    std::optional<GateStatus> gate_status;  // the gate's status when the waiver was not applied
};

// Applies the waivers in force (unexpired: expires >= today; naming a gate of `pack`) that match
// `result` to its failed or unanswered gates, in order, and recomputes its verdict when one applied.
std::vector<WaiverMatch> waive_result(VendorResult& result, const std::vector<Waiver>& waivers, const std::string& today,
                                      const RulePack& pack);

// One scored vendor of a run, as the waiver warnings need it.
struct WaivedVendor {
    std::string vendor;
    std::vector<WaiverMatch> matches;
};

// Warnings, in waiver order, for the waivers that were not applied: expired, not naming a gate,
// matching no vendor of `run` (the scored vendors, in the run's order), or matching only gates that
// did not fail.
Result<void> waiver_warnings(const std::vector<Waiver>& waivers, const std::vector<WaivedVendor>& run,
                             const std::string& today, const RulePack& pack);

// Both, over a run held in memory.
Result<void> apply_waivers(std::vector<VendorResult>& results, const std::vector<Waiver>& waivers,
                           const std::string& today, const RulePack& pack);

}  // namespace sbd
