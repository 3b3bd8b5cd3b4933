#pragma once
// Waivers: an approved, dated exception for one vendor's failed must-have (docs/waivers.md).
// Loading is in load/waiver_loader, applying in score/waiver_apply.

#include <string>

#include "util/diagnostic.hpp"

namespace sbd {

// The `criterion` of a waiver that signs off a result beyond the profile's risk tolerance
// (docs/profiles.md#risk-tolerance) rather than a failed gate.
inline constexpr const char* risk_tolerance_sign_off = "risk-tolerance";

struct Waiver {
    std::string vendor;   // matched exactly (case-sensitive) against the response's vendor
    std::string product;  // empty: every product of the vendor; else matched exactly
    std::string criterion;  // a gate's id, or risk_tolerance_sign_off
    std::string reason;
    std::string approved_by;
    std::string expires;  // YYYY-MM-DD: the last day the waiver applies
    SourceLocation where;          // of the waiver's entry
    SourceLocation expires_where;  // of its expires value
};

}  // namespace sbd
