#include "evaluate_command.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "cli_common.hpp"
#include "output_spec.hpp"
#include "scoring_setup.hpp"
#include "sbdscore/dates.hpp"
#include "sbdscore/atomic_file.hpp"
#include "sbdscore/exit_policy.hpp"
#include "sbdscore/ranking.hpp"
#include "sbdscore/report.hpp"
#include "sbdscore/response_loader.hpp"
#include "sbdscore/scoring.hpp"
#include "sbdscore/waiver.hpp"

namespace sbd::cli {

namespace {

struct EvaluateOptions {
    std::vector<std::string> files;
    std::string rules;
    std::string format = "table";
    std::vector<std::string> outputs;
    std::string as_of;
    FailOn fail_on = FailOn::gate;
    std::string color = "auto";
    std::string profile;
    std::string waivers;
};

bool use_color(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

int run_evaluate(const EvaluateOptions& opt) {
    std::string usage_error;
    std::vector<OutputTarget> targets = parse_output_specs(opt.outputs, opt.format, usage_error);
    std::string date_error;
    std::optional<std::string> as_of = run_date(opt.as_of, date_error);
    if (!usage_error.empty() || !date_error.empty()) {
        std::cerr << "sbdscore: " << (usage_error.empty() ? date_error : usage_error) << "\n";
        return exit_code::invalid_input;
    }
    auto setup = prepare_scoring(opt.rules, opt.profile, opt.waivers, as_of);
    if (!setup) return exit_code::invalid_input;
    const RulePack* pack = &setup->pack;
    bool inputs_ok = true;
    auto paths = expand_inputs(opt.files, inputs_ok);

    RunReport report;
    report.pack = pack;
    report.as_of = as_of.value_or("");
    report.profile = setup->profile;
    for (const auto& path : paths) {
        ResponseLoadResult loaded = load_response_file(path, *pack);
        print_diagnostics(loaded.diagnostics);
        if (loaded.response) report.results.push_back(score_response(*pack, *loaded.response, loaded.diagnostics));
        else report.results.push_back(invalid_result(path.string(), loaded.diagnostics));
    }
    print_diagnostics(apply_waivers(report.results, setup->waivers, setup->today, *pack));
    rank_results(report.results);

    // Files first, standard output last: a report on screen means every file was written.
    bool outputs_ok = true;
    const OutputTarget* on_stdout = nullptr;
    for (const auto& target : targets) {
        if (target.file.empty()) {
            on_stdout = &target;
            continue;
        }
        bool color = opt.color == "always" && target.format->name == "table";
        std::string error = write_file_atomically(target.file, target.format->render(report, {color}));
        if (!error.empty()) {
            std::cerr << "sbdscore: " << error << "\n";
            outputs_ok = false;
        }
    }
    if (on_stdout) std::cout << on_stdout->format->render(report, {use_color(opt.color)}) << std::flush;
    if (!outputs_ok) return exit_code::invalid_input;
    if (!inputs_ok) return exit_code::invalid_input;
    return exit_code_for(report.results, opt.fail_on);
}

}  // namespace

void add_evaluate_command(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<EvaluateOptions>();
    CLI::App* cmd = app.add_subcommand("evaluate", "Score and rank vendor responses (files or folders of *.yaml)");
    cmd->add_option("files", opt->files, "Response files, or folders holding them")->required();
    cmd->add_option("--rules", opt->rules, "Rule pack folder (default: the built-in sbd-ot pack)");
    std::vector<std::string> names;
    for (const auto& f : output_formats()) names.push_back(f.name);
    cmd->add_option("-f,--format", opt->format, "Format of the report on standard output, or of -o FILE")
        ->check(CLI::IsMember(names))
        ->capture_default_str();
    cmd->add_option("-o,--output", opt->outputs,
                    "Repeatable: FORMAT (to standard output), FORMAT=FILE, or FILE (in --format); files are written "
                    "atomically. Formats: " + format_names())
        ->allow_extra_args(false);
    cmd->add_option("--as-of", opt->as_of,
                    "The run's date, YYYY-MM-DD, shown in reports (default: SOURCE_DATE_EPOCH's date, else none)");
    std::map<std::string, FailOn> fail_on_names = {{"never", FailOn::never}, {"gate", FailOn::gate}, {"review", FailOn::review}};
    cmd->add_option("--fail-on", opt->fail_on, "Exit 1 when a vendor fails a gate (gate), or is not PASS (review), or never")
        ->transform(CLI::CheckedTransformer(fail_on_names, CLI::ignore_case))
        ->default_str("gate");
    cmd->add_option("--color", opt->color, "Colour the table: auto (on a terminal, unless NO_COLOR is set), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    cmd->add_option("--profile", opt->profile,
                    "Adjust the pack for the buyer: small, medium, large (built-in) or a profile file (docs/profiles.md)");
    cmd->add_option("--waivers", opt->waivers, "Waivers file: approved, dated exceptions for failed must-haves (docs/waivers.md)");
    cmd->callback([opt, &exit_code] { exit_code = run_evaluate(*opt); });
}

}  // namespace sbd::cli
