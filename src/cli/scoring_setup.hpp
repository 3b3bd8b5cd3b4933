#pragma once
// What evaluate, explain and compare share: the rule pack adjusted by --profile, and the waivers of
// --waivers with the date their expiry is checked against.

#include <optional>
#include <string>
#include <vector>

#include "sbdscore/rule_pack.hpp"
#include "sbdscore/scorecard.hpp"
#include "sbdscore/waiver.hpp"

namespace sbd::cli {

struct ScoringSetup {
    RulePack pack;
    std::string profile;  // described for reports; empty without --profile
    std::vector<Waiver> waivers;
    std::string today;  // the run date, else today's UTC date: only for waiver expiry

    // Scores a response and applies the waivers; returns the waivers' warnings in `warnings`.
    VendorResult score(const VendorResponse& response, std::vector<Diagnostic> load_warnings,
                       std::vector<Diagnostic>* warnings = nullptr) const;
};

// Loads --rules (or the built-in pack), applies --profile and reads --waivers; prints problems to
// stderr and returns nullopt on any error.
std::optional<ScoringSetup> prepare_scoring(const std::string& rules, const std::string& profile,
                                            const std::string& waivers_file, const std::optional<std::string>& run_date);

}  // namespace sbd::cli
