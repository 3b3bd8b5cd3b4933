// `sbdscore rules list|show ID|show --resolved|lint|export|diff`: look into a rule pack, check one,
// or write a built-in one to disk. (`rules test` is in rules_test_command.cpp.)
#include <iostream>

#include "analysis/rule_pack_diff.hpp"
#include "analysis/rule_pack_listing.hpp"
#include "analysis/rule_pack_yaml.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/scoring_setup.hpp"
#include "load/rule_pack_loader.hpp"
#include "util/atomic_file.hpp"
#include "util/text.hpp"

namespace sbd::cli {

int run_rules_list(const RulesOptions& opt) {
    auto pack = load_rules(opt.pack);
    print_diagnostics(pack.diagnostics);
    if (!pack) return exit_code::invalid_input;
    std::cout << render_rules_list(*pack) << std::flush;
    return exit_code::ok;
}

int run_rules_show(const RulesOptions& opt) {
    if (opt.resolved == !opt.id.empty()) {
        std::cerr << "sbdscore rules show: give a priority or criterion id, or --resolved for the whole pack\n";
        return exit_code::invalid_input;
    }
    auto pack = load_rules(opt.pack);
    print_diagnostics(pack.diagnostics);
    if (!pack) return exit_code::invalid_input;
    if (opt.resolved) {
        std::cout << render_pack_yaml(*pack) << std::flush;
        return exit_code::ok;
    }
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
    const bool folder = !opt.pack.rules.empty();
    const std::string id = opt.pack.pack.empty() ? std::string(default_pack_id) : opt.pack.pack;
    auto loaded = folder ? load_pack_directory(opt.pack.rules) : load_builtin_pack(id);
    print_diagnostics(loaded.diagnostics, std::cout);
    std::cout << strip_control(folder ? opt.pack.rules : "built-in " + id) << ": " << summarize(loaded.diagnostics) << "\n" << std::flush;
    bool failed = has_errors(loaded.diagnostics) || (opt.strict && !loaded.diagnostics.empty());
    return failed ? exit_code::invalid_input : exit_code::ok;
}

// Writes the files of a built-in pack (pack.yaml, priority files, tests/) byte for byte, comments
// included: the reasons for each choice go with the copy. Only into a new or empty folder, so
// nothing of the user's is overwritten.
int run_rules_export(const RulesExportOptions& opt) {
    namespace fs = std::filesystem;
    if (!is_builtin_pack(opt.id)) {
        print_diagnostics(load_builtin_pack(opt.id).diagnostics);  // "no built-in pack", with did you mean
        return exit_code::invalid_input;
    }
    auto pack = load_builtin_pack(opt.id);
    const fs::path dir = opt.dir;
    std::error_code ec;
    if (fs::exists(dir, ec) && (!fs::is_directory(dir, ec) || !fs::is_empty(dir, ec))) {
        std::cerr << "sbdscore: " << opt.dir << " exists and is not an empty folder; nothing was written"
                  << " (hint: export into a new folder)\n";
        return exit_code::invalid_input;
    }
    const auto files = builtin_pack_file_set(opt.id, true);
    std::size_t tests = 0;
    for (const auto& f : files) {
        const fs::path target = dir / f.name;
        fs::create_directories(target.parent_path(), ec);
        if (ec) {
            std::cerr << "sbdscore: cannot create " << target.parent_path().string() << ": " << ec.message() << "\n";
            return exit_code::invalid_input;
        }
        auto written = write_file_atomically(target, f.content);
        print_diagnostics(written.diagnostics);
        if (!written.ok()) return exit_code::invalid_input;
        tests += f.name.rfind("tests/", 0) == 0;
    }
    std::cout << "exported pack " << opt.id << " " << (pack ? pack->version : std::string("?")) << " to " << opt.dir << ": "
              << files.size() - tests << " files and " << tests << " tests\n"
              << "check it with: sbdscore rules lint --rules " << opt.dir << " && sbdscore rules test " << opt.dir << "\n"
              << std::flush;
    return exit_code::ok;
}

int run_rules_diff(const RulesDiffOptions& opt) {
    auto a = load_pack_reference(opt.old_pack);
    print_diagnostics(a.diagnostics);
    auto b = load_pack_reference(opt.new_pack);
    print_diagnostics(b.diagnostics);
    if (!a || !b) return exit_code::invalid_input;
    std::cout << render_pack_diff(*a, *b, diff_packs(*a, *b)) << std::flush;
    return exit_code::ok;
}

}  // namespace sbd::cli
