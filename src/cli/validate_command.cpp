// `sbdscore validate FILES...`: check responses without scoring them (or, with only --rules, the pack).
#include <iostream>

#include "analysis/submission_checks.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/inputs.hpp"
#include "cli/scoring_setup.hpp"
#include "load/response_loader.hpp"
#include "util/dates.hpp"
#include "util/text.hpp"

namespace sbd::cli {

namespace {

// Everything validate says about one file: the loader's errors and warnings and the checks before
// submission (on what could be read, even when there are errors), in file order.
std::vector<Diagnostic> validate_file(const std::filesystem::path& path, const RulePack& pack, const EvidenceOptions& evidence) {
    auto draft = read_response_file(path, pack, evidence);
    std::vector<Diagnostic> out = std::move(draft.diagnostics);
    if (draft.value) {
        auto checks = check_before_submission(pack, draft.value->response, draft.value->rejected);
        out.insert(out.end(), checks.diagnostics.begin(), checks.diagnostics.end());
        sort_in_file_order(out);
    }
    return out;
}

}  // namespace

int run_validate(const ValidateOptions& opt) {
    if (opt.files.empty()) {
        if (opt.pack.rules.empty() && opt.pack.pack.empty()) {
            std::cerr << "sbdscore validate: give response files or folders, or --rules DIR or --pack ID to check a rule pack\n";
            return exit_code::invalid_input;
        }
        return run_rules_lint({opt.pack, "", opt.strict, false});
    }
    auto paths = expand_inputs(opt.files, opt.recursive);
    auto pack = load_rules(opt.pack, *paths.value);
    print_diagnostics(pack.diagnostics);
    if (!pack) return exit_code::invalid_input;
    print_diagnostics(paths.diagnostics);
    auto as_of = run_date(opt.as_of);
    print_diagnostics(as_of.diagnostics);
    if (!as_of.ok()) return exit_code::invalid_input;
    auto evidence = evidence_options(opt.evidence, false, as_of.value->value_or(today_utc()));
    print_diagnostics(evidence.diagnostics);
    if (!evidence) return exit_code::invalid_input;
    bool failed = !paths.ok();
    for (const auto& path : *paths.value) {
        std::vector<Diagnostic> diagnostics = validate_file(path, *pack, *evidence);
        print_diagnostics(diagnostics, std::cout);
        std::cout << strip_control(path.string()) << ": " << summarize(diagnostics) << "\n";
        failed = failed || has_errors(diagnostics) || (opt.strict && !diagnostics.empty());
    }
    std::cout << std::flush;
    return failed ? exit_code::invalid_input : exit_code::ok;
}

}  // namespace sbd::cli
