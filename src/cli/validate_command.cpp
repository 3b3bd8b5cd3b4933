#include "validate_command.hpp"

#include <iostream>
#include <memory>

#include "cli_common.hpp"
#include "rules_command.hpp"
#include "sbdscore/exit_policy.hpp"
#include "sbdscore/response_checks.hpp"

namespace sbd::cli {

namespace {

struct ValidateOptions {
    std::vector<std::string> files;
    std::string rules;
    bool strict = false;
};

int run_validate(const ValidateOptions& opt) {
    if (opt.files.empty()) {
        if (opt.rules.empty()) {
            std::cerr << "sbdscore validate: give response files or folders, or --rules DIR to check a rule pack\n";
            return exit_code::invalid_input;
        }
        return lint_rule_pack(opt.rules, opt.strict);
    }
    auto pack = load_pack_or_report(opt.rules);
    if (!pack) return exit_code::invalid_input;
    bool inputs_ok = true;
    bool failed = false;
    for (const auto& path : expand_inputs(opt.files, inputs_ok)) {
        std::vector<Diagnostic> diagnostics = validate_response_file(path, *pack);
        for (const auto& d : diagnostics) std::cout << format_diagnostic(d) << "\n";
        std::cout << path.string() << ": " << summarize(diagnostics) << "\n";
        failed = failed || has_errors(diagnostics) || (opt.strict && !diagnostics.empty());
    }
    std::cout << std::flush;
    return failed || !inputs_ok ? exit_code::invalid_input : exit_code::ok;
}

}  // namespace

void add_validate_command(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ValidateOptions>();
    CLI::App* cmd = app.add_subcommand("validate", "Check responses without scoring them (or, with only --rules, the rule pack)");
    cmd->add_option("files", opt->files, "Response files, or folders holding them");
    cmd->add_option("--rules", opt->rules, "Rule pack folder (default: the built-in sbd-ot pack)");
    cmd->add_flag("--strict", opt->strict, "Exit 2 on warnings too, not only on errors");
    cmd->callback([opt, &exit_code] { exit_code = run_validate(*opt); });
}

}  // namespace sbd::cli
