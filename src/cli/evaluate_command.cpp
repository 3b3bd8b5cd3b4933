// `sbdscore evaluate FILES...`: score, rank and report vendor responses.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/inputs.hpp"
#include "cli/output_spec.hpp"
#include "cli/scoring_setup.hpp"
#include "load/response_loader.hpp"
#include "report/renderers.hpp"
#include "score/ranking.hpp"
#include "score/scoring.hpp"
#include "util/atomic_file.hpp"
#include "util/dates.hpp"

namespace sbd::cli {

namespace {

bool use_color(ColorMode mode) {
    if (mode == ColorMode::always) return true;
    if (mode == ColorMode::never) return false;
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

}  // namespace

int run_evaluate(const EvaluateOptions& opt) {
    auto targets = parse_output_specs(opt.outputs, opt.format);
    auto as_of = run_date(opt.as_of);
    print_diagnostics(targets.diagnostics);
    if (targets.ok()) print_diagnostics(as_of.diagnostics);  // one usage error at a time
    if (!targets.ok() || !as_of.ok()) return exit_code::invalid_input;
    auto plan = plan_scoring(opt.rules, opt.profile, opt.waivers, *as_of.value);
    print_diagnostics(plan.diagnostics);
    if (!plan) return exit_code::invalid_input;
    auto paths = expand_inputs(opt.files);
    print_diagnostics(paths.diagnostics);

    RunReport report;
    report.pack = &plan->pack;
    report.as_of = as_of.value->value_or("");
    report.profile = plan->profile;
    for (const auto& path : *paths.value) {
        auto loaded = load_response_file(path, plan->pack);
        print_diagnostics(loaded.diagnostics);
        if (loaded) report.results.push_back(plan->score(*loaded, loaded.diagnostics));
        else report.results.push_back(invalid_result(path.string(), loaded.diagnostics));
    }
    print_diagnostics(plan->waive(report.results).diagnostics);
    rank_results(report.results);

    // Files first, standard output last: a report on screen means every file was written.
    bool outputs_ok = true;
    const OutputTarget* on_stdout = nullptr;
    for (const auto& target : *targets.value) {
        if (target.file.empty()) {
            on_stdout = &target;
            continue;
        }
        bool color = opt.color == ColorMode::always && target.format->name == "table";
        auto written = write_file_atomically(target.file, target.format->render(report, {color}));
        print_diagnostics(written.diagnostics);
        outputs_ok = outputs_ok && written.ok();
    }
    if (on_stdout) std::cout << on_stdout->format->render(report, {use_color(opt.color)}) << std::flush;
    if (!outputs_ok || !paths.ok()) return exit_code::invalid_input;
    return exit_code_for(report.results, opt.fail_on);
}

}  // namespace sbd::cli
