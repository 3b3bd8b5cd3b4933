#include "rules_command.hpp"

#include <iostream>
#include <memory>

#include "cli_common.hpp"
#include "sbdscore/exit_policy.hpp"
#include "sbdscore/rule_pack_listing.hpp"
#include "sbdscore/rule_pack_loader.hpp"
#include "sbdscore/text.hpp"

namespace sbd::cli {

int lint_rule_pack(const std::string& dir, bool strict) {
    PackLoadResult loaded = dir.empty() ? load_builtin_pack() : load_pack_directory(dir);
    for (const auto& d : loaded.diagnostics) std::cout << format_diagnostic(d) << "\n";
    std::cout << (dir.empty() ? "built-in sbd-ot" : dir) << ": " << summarize(loaded.diagnostics) << "\n" << std::flush;
    bool failed = has_errors(loaded.diagnostics) || (strict && !loaded.diagnostics.empty());
    return failed ? exit_code::invalid_input : exit_code::ok;
}

namespace {

struct RulesOptions {
    std::string rules;
    std::string id;
    bool strict = false;
};

int run_show(const RulesOptions& opt) {
    auto pack = load_pack_or_report(opt.rules);
    if (!pack) return exit_code::invalid_input;
    if (auto text = render_rule_detail(*pack, opt.id)) {
        std::cout << *text << std::flush;
        return exit_code::ok;
    }
    auto suggestion = closest_match(opt.id, rule_ids(*pack));
    std::cerr << "sbdscore: no priority or criterion " << quote_text(opt.id) << " in pack "
              << pack->id << " (hint: "
              << (suggestion ? "did you mean '" + *suggestion + "'?" : std::string("see 'sbdscore rules list'")) << ")\n";
    return exit_code::invalid_input;
}

}  // namespace

void add_rules_command(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<RulesOptions>();
    CLI::App* rules = app.add_subcommand("rules", "Look into a rule pack (list, show ID) or check one (lint)");
    rules->require_subcommand(1);
    const std::string rules_help = "Rule pack folder (default: the built-in sbd-ot pack)";

    CLI::App* list = rules->add_subcommand("list", "List the priorities and criteria with their weights and gates");
    list->add_option("--rules", opt->rules, rules_help);
    list->callback([opt, &exit_code] {
        auto pack = load_pack_or_report(opt->rules);
        if (pack) std::cout << render_rules_list(*pack) << std::flush;
        exit_code = pack ? exit_code::ok : exit_code::invalid_input;
    });

    CLI::App* show = rules->add_subcommand("show", "Show one priority or criterion in full");
    show->add_option("id", opt->id, "A priority id (AUT) or criterion id (AUT-01)")->required();
    show->add_option("--rules", opt->rules, rules_help);
    show->callback([opt, &exit_code] { exit_code = run_show(*opt); });

    CLI::App* lint = rules->add_subcommand("lint", "Check a rule pack and report every problem with file:line:column");
    lint->add_option("--rules", opt->rules, rules_help);
    lint->add_flag("--strict", opt->strict, "Exit 2 on warnings too, not only on errors");
    lint->callback([opt, &exit_code] { exit_code = lint_rule_pack(opt->rules, opt->strict); });
}

}  // namespace sbd::cli
