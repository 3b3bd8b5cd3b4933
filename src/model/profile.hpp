#pragma once
// Organisation profiles: adjustments of a rule pack for the buyer's size and maturity (threshold,
// weights, priority floors, extra or fewer gates). Built-in: small, medium, large (profiles/,
// docs/profiles.md); or a profile YAML file. Loading is in load/profile_loader, applying in
// score/profile_apply.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/report_labels.hpp"
#include "util/diagnostic.hpp"

namespace sbd {

struct ProfileSetting {
    double value = 0;
    SourceLocation where;
};

struct ProfileGateChange {
    std::string criterion_id;
    SourceLocation where;
};

// The risk tolerance a profile sets for one product category (docs/profiles.md#risk-tolerance).
struct ProfileTolerance {
    std::optional<ProfileSetting> min_score;
    std::map<std::string, ProfileSetting> floors;  // priority id -> lowest score
    SourceLocation where;
};

struct Profile {
    std::string name;
    std::string description;
    std::string base;  // the name of a built-in profile applied first; empty for none
    std::shared_ptr<const Profile> base_profile;  // that profile, resolved by the loader
    std::string origin;  // "built-in" or the file it was read from
    std::optional<ProfileSetting> pass_threshold;
    std::map<std::string, ProfileSetting> weights;  // priority or criterion id -> weight
    std::map<std::string, ProfileSetting> floors;   // priority id -> lowest acceptable score, 0-100
    std::vector<ProfileGateChange> gates_add;
    std::vector<ProfileGateChange> gates_remove;
    // The pack the profile is written for; empty: any pack whose ids it names.
    std::string pack;
    SourceLocation pack_where;
    // Risk tolerance by product category id; the key "" is `default:` (every other response).
    std::map<std::string, ProfileTolerance> risk_tolerance;
    std::optional<ProfileSetting> max_answer_age_days;  // `max_answer_age: 365d`
    ReportLabels labels;  // title, organisation, classification of the reports; empty when not set
    std::optional<bool> verify_evidence;  // `verify_evidence: true`: as --verify-evidence on every run
    SourceLocation where;
};

// "small (built-in)", "strict-utility (examples/profiles/strict-utility.yaml, based on large)".
std::string describe_profile(const Profile& profile);

// The report labels a profile sets: its base's, overridden by its own.
ReportLabels profile_labels(const Profile& profile);

}  // namespace sbd
