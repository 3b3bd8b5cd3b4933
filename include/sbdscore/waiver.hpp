#pragma once
// Waivers: an approved, dated exception for one vendor's failed must-have (docs/waivers.md).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "sbdscore/diagnostic.hpp"
#include "sbdscore/rule_pack.hpp"
#include "sbdscore/scorecard.hpp"

namespace sbd {

struct Waiver {
    std::string vendor;   // matched exactly (case-sensitive) against the response's vendor
    std::string product;  // empty: every product of the vendor; else matched exactly
    std::string criterion;
    std::string reason;
    std::string approved_by;
    std::string expires;  // YYYY-MM-DD: the last day the waiver applies
    SourceLocation where;          // of the waiver's entry
    SourceLocation expires_where;  // of its expires value
};

struct WaiverLoadResult {
    std::optional<std::vector<Waiver>> waivers;  // empty when any error was found
    std::vector<Diagnostic> diagnostics;
};

// Reads a waivers file: `waivers:` a list of entries. Criterion ids must exist in `pack`.
WaiverLoadResult load_waivers_text(const std::string& display_path, const std::string& text, const RulePack& pack);
WaiverLoadResult load_waivers_file(const std::filesystem::path& path, const RulePack& pack);

// Applies the unexpired waivers (expires >= today) to the failed or unanswered gates they match,
// then recomputes each touched verdict. Returns warnings for waivers that were not applied: expired,
// matching no vendor, or matching a gate that does not fail.
std::vector<Diagnostic> apply_waivers(std::vector<VendorResult>& results, const std::vector<Waiver>& waivers,
                                      const std::string& today, const RulePack& pack);

}  // namespace sbd
