#include "cli/scoring_setup.hpp"

#include "load/profile_loader.hpp"
#include "load/rule_pack_loader.hpp"
#include "load/waiver_loader.hpp"
#include "score/profile_apply.hpp"
#include "util/dates.hpp"

namespace sbd::cli {

Result<RulePack> load_rules(const std::string& dir) {
    Result<RulePack> loaded = dir.empty() ? load_builtin_pack() : load_pack_directory(dir);
    if (!loaded) loaded.error({}, "the rule pack " + (dir.empty() ? std::string("built in") : "in " + dir) + " has errors; nothing was scored");
    return loaded;
}

Result<ScoringPlan> plan_scoring(const std::string& rules, const std::string& profile, const std::string& waivers_file,
                                 const std::optional<std::string>& run_date) {
    Result<ScoringPlan> result;
    auto pack = result.take(load_rules(rules));
    if (!pack) return result;
    ScoringPlan plan;
    if (!profile.empty()) {
        auto loaded = result.take(load_profile(profile));
        if (!loaded) {
            result.error({}, "the profile " + profile + " has errors; nothing was scored");
            return result;
        }
        auto adjusted = result.take(apply_profile(*pack, *loaded));
        if (!adjusted) {
            result.error({}, "the profile " + profile + " does not fit the pack " + pack->id + "; nothing was scored");
            return result;
        }
        pack = std::move(adjusted);
        plan.profile = describe_profile(*loaded);
        plan.labels = profile_labels(*loaded);
    }
    plan.pack = std::move(*pack);
    if (!waivers_file.empty()) {
        auto waivers = result.take(load_waivers_file(waivers_file, plan.pack));
        if (!waivers) {
            result.error({}, "the waivers file " + waivers_file + " has errors; nothing was scored");
            return result;
        }
        plan.waivers = std::move(*waivers);
    }
    plan.today = run_date.value_or(today_utc());
    result.value = std::move(plan);
    return result;
}

}  // namespace sbd::cli
