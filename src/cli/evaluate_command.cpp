#include "evaluate_command.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>

#include "cli_common.hpp"
#include "sbdscore/atomic_file.hpp"
#include "sbdscore/exit_policy.hpp"
#include "sbdscore/ranking.hpp"
#include "sbdscore/report.hpp"
#include "sbdscore/response_loader.hpp"
#include "sbdscore/scoring.hpp"

namespace sbd::cli {

namespace {

struct EvaluateOptions {
    std::vector<std::string> files;
    std::string rules;
    std::string format = "table";
    std::string output;
    FailOn fail_on = FailOn::gate;
    std::string color = "auto";
};

bool use_color(const std::string& mode, bool to_terminal) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return to_terminal && isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

int run_evaluate(const EvaluateOptions& opt) {
    auto pack = load_pack_or_report(opt.rules);
    if (!pack) return exit_code::invalid_input;
    bool inputs_ok = true;
    auto paths = expand_inputs(opt.files, inputs_ok);

    RunReport report;
    report.pack = &*pack;
    for (const auto& path : paths) {
        ResponseLoadResult loaded = load_response_file(path, *pack);
        print_diagnostics(loaded.diagnostics);
        if (loaded.response) report.results.push_back(score_response(*pack, *loaded.response, loaded.diagnostics));
        else report.results.push_back(invalid_result(path.string(), loaded.diagnostics));
    }
    rank_results(report.results);

    std::string rendered = opt.format == "json" ? render_json(report)
                                                : render_table(report, {use_color(opt.color, opt.output.empty())});
    if (opt.output.empty()) {
        std::cout << rendered << std::flush;
    } else if (std::string error = write_file_atomically(opt.output, rendered); !error.empty()) {
        std::cerr << "sbdscore: " << error << "\n";
        return exit_code::invalid_input;
    }
    if (!inputs_ok) return exit_code::invalid_input;
    return exit_code_for(report.results, opt.fail_on);
}

}  // namespace

void add_evaluate_command(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<EvaluateOptions>();
    CLI::App* cmd = app.add_subcommand("evaluate", "Score and rank vendor responses (files or folders of *.yaml)");
    cmd->add_option("files", opt->files, "Response files, or folders holding them")->required();
    cmd->add_option("--rules", opt->rules, "Rule pack folder (default: the built-in sbd-ot pack)");
    cmd->add_option("-f,--format", opt->format, "Output format")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
    cmd->add_option("-o,--output", opt->output, "Write the report to FILE (atomically) instead of standard output");
    std::map<std::string, FailOn> fail_on_names = {{"never", FailOn::never}, {"gate", FailOn::gate}, {"review", FailOn::review}};
    cmd->add_option("--fail-on", opt->fail_on, "Exit 1 when a vendor fails a gate (gate), or is not PASS (review), or never")
        ->transform(CLI::CheckedTransformer(fail_on_names, CLI::ignore_case))
        ->default_str("gate");
    cmd->add_option("--color", opt->color, "Colour the table: auto (on a terminal, unless NO_COLOR is set), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    cmd->callback([opt, &exit_code] { exit_code = run_evaluate(*opt); });
}

}  // namespace sbd::cli
