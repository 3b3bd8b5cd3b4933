// The built-in profiles, written in the profile file format so they go through the same checks.
// Their reasoning, with the guidance they come from, is in docs/profiles.md.
#include <string>
#include <vector>

#include "sbdscore/profile.hpp"

namespace sbd {

namespace {

struct BuiltinProfile {
    const char* name;
    const char* text;
};

const BuiltinProfile builtin_profiles[] = {
    {"small", R"(format: 1
name: small
description: >-
  Few or no dedicated security staff: the product must be safe as delivered and easy to keep patched.
  Secure defaults, strong authentication, patching and vendor accountability weigh more; work the
  buyer cannot staff (threat-model review, self-maintenance) weighs less.
pass_threshold: 65
weights:
  DEF: 2
  AUT: 2
  UPD: 1.5
  VUL: 1.5
  THR: 0.5
  OWN: 0.75
  AUT-05: 2
  VUL-05: 3
floors:
  DEF: 70
  AUT: 70
)"},
    {"medium", R"(format: 1
name: medium
description: >-
  A security function that runs a weighted scorecard: the rule pack's own weights, threshold and gates.
)"},
    {"large", R"(format: 1
name: large
description: >-
  A mature security operation (SOC, supply-chain risk management): logging, threat models, owner
  autonomy and open standards weigh more; a higher threshold; every priority has a floor; secure
  controls and signed updates become must-haves.
pass_threshold: 75
weights:
  LOG: 1.5
  THR: 1.5
  OWN: 1.5
  OPN: 1.25
  VUL: 1.25
floors:
  CFG: 50
  LOG: 60
  OPN: 50
  OWN: 50
  DAT: 50
  DEF: 50
  COM: 50
  CTL: 50
  AUT: 50
  THR: 50
  VUL: 60
  UPD: 50
gates:
  add: [CTL-01, UPD-01]
)"},
};

}  // namespace

std::vector<std::string> builtin_profile_names() {
    std::vector<std::string> names;
    for (const auto& p : builtin_profiles) names.emplace_back(p.name);
    return names;
}

// The YAML text of a built-in profile, or "" when `name` is not one (used by profile_loader.cpp).
std::string profile_builtin_text(const std::string& name) {
    for (const auto& p : builtin_profiles)
        if (name == p.name) return p.text;
    return "";
}

}  // namespace sbd
