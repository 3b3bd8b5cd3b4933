// `sbdscore explain FILE`: one vendor's score taken apart, and what-if gains.
#include <iostream>

#include "analysis/explain.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/scoring_setup.hpp"
#include "load/response_loader.hpp"
#include "report/analysis_renderers.hpp"
#include "util/dates.hpp"

namespace sbd::cli {

int run_explain(const ExplainOptions& opt) {
    auto as_of = run_date(opt.as_of);
    print_diagnostics(as_of.diagnostics);
    if (!as_of.ok()) return exit_code::invalid_input;
    auto plan = plan_scoring(opt.pack, {opt.file}, {opt.profile, opt.waivers, *as_of.value, "", false});
    print_diagnostics(plan.diagnostics);
    if (!plan) return exit_code::invalid_input;
    auto evidence = evidence_options(opt.evidence, plan->pack.verify_evidence, plan->today);
    print_diagnostics(evidence.diagnostics);
    if (!evidence) return exit_code::invalid_input;
    auto loaded = load_response_file(opt.file, plan->pack, *evidence);
    print_diagnostics(loaded.diagnostics);
    if (!loaded) return exit_code::invalid_input;

    print_diagnostics(plan->score_alone(*loaded, loaded.diagnostics).diagnostics);  // once, for the waivers' warnings
    Scorer scorer = [&](const VendorResponse& r) { return *plan->score_alone(r, loaded.diagnostics).value; };
    Explanation e = explain(plan->pack, *loaded, scorer);
    std::cout << (opt.format == TextFormat::json ? render_explanation_json(e, plan->pack, plan->profile)
                                       : render_explanation_text(e, plan->pack, plan->profile))
              << std::flush;
    return exit_code::ok;
}

}  // namespace sbd::cli
