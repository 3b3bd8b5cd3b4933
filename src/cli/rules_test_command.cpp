// `sbdscore rules test PACK`: run a pack's tests (tests/*.yaml: responses with what the pack must
// make of them; docs/rules.md#pack-tests), like a test runner: one line per case, exit 1 when a
// case fails, 2 on bad input (a pack, test, profile or waivers file with errors, or no tests).
#include <algorithm>
#include <iostream>

#include "analysis/pack_test_check.hpp"
#include "cli/commands.hpp"
#include "load/input_file.hpp"
#include "load/pack_test_loader.hpp"
#include "load/profile_loader.hpp"
#include "load/rule_pack_loader.hpp"
#include "load/waiver_loader.hpp"
#include "score/profile_apply.hpp"
#include "util/dates.hpp"
#include "util/text.hpp"

namespace sbd::cli {

namespace {

namespace fs = std::filesystem;

struct TestFile {
    std::string display;
    std::string text;
};

// The pack's tests/*.yaml, from its folder or from the binary for a built-in pack.
std::vector<TestFile> find_tests(const std::optional<fs::path>& folder, const std::string& id, std::vector<Diagnostic>& diags) {
    std::vector<TestFile> out;
    if (!folder) {
        for (auto& f : builtin_pack_file_set(id, true))
            if (f.name.rfind("tests/", 0) == 0) out.push_back({f.display_path, std::move(f.content)});
        return out;
    }
    std::error_code ec;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(*folder / "tests", ec))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
        auto text = read_bounded_file(p, limits::max_input_bytes);
        diags.insert(diags.end(), text.diagnostics.begin(), text.diagnostics.end());
        if (text.value) out.push_back({p.string(), std::move(*text.value)});
    }
    return out;
}

// The pack as the case scores it: with its profile and waivers (files relative to the test file;
// a built-in pack's tests can name built-in profiles only), its date, stage and screening.
Result<ScoringPlan> plan_case(const RulePack& pack, const PackTestCase& t, const std::optional<fs::path>& folder) {
    Result<ScoringPlan> result;
    ScoringPlan plan;
    plan.pack = pack;
    const auto& s = t.settings;
    const auto builtins = builtin_profile_names();
    auto relative = [&](const std::string& name) -> std::optional<std::string> {
        if (folder) return (*folder / "tests" / name).lexically_normal().string();
        result.error({t.file, 0, 0}, "the tests of a built-in pack cannot read files such as " + quote_text(name),
                     "use a built-in profile (" + join(builtins, ", ") + "), or export the pack and test the folder");
        return std::nullopt;
    };
    if (!s.profile.empty()) {
        const bool builtin = std::find(builtins.begin(), builtins.end(), s.profile) != builtins.end();
        auto path = builtin ? std::optional<std::string>(s.profile) : relative(s.profile);
        if (!path) return result;
        auto profile = result.take(load_profile(*path));
        if (!profile) return result;
        auto adjusted = result.take(apply_profile(plan.pack, *profile));
        if (!adjusted) return result;
        plan.pack = std::move(*adjusted);
        plan.profile = describe_profile(*profile);
    }
    if (!s.waivers.empty()) {
        auto path = relative(s.waivers);
        if (!path) return result;
        auto waivers = result.take(load_waivers_file(*path, plan.pack));
        if (!waivers) return result;
        plan.waivers = std::move(*waivers);
    }
    plan.today = s.as_of.empty() ? today_utc() : s.as_of;
    plan.stage = s.stage;
    plan.screen = s.screen;
    result.value = std::move(plan);
    return result;
}

void print_errors(const std::vector<Diagnostic>& diags) {
    for (const auto& d : diags)
        if (d.severity == Severity::error) std::cout << format_diagnostic(d) << "\n";
}

}  // namespace

int run_rules_test(const RulesTestOptions& opt) {
    std::error_code ec;
    const bool is_folder = fs::is_directory(opt.pack, ec);
    const std::optional<fs::path> folder = is_folder ? std::optional<fs::path>(opt.pack) : std::nullopt;
    auto pack = load_pack_reference(opt.pack);
    for (const auto& d : pack.diagnostics) std::cout << format_diagnostic(d) << "\n";
    if (!pack) {
        std::cout << opt.pack << ": the pack has errors; no test was run\n" << std::flush;
        return exit_code::invalid_input;
    }
    std::vector<Diagnostic> read_errors;
    auto tests = find_tests(folder, pack->id, read_errors);
    print_errors(read_errors);
    if (tests.empty()) {
        std::cout << opt.pack << ": no tests (hint: add tests/NAME.yaml, a response with an expect: block; "
                  << "docs/rules.md#pack-tests)\n" << std::flush;
        return exit_code::invalid_input;
    }
    std::size_t passed = 0, failed = 0, errors = read_errors.empty() ? 0 : read_errors.size();
    for (const auto& file : tests) {
        auto loaded = load_pack_test_text(file.display, file.text, *pack);
        Result<ScoringPlan> plan;
        if (loaded) plan = plan_case(*pack, *loaded, folder);
        print_errors(loaded.diagnostics);
        print_errors(plan.diagnostics);
        if (!loaded || !plan) {
            std::cout << "ERROR   " << file.display << "\n";
            ++errors;
            continue;
        }
        auto result = plan->score_alone(loaded->response, loaded->load_diagnostics);
        print_errors(result.diagnostics);
        auto mismatches = check_expectation(loaded->expect, *result.value);
        if (mismatches.empty()) {
            std::cout << "ok      " << file.display << "  " << summarize_result(*result.value) << "\n";
            ++passed;
            continue;
        }
        std::cout << "FAILED  " << file.display << (loaded->settings.description.empty() ? "" : ": " + strip_control(loaded->settings.description)) << "\n";
        for (const auto& m : mismatches) std::cout << "          " << strip_control(m) << "\n";
        ++failed;
    }
    std::cout << opt.pack << ": " << tests.size() << (tests.size() == 1 ? " test: " : " tests: ") << passed << " passed, "
              << failed << " failed, " << errors << (errors == 1 ? " error" : " errors") << "\n" << std::flush;
    if (errors > 0) return exit_code::invalid_input;
    return failed > 0 ? exit_code::tests_failed : exit_code::ok;
}

}  // namespace sbd::cli
