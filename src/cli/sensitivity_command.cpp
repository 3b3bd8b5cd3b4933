// `sbdscore sensitivity FILES...`: would the ranking change under other reasonable weights?
#include <filesystem>

#include "analysis/sensitivity.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/inputs.hpp"
#include "cli/rank_stability.hpp"
#include "cli/scoring_setup.hpp"
#include "cli/write_output.hpp"
#include "load/response_loader.hpp"
#include "report/analysis_renderers.hpp"
#include "score/scoring.hpp"
#include "util/dates.hpp"
#include "util/parallel.hpp"

namespace sbd::cli {

std::optional<SensitivitySettings> stability_settings(const StabilityOptions& opt) {
    auto settings = read_sensitivity_settings(opt.samples, opt.spread, opt.seed, opt.criteria);
    print_diagnostics(settings.diagnostics);
    return settings.ok() ? settings.value : std::nullopt;
}

void check_rank_stability(const RunInfo& run, const std::vector<OutputTarget>& targets) {
    bool html = false;
    for (const auto& t : targets) html = html || t.format->name == "html";
    if (!html) {
        print_diagnostics({{Severity::warning, {}, "--sensitivity adds a section to the HTML report, and no HTML report is written",
                            "add -o html=FILE, or run 'sbdscore sensitivity' for the figures on their own"}});
        return;
    }
    std::size_t scorable = 0;
    for (const auto& r : run.ranked) scorable += r.verdict != Verdict::invalid;
    if (scorable < 2 || scorable > max_sensitivity_vendors)
        print_diagnostics({{Severity::warning, {},
                            "--sensitivity: rank stability needs 2 to " + std::to_string(max_sensitivity_vendors) +
                                " scorable vendors and this run has " + std::to_string(scorable) +
                                "; the HTML report says so instead of analysing them",
                            ""}});
}

namespace {

// -o must not name a file the run reads (a response, a pack file, the profile, the waivers),
// however it is spelt or linked: evaluate refuses the same (output_guard). True when it does not.
bool output_is_an_input(const SensitivityOptions& opt, const std::vector<std::filesystem::path>& responses) {
    namespace fs = std::filesystem;
    if (opt.output.empty() || opt.output == "-") return true;
    std::vector<fs::path> inputs = responses;
    std::error_code ec;
    if (!opt.pack.rules.empty())
        for (const auto& entry : fs::directory_iterator(opt.pack.rules, ec)) inputs.push_back(entry.path());
    for (const std::string* file : {&opt.profile, &opt.waivers})
        if (!file->empty()) inputs.emplace_back(*file);
    for (const auto& input : inputs)
        if (fs::equivalent(opt.output, input, ec)) {
            print_diagnostics({{Severity::error, {}, "--output " + opt.output + " would overwrite " + input.string() +
                                                         ", an input of this run; nothing was written",
                                "write the report to another file"}});
            return false;
        }
    return true;
}

}  // namespace

int run_sensitivity(const SensitivityOptions& opt) {
    auto settings = stability_settings(opt.stability);
    if (!settings) return exit_code::invalid_input;
    auto as_of = run_date(opt.as_of);
    print_diagnostics(as_of.diagnostics);
    if (!as_of.ok()) return exit_code::invalid_input;
    auto paths = expand_inputs(opt.files, opt.recursive);
    print_diagnostics(paths.diagnostics);
    if (paths.value->empty()) return exit_code::invalid_input;  // said why: no response files
    // The pack: --rules, --pack, or the one the responses name.
    const unsigned jobs = opt.jobs > 0 ? opt.jobs : default_jobs();
    auto plan = plan_scoring(opt.pack, *paths.value, {opt.profile, opt.waivers, *as_of.value, "", false, jobs});
    print_diagnostics(plan.diagnostics);
    if (!plan) return exit_code::invalid_input;
    if (!output_is_an_input(opt, *paths.value)) return exit_code::invalid_input;

    // Scored as evaluate scores them, on every core, diagnostics in the order the files were given;
    // only the few numbers the analysis needs are kept of each. INVALID files are listed and left
    // out of the analysis.
    struct Scored {
        std::vector<Diagnostic> diagnostics;
        StabilityInput input;
        std::vector<WaiverMatch> waivers;
    };
    const auto& files = *paths.value;
    std::vector<StabilityInput> vendors;
    std::vector<WaivedVendor> waived;
    bool invalid = false;
    ordered_parallel_for(
        files.size(), jobs,
        [&](std::size_t i) {
            Scored s;
            auto loaded = load_response_file(files[i], plan->pack);
            s.diagnostics = loaded.diagnostics;
            s.input = stability_input(loaded ? plan->score(*loaded, std::move(loaded.diagnostics), &s.waivers)
                                             : invalid_result(files[i].string(), std::move(loaded.diagnostics)));
            return s;
        },
        [&](std::size_t, Scored s) {
            print_diagnostics(s.diagnostics);
            if (s.input.verdict == Verdict::invalid) invalid = true;
            else waived.push_back({s.input.vendor, std::move(s.waivers)});
            vendors.push_back(std::move(s.input));
        },
        small_results_ahead);
    print_diagnostics(plan->waiver_warnings(waived).diagnostics);

    auto analysis = analyse_rank_stability(std::move(vendors), plan->pack, *settings);
    print_diagnostics(analysis.diagnostics);
    if (!analysis) return exit_code::invalid_input;
    const std::string as_of_text = as_of.value->value_or("");
    auto written = write_output(opt.output, opt.format == TextFormat::json
                                                ? render_rank_stability_json(*analysis, plan->pack, plan->profile, as_of_text)
                                                : render_rank_stability_text(*analysis, plan->pack, plan->profile));
    print_diagnostics(written.diagnostics);
    return written.ok() && paths.ok() && !invalid ? exit_code::ok : exit_code::invalid_input;
}

}  // namespace sbd::cli
