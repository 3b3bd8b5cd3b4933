#include "cli/command_line.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <cctype>
#include <iostream>
#include <map>
#include <type_traits>
#include <memory>

#include "cli/command_spec.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/completion_script.hpp"
#include "cli/manual_page.hpp"
#include "cli/output_spec.hpp"
#include "cli/usage_hint.hpp"
#include "load/profile_loader.hpp"
#include "load/rule_pack_loader.hpp"
#include "load/settings_file_loader.hpp"
#include "util/text.hpp"
#include "util/version.hpp"

namespace sbd::cli {

namespace {

const char* const program_description =
    "sbdscore: score vendor security questionnaires against the Secure by Demand priorities";

// Value names: FILE and DIR also tell the shell completions to offer file or folder names, PATH
// both (see describe_value).
const char* const file_value = "FILE";
const char* const dir_value = "DIR";

// "{a,b,c}": CLI11's notation for the words an option takes (what CLI::IsMember shows in --help).
// describe_value reads the words back from it, so --help, the completions and the manual agree.
template <class Map>
std::string word_set(const Map& names) {
    std::string set;
    for (const auto& entry : names) set += (set.empty() ? "" : ",") + entry.first;
    return "{" + set + "}";
}

// A word option: only these words (any case with `ignore_case`), listed in --help in this order.
// Not CLI11's CheckedTransformer, which also accepts the enum's numbers (`--fail-on 2`) and shows
// its internals in --help.
template <class T>
CLI::Validator one_of(const std::vector<std::pair<std::string, T>>& names, bool ignore_case = false) {
    auto same = [ignore_case](const std::string& a, const std::string& b) {
        return ignore_case ? ascii_lowercase(a) == ascii_lowercase(b) : a == b;
    };
    std::string words;
    for (const auto& entry : names) words += (words.empty() ? "" : ", ") + entry.first;
    return CLI::Validator(
        [names, same, words](std::string& value) -> std::string {
            for (const auto& [word, mapped] : names) {
                if (!same(word, value)) continue;
                if constexpr (std::is_enum_v<T>) {
                    value = std::to_string(static_cast<int>(mapped));  // what CLI11 converts to the enum
                } else {
                    value = mapped;
                }
                return {};
            }
            return "'" + value + "' is not one of: " + words;
        },
        word_set(names));
}

// Words an option also takes besides a file name (built-in profile names, report formats): shown
// in --help and completed, not checked here (the command checks the value and explains a mistake).
CLI::Validator also_takes(const std::vector<std::string>& words) {
    std::vector<std::pair<std::string, int>> names;
    for (const auto& w : words) names.emplace_back(w, 0);
    return CLI::Validator([](std::string&) { return std::string{}; }, word_set(names));
}

// --rules DIR and --pack ID, which exclude each other. `from_responses`: without either, the
// pack is the one the responses name.
void add_pack_choice(CLI::App* cmd, PackChoice& choice, bool from_responses) {
    const std::string fallback = from_responses ? "the pack the responses name, else " + std::string(default_pack_id)
                                                : std::string(default_pack_id);
    auto* rules = cmd->add_option("--rules", choice.rules, "Rule pack folder (default: " + fallback + ")")->type_name(dir_value);
    auto* pack = cmd->add_option("--pack", choice.pack, "Built-in rule pack: " + join(builtin_pack_ids(), ", ") + " (default: " + fallback + ")")
                     ->check(also_takes(builtin_pack_ids()))
                     ->type_name("ID");
    rules->excludes(pack);
    pack->excludes(rules);
}

// Settings (docs/commands.md#settings): what the command line leaves out comes from SBDSCORE_*
// variables, then from the settings file (--config FILE, else SBDSCORE_CONFIG, else
// ./.sbdscore.yaml when there is one), then the defaults. CLI11's own config support puts the file
// above the environment, the reverse of what trivy, grype and conftest users expect; so each value
// goes through the option itself (its words, its checks), as if typed, and a bad one is reported
// where it came from.
class Settings {
public:
    explicit Settings(CLI::App* cmd) : cmd_(cmd) {}

    // False (after saying why) when the file or a value is bad: the command then does not run.
    bool apply(const std::string& config_file) {
        auto file = read_file(config_file);
        if (!file) return false;
        for (const auto& key : setting_keys()) {
            if (const char* value = std::getenv(variable(key.option).c_str()); value && *value) {
                std::vector<std::string> values = key.repeatable ? split(value) : std::vector<std::string>{value};
                if (!set(key.option, values, SourceLocation{"environment variable " + variable(key.option)})) return false;
            }
        }
        for (const auto& setting : *file)
            if (!set(setting.option, setting.values, setting.where)) return false;
        return true;
    }

    static std::string variable(std::string option) {
        std::transform(option.begin(), option.end(), option.begin(),
                       [](unsigned char c) { return c == '-' ? '_' : static_cast<char>(std::toupper(c)); });
        return "SBDSCORE_" + option;
    }

private:
    CLI::App* cmd_;

    std::optional<std::vector<Setting>> read_file(std::string path) const {
        if (const char* env = std::getenv("SBDSCORE_CONFIG"); path.empty() && env && *env) path = env;
        if (path.empty()) {  // nothing named: the project's file, if it has one
            std::error_code ec;
            if (!std::filesystem::exists(".sbdscore.yaml", ec)) return std::vector<Setting>{};
            path = ".sbdscore.yaml";
        }
        auto loaded = load_settings_file(path);
        print_diagnostics(loaded.diagnostics);
        if (!loaded) return std::nullopt;
        return std::move(*loaded.value);
    }

    // A list in one variable: "table,junit=vendors.xml".
    static std::vector<std::string> split(const std::string& text) {
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (std::size_t comma; (comma = text.find(',', start)) != std::string::npos; start = comma + 1)
            if (comma > start) parts.push_back(text.substr(start, comma - start));
        if (start < text.size()) parts.push_back(text.substr(start));
        return parts;
    }

    // Report formats are evaluate's alone: a team's `format: html` must not break `template`.
    bool applies(const std::string& option) const {
        if ((option == "format" || option == "output") && cmd_->get_name() != "evaluate") return false;
        return cmd_->get_option_no_throw("--" + option) != nullptr;
    }

    // Given already (on the command line, or by a layer above): --rules and --pack are one choice.
    bool given(const std::string& option) const {
        auto count = [&](const std::string& name) {
            const CLI::Option* o = cmd_->get_option_no_throw("--" + name);
            return o != nullptr && o->count() > 0;
        };
        if (option == "rules" || option == "pack") return count("rules") || count("pack");
        return count(option);
    }

    bool set(const std::string& option, const std::vector<std::string>& values, const SourceLocation& origin) {
        if (!applies(option) || given(option)) return true;
        CLI::Option* o = cmd_->get_option("--" + option);
        try {
            for (const auto& value : values) o->add_result(value);
            o->run_callback();
        } catch (const CLI::ParseError& e) {
            print_diagnostics({{Severity::error, origin, option + ": " + e.what(),
                                "the command line, SBDSCORE_* variables and the settings file take the same values"}});
            return false;
        }
        return true;
    }
};

// --config FILE on a command that reads settings; the command runs only when they are good.
template <class Run>
void add_settings(CLI::App* cmd, int& exit_code, Run run) {
    auto file = std::make_shared<std::string>();
    CLI::Option* quiet = cmd->add_flag("-q,--quiet")->description("Errors only on standard error: no warnings, notes or progress line");
    CLI::Option* verbose = cmd->add_flag("-v,--verbose")->description("Also say what the run decided and did: the pack and why, files, threads, outputs");
    quiet->excludes(verbose);
    cmd->add_option("--config", *file,
                    "Settings file (default: SBDSCORE_CONFIG, else ./.sbdscore.yaml if present); the command line "
                    "and SBDSCORE_* variables take precedence (docs/commands.md#settings)")
        ->type_name(file_value);
    cmd->callback([cmd, file, quiet, verbose, &exit_code, run] {
        set_verbosity(quiet->count() > 0 ? Verbosity::quiet : verbose->count() > 0 ? Verbosity::verbose : Verbosity::normal);
        if (!Settings(cmd).apply(*file)) {
            exit_code = exit_code::invalid_input;
            return;
        }
        exit_code = run();
    });
}

// -f,--format text|json of explain and compare.
void add_text_format(CLI::App* cmd, TextFormat& format) {
    cmd->add_option("-f,--format", format, "text or json")
        ->transform(one_of<TextFormat>({{"text", TextFormat::text}, {"json", TextFormat::json}}))
        ->type_name("FORMAT")
        ->default_str("text");
}

// --samples, --spread, --seed, --criteria: taken as text and checked by the command, so each bad
// value gets one clear message (docs/sensitivity.md).
std::vector<CLI::Option*> add_stability_settings(CLI::App* cmd, StabilityOptions& s) {
    return {cmd->add_option("--samples", s.samples, "Weight vectors to sample, 1 to 10000000 (default 10000)"),
            cmd->add_option("--spread", s.spread,
                            "Share of the total weight dealt out at random, 0 (the given weights) to 1 (any weights; "
                            "default 0.5)"),
            cmd->add_option("--seed", s.seed, "Seed of the random numbers, a whole number (default 1): same seed, same output"),
            cmd->add_flag("--criteria", s.criteria, "Vary the criterion weights within each priority too")};
}

// Evidence verification (docs/evidence.md), the same on evaluate, validate and explain.
void add_evidence_options(CLI::App* cmd, EvidenceFlags& flags) {
    cmd->add_flag("--verify-evidence", flags.verify,
                  "Open, hash and check by content every evidence file the responses cite (SBOM, security.txt, CSAF); "
                  "a claim counts as evidenced only when its check passes (URLs stay cited, never fetched)");
    cmd->add_option("--keyring", flags.keyring,
                    "Public OpenPGP keys to verify the detached signature beside each response with (FILE.asc or FILE.sig)")
        ->type_name(file_value);
    cmd->add_flag("--require-signature", flags.require_signature,
                  "A response not signed by a key of --keyring is at best REVIEW");
}

void add_evaluate(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<EvaluateOptions>();
    CLI::App* cmd = app.add_subcommand("evaluate", "Score and rank vendor responses (files or folders of *.yaml, *.yml, *.xlsx)");
    cmd->add_option("files", opt->files, "Response files, or folders holding them")->required()->type_name("PATH");
    add_pack_choice(cmd, opt->pack, true);
    std::vector<std::string> names;
    for (const auto& f : output_formats()) names.push_back(f.name);
    cmd->add_option("-f,--format", opt->format,
                    "Format of the report on standard output (default: table), and of every -o FILE (default: the "
                    "format the file's extension names)")
        ->check(CLI::IsMember(names))
        ->type_name("FORMAT");
    cmd->add_option("-o,--output", opt->outputs,
                    "Repeatable: FORMAT (to standard output), FORMAT=FILE (FORMAT=- for standard output), or FILE (in "
                    "--format, else by its extension: .json .html .md .csv .xml .sarif); files are written atomically")
        ->allow_extra_args(false)
        ->check(also_takes(names))
        ->type_name("[FORMAT=]FILE");
    cmd->add_option("--as-of", opt->as_of,
                    "The run's date, YYYY-MM-DD, shown in reports (default: SOURCE_DATE_EPOCH's date, else none)")
        ->type_name("DATE");
    cmd->add_option("--fail-on", opt->fail_on, "Exit 1 when a vendor fails a gate (gate), or is not PASS (review), or never")
        ->transform(one_of<FailOn>({{"never", FailOn::never}, {"gate", FailOn::gate}, {"review", FailOn::review}},
                                   /*ignore_case=*/true))
        ->type_name("WHEN")
        ->default_str("gate");
    cmd->add_option("--color", opt->color, "Colour the table: auto (on a terminal, unless NO_COLOR is set), always, never")
        ->transform(one_of<ColorMode>(
            {{"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}}))
        ->type_name("WHEN")
        ->default_str("auto");
    cmd->add_option("--profile", opt->profile,
                    "Adjust the pack for the buyer: small, medium, large (built-in) or a profile file (docs/profiles.md)")
        ->check(also_takes(builtin_profile_names()))
        ->type_name("NAME|FILE");
    cmd->add_option("--waivers", opt->waivers,
                    "Waivers file: approved, dated exceptions for failed must-haves and sign-offs of results beyond the "
                    "risk tolerance (docs/waivers.md)")
        ->type_name(file_value);
    cmd->add_option("-j,--jobs", opt->jobs, "Files scored at once (default: one per core; 1: one at a time). Outputs are the same for any value")
        ->check(CLI::Range(1u, 1024u));
    cmd->add_flag("-r,--recursive", opt->recursive, "Read the response files of folders' subfolders too");
    CLI::Option* sensitivity = cmd->add_flag(
        "--sensitivity", opt->sensitivity,
        "Add a 'Rank stability' section to the HTML report: would the ranking change under other weights? (docs/sensitivity.md)");
    for (CLI::Option* o : add_stability_settings(cmd, opt->stability)) o->needs(sensitivity);
    cmd->add_option("--stage", opt->stage,
                    "Score only what can be verified by this procurement stage of the pack (e.g. pre-purchase); later "
                    "criteria are not scored (docs/scoring.md)");
    cmd->add_flag("--screen", opt->screen,
                  "Initial risk screening: must-have gates only, no score; PASS, REVIEW or FAIL from the gates alone");
    cmd->add_option("--csv-layout", opt->csv_layout,
                    "CSV layout: long (a row per vendor and priority, and per vendor and gate) or wide (a row per vendor, a column "
                    "per priority and per gate)")
        ->check(CLI::IsMember({"long", "wide"}))
        ->type_name("LAYOUT")
        ->capture_default_str();
    cmd->add_flag("--no-csv-bom", opt->no_csv_bom,
                  "CSV without the UTF-8 byte order mark it starts with by default (which Excel needs to read accents and "
                  "CJK right), for tools that take it for data");
    cmd->add_option("--title", opt->labels.title,
                    "Title of the reports (HTML, Markdown, JSON, table), e.g. 'Historian replacement: shortlist'; "
                    "overrides the profile's (default: 'Vendor security scorecard')");
    cmd->add_option("--organisation,--organization", opt->labels.organisation,
                    "The organisation the reports are for, shown under the title and in the HTML report's page headers; "
                    "overrides the profile's");
    cmd->add_option("--classification", opt->labels.classification,
                    "Classification marking, e.g. OFFICIAL-SENSITIVE or TLP:AMBER: at the top and bottom of every printed "
                    "page of the HTML report and at the start and end of the other reports for people; overrides the profile's");
    cmd->add_option("--detail", opt->detail,
                    "HTML report: 'full' (default) adds the audit appendix (every answer, its evidence and line, each file's "
                    "SHA-256); 'summary' stops after the vendors' sections, for a board")
        ->transform(one_of<std::string>({{"full", "full"}, {"summary", "summary"}}))
        ->type_name("LEVEL");
    cmd->add_option("--paper", opt->paper, "HTML report: the paper it prints on, a4 (default) or letter")
        ->transform(one_of<std::string>({{"a4", "a4"}, {"letter", "letter"}}, /*ignore_case=*/true))
        ->type_name("SIZE");
    add_evidence_options(cmd, opt->evidence);
    add_settings(cmd, exit_code, [opt] { return run_evaluate(*opt); });
}

void add_template(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<TemplateOptions>();
    CLI::App* cmd = app.add_subcommand("template", "Write a blank questionnaire: a response file to fill in, Markdown, or an Excel workbook");
    add_pack_choice(cmd, opt->pack, false);
    cmd->add_option("-o,--output", opt->output, "File to write (atomically; default: standard output)")->type_name(file_value);
    cmd->add_option("-f,--format", opt->format,
                    "yaml: a response file to fill in; markdown (or md): a Markdown document to read; xlsx: an Excel workbook "
                    "to fill in, read back by evaluate, validate and import (needs -o FILE.xlsx on a terminal)")
        ->transform(one_of<std::string>({{"yaml", "yaml"}, {"markdown", "md"}, {"md", "md"}, {"xlsx", "xlsx"}}))
        ->type_name("FORMAT")
        ->capture_default_str();
    cmd->add_option("--vendor", opt->questionnaire.vendor, "Vendor name to fill in (default: a placeholder)")->type_name("NAME");
    cmd->add_option("--product", opt->questionnaire.product, "Product name to fill in (default: a placeholder)")->type_name("NAME");
    cmd->add_option("--schema-ref", opt->questionnaire.schema_ref,
                    "JSON Schema path or URL named on the YAML file's first line, for editors "
                    "(default: ./PACK-ID.schema.json, as written by 'sbdscore schema -o PACK-ID.schema.json')")
        ->type_name("REF");
    add_settings(cmd, exit_code, [opt] { return run_template(*opt); });
}

void add_validate(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ValidateOptions>();
    CLI::App* cmd = app.add_subcommand("validate", "Check responses without scoring them (or, with only --rules, the rule pack)");
    cmd->add_option("files", opt->files, "Response files, or folders holding them")->type_name("PATH");
    add_pack_choice(cmd, opt->pack, true);
    cmd->add_flag("--strict", opt->strict, "Exit 2 on warnings too, not only on errors");
    cmd->add_flag("-r,--recursive", opt->recursive, "Read the response files of folders' subfolders too");
    cmd->add_option("--as-of", opt->as_of, "The run's date, YYYY-MM-DD (a security.txt must not have expired by then)")
        ->type_name("DATE");
    add_evidence_options(cmd, opt->evidence);
    add_settings(cmd, exit_code, [opt] { return run_validate(*opt); });
}

void add_import(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ImportOptions>();
    CLI::App* cmd = app.add_subcommand(
        "import", "Convert a response filled in as a workbook (vendor.xlsx) into a YAML response file, to keep under version control");
    cmd->add_option("file", opt->file, "The filled-in workbook (.xlsx), or any response file")->required()->type_name(file_value);
    add_pack_choice(cmd, opt->pack, true);
    cmd->add_option("-o,--output", opt->output,
                    "YAML file to write (atomically; default: standard output). Nothing is written when the workbook has errors")
        ->type_name(file_value);
    add_settings(cmd, exit_code, [opt] { return run_import(*opt); });
}

void add_schema(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<SchemaOptions>();
    CLI::App* cmd = app.add_subcommand("schema", "Write the JSON Schema (draft-07) of response files, for editors");
    add_pack_choice(cmd, opt->pack, false);
    cmd->add_option("-o,--output", opt->output, "File to write (atomically; default: standard output)")->type_name(file_value);
    add_settings(cmd, exit_code, [opt] { return run_schema(*opt); });
}

void add_rules(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<RulesOptions>();
    CLI::App* rules = app.add_subcommand("rules", "Look into a rule pack (list, show, diff), check it (lint, test), or export one");
    rules->require_subcommand(1);

    CLI::App* list = rules->add_subcommand("list", "List the priorities and criteria with their weights and gates");
    add_pack_choice(list, opt->pack, false);
    add_settings(list, exit_code, [opt] { return run_rules_list(*opt); });

    CLI::App* show = rules->add_subcommand("show", "Show one priority or criterion in full, or (--resolved) the whole pack");
    show->add_option("id", opt->id, "A priority id (AUT) or criterion id (AUT-01)")->type_name("ID");
    show->add_flag("--resolved", opt->resolved, "Print the whole pack as YAML, an extension flattened onto its base");
    add_pack_choice(show, opt->pack, false);
    add_settings(show, exit_code, [opt] { return run_rules_show(*opt); });

    CLI::App* lint = rules->add_subcommand("lint", "Check a rule pack and report every problem with file:line:column");
    add_pack_choice(lint, opt->pack, false);
    lint->add_flag("--strict", opt->strict, "Exit 2 on warnings too, not only on errors");
    add_settings(lint, exit_code, [opt] { return run_rules_lint(*opt); });

    auto export_opt = std::make_shared<RulesExportOptions>();
    CLI::App* exp = rules->add_subcommand("export", "Write a built-in pack (with its tests) to a folder, to copy or extend");
    exp->add_option("id", export_opt->id, "A built-in pack: " + join(builtin_pack_ids(), ", "))
        ->required()
        ->check(also_takes(builtin_pack_ids()))
        ->type_name("ID");
    exp->add_option("dir", export_opt->dir, "The folder to write: new or empty")->required()->type_name(dir_value);
    exp->callback([export_opt, &exit_code] { exit_code = run_rules_export(*export_opt); });

    auto diff_opt = std::make_shared<RulesDiffOptions>();
    CLI::App* diff = rules->add_subcommand("diff", "List what pack B changes from pack A (e.g. an extension from its base)");
    diff->add_option("a", diff_opt->old_pack, "A pack folder or built-in id")
        ->required()
        ->check(also_takes(builtin_pack_ids()))
        ->type_name("ID|DIR");
    diff->add_option("b", diff_opt->new_pack, "A pack folder or built-in id")
        ->required()
        ->check(also_takes(builtin_pack_ids()))
        ->type_name("ID|DIR");
    diff->callback([diff_opt, &exit_code] { exit_code = run_rules_diff(*diff_opt); });

    auto test_opt = std::make_shared<RulesTestOptions>();
    CLI::App* test = rules->add_subcommand("test", "Run a pack's tests (tests/*.yaml: responses with expected verdicts)");
    test->add_option("pack", test_opt->pack, "A pack folder, or a built-in id")
        ->required()
        ->check(also_takes(builtin_pack_ids()))
        ->type_name("ID|DIR");
    test->callback([test_opt, &exit_code] { exit_code = run_rules_test(*test_opt); });
}

void add_explain(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ExplainOptions>();
    CLI::App* cmd = app.add_subcommand("explain", "Show how one vendor's score adds up, and what would raise it");
    cmd->add_option("file", opt->file, "One response file")->required()->type_name(file_value);
    add_pack_choice(cmd, opt->pack, true);
    cmd->add_option("--profile", opt->profile, "small, medium, large or a profile file (docs/profiles.md)")
        ->check(also_takes(builtin_profile_names()))
        ->type_name("NAME|FILE");
    cmd->add_option("--waivers", opt->waivers, "Waivers file (docs/waivers.md)")->type_name(file_value);
    cmd->add_option("--as-of", opt->as_of, "The run's date, YYYY-MM-DD (waiver expiry is checked against it)")
        ->type_name("DATE");
    add_text_format(cmd, opt->format);
    add_evidence_options(cmd, opt->evidence);
    add_settings(cmd, exit_code, [opt] { return run_explain(*opt); });
}

void add_compare(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<CompareOptions>();
    CLI::App* cmd = app.add_subcommand("compare", "Compare two submissions of the same product (old, then new)");
    cmd->add_option("old", opt->old_file, "The earlier response file")->required()->type_name(file_value);
    cmd->add_option("new", opt->new_file, "The later response file")->required()->type_name(file_value);
    add_pack_choice(cmd, opt->pack, true);
    cmd->add_option("--profile", opt->profile, "small, medium, large or a profile file (docs/profiles.md)")
        ->check(also_takes(builtin_profile_names()))
        ->type_name("NAME|FILE");
    add_text_format(cmd, opt->format);
    add_settings(cmd, exit_code, [opt] { return run_compare(*opt); });
}

void add_sensitivity(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<SensitivityOptions>();
    CLI::App* cmd = app.add_subcommand(
        "sensitivity", "Rank stability: would the ranking change under other reasonable weights? (docs/sensitivity.md)");
    cmd->add_option("files", opt->files, "Response files, or folders holding them")->required()->type_name("PATH");
    cmd->add_flag("-r,--recursive", opt->recursive, "Read the response files of folders' subfolders too");
    add_pack_choice(cmd, opt->pack, true);
    cmd->add_option("--profile", opt->profile, "small, medium, large or a profile file (docs/profiles.md): the weights sampled around")
        ->check(also_takes(builtin_profile_names()))
        ->type_name("NAME|FILE");
    cmd->add_option("--waivers", opt->waivers, "Waivers file (docs/waivers.md)")->type_name(file_value);
    cmd->add_option("--as-of", opt->as_of, "The run's date, YYYY-MM-DD (waiver expiry is checked against it)")
        ->type_name("DATE");
    add_stability_settings(cmd, opt->stability);
    cmd->add_option("-j,--jobs", opt->jobs, "Files scored at once (default: one per core; 1: one at a time). Outputs are the same for any value")
        ->check(CLI::Range(1u, 1024u));
    add_text_format(cmd, opt->format);
    cmd->add_option("-o,--output", opt->output, "File to write (atomically; default: standard output)")->type_name(file_value);
    add_settings(cmd, exit_code, [opt] { return run_sensitivity(*opt); });
}

void add_completion(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<CompletionOptions>();
    CLI::App* cmd = app.add_subcommand("completion", "Write the shell completion script for bash, zsh or fish");
    cmd->add_option("shell", opt->shell, "The shell: bash, zsh or fish")
        ->required()
        ->check(CLI::IsMember(completion_shells()))
        ->type_name("SHELL");
    cmd->add_option("-o,--output", opt->output, "File to write (atomically; default: standard output)")->type_name(file_value);
    cmd->callback([opt, &exit_code] { exit_code = run_completion(*opt); });
}

void add_manual(CLI::App& app, int& exit_code) {
    auto output = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("manual", "Write the sbdscore(1) manual page (man(7) format)");
    cmd->add_option("-o,--output", *output, "File to write (atomically; default: standard output)")->type_name(file_value);
    cmd->callback([output, &exit_code] { exit_code = run_manual(*output); });
}

// Each command's --help ends with its examples from the manual, and where to read more.
void add_help_footers(CLI::App& app, const std::string& key) {
    // CLI11 shows the callback's text, a line break, then the string. The prose is read only when
    // a --help asks for it, not on every run.
    app.footer(help_more);
    app.footer([key] {
        static const ManualProse prose = parse_manual_prose(manual_prose_files().front().content);
        return help_examples(prose, key);
    });
    for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        add_help_footers(*sub, key.empty() ? sub->get_name() : key + " " + sub->get_name());
}

// Every subcommand and option: the one definition that the parser, --help, the shell completions
// and the manual page all read.
void define_command_line(CLI::App& app, int& exit_code) {
    app.set_version_flag("--version", "sbdscore " + sbdscore_version());
    app.require_subcommand(1);
    add_evaluate(app, exit_code);
    add_template(app, exit_code);
    add_validate(app, exit_code);
    add_import(app, exit_code);
    add_schema(app, exit_code);
    add_rules(app, exit_code);
    add_explain(app, exit_code);
    add_compare(app, exit_code);
    add_sensitivity(app, exit_code);
    add_completion(app, exit_code);
    add_manual(app, exit_code);
    add_help_footers(app, "");
}

// A value as --help shows it: "FORMAT:{table,json}" is the value name, then the validators'
// descriptions. Words come from CLI11's set notation "{a,b}"; FILE and PATH complete file names,
// DIR folder names.
ValueSpec describe_value(const std::string& type_name) {
    ValueSpec value;
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t colon; (colon = type_name.find(':', start)) != std::string::npos; start = colon + 1)
        parts.push_back(type_name.substr(start, colon - start));
    parts.push_back(type_name.substr(start));
    value.name = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const std::string& part = parts[i];
        if (part.size() < 2 || part.front() != '{' || part.back() != '}') continue;
        std::size_t from = 1;
        for (std::size_t comma; (comma = part.find(',', from)) != std::string::npos; from = comma + 1)
            value.words.push_back(part.substr(from, comma - from));
        value.words.push_back(part.substr(from, part.size() - 1 - from));
    }
    // Each alternative of "NAME|FILE", "[FORMAT=]FILE".
    for (std::size_t from = 0; from <= value.name.size();) {
        std::size_t bar = value.name.find('|', from);
        if (bar == std::string::npos) bar = value.name.size();
        std::string alternative = value.name.substr(from, bar - from);
        if (alternative.ends_with("FILE") || alternative == "PATH") value.files = true;
        if (alternative == "DIR") value.directories = true;
        from = bar + 1;
    }
    return value;
}

CommandSpec describe_command(const CLI::App& app, std::vector<std::string> path) {
    CommandSpec command;
    command.path = std::move(path);
    command.description = app.get_description();
    for (const CLI::Option* opt : app.get_options()) {
        if (opt->get_group().empty()) continue;  // hidden
        if (opt->get_positional()) {
            ArgumentSpec argument;
            argument.name = opt->get_name(true);
            argument.description = opt->get_description();
            argument.value = describe_value(opt->get_type_name());
            argument.repeatable = opt->get_items_expected_max() > 1;
            argument.required = opt->get_required();
            command.arguments.push_back(std::move(argument));
            continue;
        }
        OptionSpec option;
        for (const auto& name : opt->get_snames()) option.names.push_back("-" + name);
        for (const auto& name : opt->get_lnames()) option.names.push_back("--" + name);
        option.description = opt->get_description();
        option.takes_value = opt->get_items_expected_max() > 0;
        if (option.takes_value) option.value = describe_value(opt->get_type_name());
        option.default_value = opt->get_default_str();
        option.repeatable = opt->get_items_expected_max() > 1;
        option.required = opt->get_required();
        command.options.push_back(std::move(option));
    }
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); })) {
        auto sub_path = command.path;
        sub_path.push_back(sub->get_name());
        command.subcommands.push_back(describe_command(*sub, std::move(sub_path)));
    }
    return command;
}

}  // namespace

CommandSpec command_line_spec() {
    CLI::App app{program_description, "sbdscore"};
    int unused_exit_code = exit_code::ok;
    define_command_line(app, unused_exit_code);
    return describe_command(app, {});
}

int run_command_line(int argc, char** argv) {
    CLI::App app{program_description, "sbdscore"};
    int exit_code = exit_code::ok;
    define_command_line(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        // A word the parser does not know is the likeliest cause, and CLI11 names it poorly ("A
        // subcommand is required" for `sbdscore evalute`): say which word, and what was meant.
        if (auto hint = usage_hint(describe_command(app, {}), std::vector<std::string>(argv + 1, argv + argc))) {
            std::cerr << "sbdscore: " << *hint << "\n";
            return exit_code::invalid_input;
        }
        app.exit(e);
        return exit_code::invalid_input;  // CLI11 would exit 100-114; usage errors are 2 here
    }
    return exit_code;
}

}  // namespace sbd::cli
