// `sbdscore rules list|show ID|lint`: look into a rule pack, or check one.
#include <iostream>

#include "analysis/rule_pack_listing.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/scoring_setup.hpp"
#include "load/rule_pack_loader.hpp"
#include "util/text.hpp"

namespace sbd::cli {

int run_rules_list(const RulesOptions& opt) {
    auto pack = load_rules(opt.rules);
    print_diagnostics(pack.diagnostics);
    if (!pack) return exit_code::invalid_input;
    std::cout << render_rules_list(*pack) << std::flush;
    return exit_code::ok;
}

int run_rules_show(const RulesOptions& opt) {
    auto pack = load_rules(opt.rules);
    print_diagnostics(pack.diagnostics);
    if (!pack) return exit_code::invalid_input;
    if (auto text = render_rule_detail(*pack, opt.id)) {
        std::cout << *text << std::flush;
        return exit_code::ok;
    }
    auto suggestion = closest_match(opt.id, rule_ids(*pack));
    std::cerr << "sbdscore: no priority or criterion " << quote_text(opt.id) << " in pack " << pack->id << " (hint: "
              << (suggestion ? "did you mean '" + *suggestion + "'?" : std::string("see 'sbdscore rules list'")) << ")\n";
    return exit_code::invalid_input;
}

// Every problem of the pack and a summary line on standard output (the report lint asked for);
// exit 2 on errors, or on warnings too when strict.
int run_rules_lint(const RulesOptions& opt) {
    auto loaded = opt.rules.empty() ? load_builtin_pack() : load_pack_directory(opt.rules);
    print_diagnostics(loaded.diagnostics, std::cout);
    std::cout << strip_control(opt.rules.empty() ? "built-in sbd-ot" : opt.rules) << ": " << summarize(loaded.diagnostics) << "\n" << std::flush;
    bool failed = has_errors(loaded.diagnostics) || (opt.strict && !loaded.diagnostics.empty());
    return failed ? exit_code::invalid_input : exit_code::ok;
}

}  // namespace sbd::cli
