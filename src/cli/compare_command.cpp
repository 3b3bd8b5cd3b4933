// `sbdscore compare OLD NEW`: two submissions of one product, side by side.
#include <iostream>

#include "analysis/compare.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/scoring_setup.hpp"
#include "load/response_loader.hpp"
#include "report/analysis_renderers.hpp"

namespace sbd::cli {

int run_compare(const CompareOptions& opt) {
    auto plan = plan_scoring(opt.pack, {opt.old_file, opt.new_file}, {opt.profile, "", std::nullopt, "", false});
    print_diagnostics(plan.diagnostics);
    if (!plan) return exit_code::invalid_input;
    auto old_loaded = load_response_file(opt.old_file, plan->pack);
    print_diagnostics(old_loaded.diagnostics);
    auto new_loaded = load_response_file(opt.new_file, plan->pack);
    print_diagnostics(new_loaded.diagnostics);
    if (!old_loaded || !new_loaded) return exit_code::invalid_input;
    Comparison c = compare_results(*plan->score_alone(*old_loaded, old_loaded.diagnostics).value,
                                   *plan->score_alone(*new_loaded, new_loaded.diagnostics).value);
    for (const auto& w : c.warnings) std::cerr << "sbdscore: warning: " << w << "\n";
    std::cout << (opt.format == TextFormat::json ? render_comparison_json(c, plan->pack) : render_comparison_text(c, plan->pack)) << std::flush;
    return exit_code::ok;
}

}  // namespace sbd::cli
