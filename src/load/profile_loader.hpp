#pragma once
// Reads organisation profiles: the built-in ones (profiles/, compiled in) by name, or a profile
// YAML file, strictly (same rules and messages as the other loaders).

#include <string>
#include <vector>

#include "model/profile.hpp"
#include "util/result.hpp"

namespace sbd {

// Names of the built-in profiles, in size order: small, medium, large.
std::vector<std::string> builtin_profile_names();

// A built-in profile by name, or a profile file when `name_or_path` is not a built-in name; its
// `base` is loaded and attached as base_profile. Ids are not checked here: apply_profile checks
// them against the pack.
Result<Profile> load_profile(const std::string& name_or_path);
Result<Profile> load_profile_text(const std::string& display_path, const std::string& text);

}  // namespace sbd
