// `sbdscore explain FILE`: one vendor's score taken apart, and what-if gains.
#include <iostream>
#include <memory>

#include "analysis_commands.hpp"
#include "cli_common.hpp"
#include "scoring_setup.hpp"
#include "sbdscore/dates.hpp"
#include "sbdscore/exit_policy.hpp"
#include "sbdscore/explain.hpp"
#include "sbdscore/response_loader.hpp"

namespace sbd::cli {

namespace {

struct ExplainOptions {
    std::string file;
    std::string rules;
    std::string profile;
    std::string waivers;
    std::string as_of;
    std::string format = "text";
};

int run_explain(const ExplainOptions& opt) {
    std::string date_error;
    std::optional<std::string> as_of = run_date(opt.as_of, date_error);
    if (!date_error.empty()) {
        std::cerr << "sbdscore: " << date_error << "\n";
        return exit_code::invalid_input;
    }
    auto setup = prepare_scoring(opt.rules, opt.profile, opt.waivers, as_of);
    if (!setup) return exit_code::invalid_input;
    ResponseLoadResult loaded = load_response_file(opt.file, setup->pack);
    print_diagnostics(loaded.diagnostics);
    if (!loaded.response) return exit_code::invalid_input;

    std::vector<Diagnostic> waiver_warnings;
    setup->score(*loaded.response, loaded.diagnostics, &waiver_warnings);  // once, for its warnings
    print_diagnostics(waiver_warnings);
    Scorer scorer = [&](const VendorResponse& r) { return setup->score(r, loaded.diagnostics); };
    Explanation e = explain(setup->pack, *loaded.response, scorer);
    std::cout << (opt.format == "json" ? render_explanation_json(e, setup->pack, setup->profile)
                                       : render_explanation_text(e, setup->pack, setup->profile))
              << std::flush;
    return exit_code::ok;
}

}  // namespace

void add_explain_command(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ExplainOptions>();
    CLI::App* cmd = app.add_subcommand("explain", "Show how one vendor's score adds up, and what would raise it");
    cmd->add_option("file", opt->file, "One response file")->required();
    cmd->add_option("--rules", opt->rules, "Rule pack folder (default: the built-in sbd-ot pack)");
    cmd->add_option("--profile", opt->profile, "small, medium, large or a profile file (docs/profiles.md)");
    cmd->add_option("--waivers", opt->waivers, "Waivers file (docs/waivers.md)");
    cmd->add_option("--as-of", opt->as_of, "The run's date, YYYY-MM-DD (waiver expiry is checked against it)");
    cmd->add_option("-f,--format", opt->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    cmd->callback([opt, &exit_code] { exit_code = run_explain(*opt); });
}

}  // namespace sbd::cli
