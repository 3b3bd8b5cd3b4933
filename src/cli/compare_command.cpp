// `sbdscore compare OLD NEW`: two submissions of one product, side by side.
#include <iostream>
#include <memory>

#include "analysis_commands.hpp"
#include "cli_common.hpp"
#include "scoring_setup.hpp"
#include "sbdscore/compare.hpp"
#include "sbdscore/exit_policy.hpp"
#include "sbdscore/response_loader.hpp"

namespace sbd::cli {

namespace {

struct CompareOptions {
    std::string old_file;
    std::string new_file;
    std::string rules;
    std::string profile;
    std::string format = "text";
};

int run_compare(const CompareOptions& opt) {
    auto setup = prepare_scoring(opt.rules, opt.profile, "", std::nullopt);
    if (!setup) return exit_code::invalid_input;
    ResponseLoadResult old_loaded = load_response_file(opt.old_file, setup->pack);
    print_diagnostics(old_loaded.diagnostics);
    ResponseLoadResult new_loaded = load_response_file(opt.new_file, setup->pack);
    print_diagnostics(new_loaded.diagnostics);
    if (!old_loaded.response || !new_loaded.response) return exit_code::invalid_input;
    Comparison c = compare_results(setup->score(*old_loaded.response, old_loaded.diagnostics),
                                   setup->score(*new_loaded.response, new_loaded.diagnostics));
    for (const auto& w : c.warnings) std::cerr << "sbdscore: warning: " << w << "\n";
    std::cout << (opt.format == "json" ? render_comparison_json(c, setup->pack) : render_comparison_text(c, setup->pack)) << std::flush;
    return exit_code::ok;
}

}  // namespace

void add_compare_command(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<CompareOptions>();
    CLI::App* cmd = app.add_subcommand("compare", "Compare two submissions of the same product (old, then new)");
    cmd->add_option("old", opt->old_file, "The earlier response file")->required();
    cmd->add_option("new", opt->new_file, "The later response file")->required();
    cmd->add_option("--rules", opt->rules, "Rule pack folder (default: the built-in sbd-ot pack)");
    cmd->add_option("--profile", opt->profile, "small, medium, large or a profile file (docs/profiles.md)");
    cmd->add_option("-f,--format", opt->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    cmd->callback([opt, &exit_code] { exit_code = run_compare(*opt); });
}

}  // namespace sbd::cli
