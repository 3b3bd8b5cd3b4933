#pragma once
// Organisation profiles: adjustments of a rule pack for the buyer's size and maturity (threshold,
// weights, priority floors, extra or fewer gates). Built-in: small, medium, large (docs/profiles.md);
// or a profile YAML file. Applying a profile gives an adjusted copy of the pack, so scoring stays
// the same code for every profile.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sbdscore/diagnostic.hpp"
#include "sbdscore/rule_pack.hpp"

namespace sbd {

struct ProfileSetting {
    double value = 0;
    SourceLocation where;
};

struct ProfileGateChange {
    std::string criterion_id;
    SourceLocation where;
};

struct Profile {
    std::string name;
    std::string description;
    std::string base;  // a built-in profile applied first; empty for none
    std::string origin;  // "built-in" or the file it was read from
    std::optional<ProfileSetting> pass_threshold;
    std::map<std::string, ProfileSetting> weights;  // priority or criterion id -> weight
    std::map<std::string, ProfileSetting> floors;   // priority id -> lowest acceptable score, 0-100
    std::vector<ProfileGateChange> gates_add;
    std::vector<ProfileGateChange> gates_remove;
    SourceLocation where;
};

struct ProfileLoadResult {
    std::optional<Profile> profile;  // empty when any error was found
    std::vector<Diagnostic> diagnostics;
};

// Names of the built-in profiles, in size order: small, medium, large.
std::vector<std::string> builtin_profile_names();

// A built-in profile by name, or a profile file when `name_or_path` is not a built-in name.
// Ids are not checked here: apply_profile checks them against the pack.
ProfileLoadResult load_profile(const std::string& name_or_path);
ProfileLoadResult load_profile_text(const std::string& display_path, const std::string& text);

// The pack adjusted by `profile` (its base first). Unknown priority or criterion ids, gates no
// answer could pass and out-of-range values are errors (with "did you mean"); the result is then empty.
std::optional<RulePack> apply_profile(const RulePack& pack, const Profile& profile, std::vector<Diagnostic>& diagnostics);

// "small (built-in)", "strict-utility (examples/profiles/strict-utility.yaml, based on large)".
std::string describe_profile(const Profile& profile);

}  // namespace sbd
