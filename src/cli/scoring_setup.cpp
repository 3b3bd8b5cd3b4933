#include "cli/scoring_setup.hpp"

#include <map>

#include "cli/console.hpp"
#include "cli/commands.hpp"
#include "load/evidence/signature.hpp"
#include "load/profile_loader.hpp"
#include "load/response_loader.hpp"
#include "load/rule_pack_loader.hpp"
#include "load/waiver_loader.hpp"
#include "score/profile_apply.hpp"
#include "util/dates.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

namespace sbd::cli {

namespace {

// "a.yaml, b.yaml and 3 more": enough files to find them, never a page of names.
std::string some_files(const std::vector<std::string>& files) {
    constexpr std::size_t shown_files = 3;
    std::vector<std::string> shown(files.begin(), files.begin() + static_cast<long>(std::min(files.size(), shown_files)));
    std::string out = join(shown, ", ");
    if (files.size() > shown_files) out += " and " + std::to_string(files.size() - shown_files) + " more";
    return out;
}

// The pack the responses name, when they agree; the default pack when none names one. Files that
// cannot be read are left to loading, which reports them.
Result<std::string> pack_named_by(const std::vector<std::filesystem::path>& responses, unsigned jobs) {
    Result<std::string> result;
    std::map<std::string, std::vector<std::string>> files_by_pack;
    ordered_parallel_for(
        responses.size(), jobs, [&](std::size_t i) { return peek_response_pack(responses[i]); },
        [&](std::size_t i, std::optional<std::string> id) {
            if (id && !id->empty()) files_by_pack[*id].push_back(responses[i].string());
        },
        small_results_ahead);
    if (files_by_pack.empty()) {
        result.value = default_pack_id;
        return result;
    }
    if (files_by_pack.size() > 1) {
        std::vector<std::string> groups;
        for (const auto& [id, files] : files_by_pack) groups.push_back(quote_text(id) + " (" + some_files(files) + ")");
        result.error({}, "the responses answer different packs: " + join(groups, "; ") + "; a run scores one pack",
                     "score each pack in its own run, or name the pack with --pack ID or --rules DIR (responses for "
                     "another pack are then INVALID)");
        return result;
    }
    const std::string& id = files_by_pack.begin()->first;
    if (!is_builtin_pack(id)) {
        auto suggestion = closest_match(id, builtin_pack_ids());
        result.error({}, "the responses answer pack " + quote_text(id) + " (" + some_files(files_by_pack.begin()->second) +
                             "), which is not built in",
                     suggestion ? "did you mean '" + *suggestion + "'? Or give the pack's folder with --rules DIR"
                                : "give the pack's folder with --rules DIR; built-in packs: " + join(builtin_pack_ids(), ", "));
        return result;
    }
    result.value = id;
    return result;
}

}  // namespace

Result<RulePack> load_rules(const PackChoice& choice, const std::vector<std::filesystem::path>& responses, unsigned jobs) {
    Result<RulePack> loaded;
    std::string described;
    if (!choice.rules.empty()) {
        loaded = load_pack_directory(choice.rules);
        described = "in " + choice.rules;
    } else {
        std::string id = choice.pack;
        if (id.empty()) {
            auto named = loaded.take(pack_named_by(responses, jobs));
            if (!named) {
                loaded.error({}, "no rule pack was chosen; nothing was scored");
                return loaded;
            }
            id = *named;
        }
        if (!is_builtin_pack(id)) {
            loaded.append(load_builtin_pack(id).diagnostics);  // "no built-in pack", with did you mean
            loaded.error({}, "nothing was scored");
            return loaded;
        }
        loaded.value = loaded.take(load_builtin_pack(id));
        described = "built in (" + id + ")";
        if (loaded.value)
            print_verbose("pack " + id + " " + loaded.value->version + " (built in; " +
                          (choice.pack.empty() ? "the one the responses name, else the default" : "--pack") + ")");
    }
    if (!choice.rules.empty() && loaded.value)
        print_verbose("pack " + loaded.value->id + " " + loaded.value->version + " from the folder " + choice.rules + " (--rules)");
    if (!loaded) loaded.error({}, "the rule pack " + described + " has errors; nothing was scored");
    return loaded;
}

Result<ScoringPlan> plan_scoring(const PackChoice& choice, const std::vector<std::filesystem::path>& responses,
                                 const PlanOptions& options) {
    Result<ScoringPlan> result;
    auto pack = result.take(load_rules(choice, responses, options.jobs));
    if (!pack) return result;
    ScoringPlan plan;
    if (!options.stage.empty() && !pack->stage_index(options.stage)) {
        auto suggestion = closest_match(options.stage, pack->stages);
        result.error({}, "--stage " + quote_text(options.stage) + " is not a stage of pack " + pack->id,
                     suggestion ? "did you mean '" + *suggestion + "'?" : "its stages: " + join(pack->stages, ", "));
        return result;
    }
    if (!options.profile.empty()) {
        auto loaded = result.take(load_profile(options.profile));
        if (!loaded) {
            result.error({}, "the profile " + options.profile + " has errors; nothing was scored");
            return result;
        }
        auto adjusted = result.take(apply_profile(*pack, *loaded));
        if (!adjusted) {
            result.error({}, "the profile " + options.profile + " does not fit the pack " + pack->id + "; nothing was scored");
            return result;
        }
        pack = std::move(adjusted);
        plan.profile = describe_profile(*loaded);
        plan.labels = profile_labels(*loaded);
    }
    plan.pack = std::move(*pack);
    if (!options.waivers.empty()) {
        auto waivers = result.take(load_waivers_file(options.waivers, plan.pack));
        if (!waivers) {
            result.error({}, "the waivers file " + options.waivers + " has errors; nothing was scored");
            return result;
        }
        plan.waivers = std::move(*waivers);
    }
    plan.today = options.run_date.value_or(today_utc());
    plan.stage = options.stage;
    plan.screen = options.screen;
    result.value = std::move(plan);
    return result;
}

Result<EvidenceOptions> evidence_options(const EvidenceFlags& flags, bool profile_verifies, const std::string& today) {
    Result<EvidenceOptions> result;
    EvidenceOptions options;
    options.verify = flags.verify || profile_verifies;
    options.today = today;
    options.require_signature = flags.require_signature;
    if (flags.require_signature && flags.keyring.empty()) {
        result.error({}, "--require-signature needs --keyring FILE: the public keys the responses must be signed with",
                     "export them with 'gpg --export KEYID > vendors.gpg'");
        return result;
    }
    if (!flags.keyring.empty()) {
        auto keyring = result.take(SignatureVerifier::open(flags.keyring));
        if (!keyring) return result;
        options.keyring = std::move(*keyring);
    }
    result.value = std::move(options);
    return result;
}

}  // namespace sbd::cli
