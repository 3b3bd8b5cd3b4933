#pragma once
// What the subcommands share before scoring: the rule pack (--rules DIR, --pack ID, or the pack the
// responses name), adjusted by --profile, and the waivers of --waivers with the date their expiry
// and the age of answers are checked against.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "load/evidence/evidence_checks.hpp"
#include "model/rule_pack.hpp"
#include "score/scoring_plan.hpp"
#include "util/result.hpp"

namespace sbd::cli {

// How a command names its pack: a folder (--rules), a built-in id (--pack), or neither.
struct PackChoice {
    std::string rules;
    std::string pack;
};

// The pack of `choice`: --rules, else --pack, else the one pack every response in `responses`
// names (`pack:`), else the default pack. Responses naming different packs are an error that
// lists them; so is a named pack that is not built in. Its problems end with a line saying
// nothing was scored when it cannot be used. `jobs` threads read the responses' `pack:`.
Result<RulePack> load_rules(const PackChoice& choice, const std::vector<std::filesystem::path>& responses = {},
                            unsigned jobs = 1);

// How a run scores, besides the pack: --profile, --waivers, the run date, --stage, --screen.
struct PlanOptions {
    std::string profile;
    std::string waivers;
    std::optional<std::string> run_date;
    std::string stage;
    bool screen = false;
    unsigned jobs = 1;  // threads reading the responses' `pack:` (-j)
};

// The evidence checks of a run (docs/evidence.md): --verify-evidence or the profile's
// verify_evidence, the run date, and --keyring opened (an error when it cannot be read; when
// --require-signature has no --keyring).
struct EvidenceFlags;
Result<EvidenceOptions> evidence_options(const EvidenceFlags& flags, bool profile_verifies, const std::string& today);

// Loads the pack, applies --profile, reads --waivers and checks --stage; empty on any error.
Result<ScoringPlan> plan_scoring(const PackChoice& choice, const std::vector<std::filesystem::path>& responses,
                                 const PlanOptions& options);

}  // namespace sbd::cli
