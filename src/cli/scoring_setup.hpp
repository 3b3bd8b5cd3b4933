#pragma once
// What the subcommands share before scoring: the rule pack of --rules (or the built-in one),
// adjusted by --profile, and the waivers of --waivers with the date their expiry is checked against.

#include <optional>
#include <string>

#include "model/rule_pack.hpp"
#include "score/scoring_plan.hpp"
#include "util/result.hpp"

namespace sbd::cli {

// The pack in `dir`, or the built-in pack when `dir` is empty; its problems, closed by a line
// saying nothing was scored when it cannot be used.
Result<RulePack> load_rules(const std::string& dir);

// Loads --rules, applies --profile and reads --waivers; empty on any error.
Result<ScoringPlan> plan_scoring(const std::string& rules, const std::string& profile, const std::string& waivers_file,
                                 const std::optional<std::string>& run_date);

}  // namespace sbd::cli
