#include "scoring_setup.hpp"

#include <iostream>

#include "cli_common.hpp"
#include "sbdscore/dates.hpp"
#include "sbdscore/profile.hpp"
#include "sbdscore/scoring.hpp"

namespace sbd::cli {

VendorResult ScoringSetup::score(const VendorResponse& response, std::vector<Diagnostic> load_warnings,
                                 std::vector<Diagnostic>* warnings) const {
    std::vector<VendorResult> one;
    one.push_back(score_response(pack, response, std::move(load_warnings)));
    auto found = apply_waivers(one, waivers, today, pack);
    if (warnings) *warnings = std::move(found);
    return std::move(one.front());
}

std::optional<ScoringSetup> prepare_scoring(const std::string& rules, const std::string& profile,
                                            const std::string& waivers_file, const std::optional<std::string>& run_date) {
    auto pack = load_pack_or_report(rules);
    if (!pack) return std::nullopt;
    ScoringSetup setup;
    if (!profile.empty()) {
        ProfileLoadResult loaded = load_profile(profile);
        print_diagnostics(loaded.diagnostics);
        if (!loaded.profile) {
            std::cerr << "sbdscore: the profile " << profile << " has errors; nothing was scored\n";
            return std::nullopt;
        }
        std::vector<Diagnostic> diagnostics;
        auto adjusted = apply_profile(*pack, *loaded.profile, diagnostics);
        print_diagnostics(diagnostics);
        if (!adjusted) {
            std::cerr << "sbdscore: the profile " << profile << " does not fit the pack " << pack->id << "; nothing was scored\n";
            return std::nullopt;
        }
        pack = std::move(adjusted);
        setup.profile = describe_profile(*loaded.profile);
    }
    setup.pack = std::move(*pack);
    if (!waivers_file.empty()) {
        WaiverLoadResult loaded = load_waivers_file(waivers_file, setup.pack);
        print_diagnostics(loaded.diagnostics);
        if (!loaded.waivers) {
            std::cerr << "sbdscore: the waivers file " << waivers_file << " has errors; nothing was scored\n";
            return std::nullopt;
        }
        setup.waivers = std::move(*loaded.waivers);
    }
    setup.today = run_date.value_or(today_utc());
    return setup;
}

}  // namespace sbd::cli
