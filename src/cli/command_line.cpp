#include "cli/command_line.hpp"

#include <CLI/CLI.hpp>

#include <map>
#include <memory>

#include "cli/commands.hpp"
#include "cli/output_spec.hpp"
#include "load/rule_pack_loader.hpp"
#include "util/text.hpp"
#include "util/version.hpp"

namespace sbd::cli {

namespace {

// --rules DIR and --pack ID, which exclude each other. `from_responses`: without either, the
// pack is the one the responses name.
void add_pack_choice(CLI::App* cmd, PackChoice& choice, bool from_responses) {
    const std::string fallback = from_responses ? "the pack the responses name, else " + std::string(default_pack_id)
                                                : std::string(default_pack_id);
    auto* rules = cmd->add_option("--rules", choice.rules, "Rule pack folder (default: " + fallback + ")");
    auto* pack = cmd->add_option("--pack", choice.pack, "Built-in rule pack: " + join(builtin_pack_ids(), ", ") + " (default: " + fallback + ")");
    rules->excludes(pack);
    pack->excludes(rules);
}

// -f,--format text|json of explain and compare.
void add_text_format(CLI::App* cmd, TextFormat& format) {
    const std::map<std::string, TextFormat> names = {{"text", TextFormat::text}, {"json", TextFormat::json}};
    cmd->add_option("-f,--format", format, "text or json")->transform(CLI::CheckedTransformer(names))->default_str("text");
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

void add_evaluate(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<EvaluateOptions>();
    CLI::App* cmd = app.add_subcommand("evaluate", "Score and rank vendor responses (files or folders of *.yaml)");
    cmd->add_option("files", opt->files, "Response files, or folders holding them")->required();
    add_pack_choice(cmd, opt->pack, true);
    std::vector<std::string> names;
    for (const auto& f : output_formats()) names.push_back(f.name);
    cmd->add_option("-f,--format", opt->format, "Format of the report on standard output, or of -o FILE")
        ->check(CLI::IsMember(names))
        ->capture_default_str();
    cmd->add_option("-o,--output", opt->outputs,
                    "Repeatable: FORMAT (to standard output), FORMAT=FILE, or FILE (in --format); files are written "
                    "atomically. Formats: " + format_names())
        ->allow_extra_args(false);
    cmd->add_option("--as-of", opt->as_of,
                    "The run's date, YYYY-MM-DD, shown in reports (default: SOURCE_DATE_EPOCH's date, else none)");
    std::map<std::string, FailOn> fail_on_names = {{"never", FailOn::never}, {"gate", FailOn::gate}, {"review", FailOn::review}};
    cmd->add_option("--fail-on", opt->fail_on, "Exit 1 when a vendor fails a gate (gate), or is not PASS (review), or never")
        ->transform(CLI::CheckedTransformer(fail_on_names, CLI::ignore_case))
        ->default_str("gate");
    const std::map<std::string, ColorMode> color_names = {
        {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};
    cmd->add_option("--color", opt->color, "Colour the table: auto (on a terminal, unless NO_COLOR is set), always, never")
        ->transform(CLI::CheckedTransformer(color_names))
        ->default_str("auto");
    cmd->add_option("--profile", opt->profile,
                    "Adjust the pack for the buyer: small, medium, large (built-in) or a profile file (docs/profiles.md)");
    cmd->add_option("--waivers", opt->waivers,
                    "Waivers file: approved, dated exceptions for failed must-haves and sign-offs of results beyond the "
                    "risk tolerance (docs/waivers.md)");
    cmd->add_option("-j,--jobs", opt->jobs, "Files scored at once (default: one per core; 1: one at a time). Outputs are the same for any value")
        ->check(CLI::Range(1u, 1024u));
    cmd->add_flag("-q,--quiet", opt->quiet, "No progress line on standard error (it shows only on a terminal, for runs over a second)");
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
        ->check(CLI::IsMember({"summary", "full"}));
    cmd->add_option("--paper", opt->paper, "HTML report: the paper it prints on, a4 (default) or letter")
        ->transform(CLI::IsMember({"a4", "letter"}, CLI::ignore_case));
    cmd->callback([opt, &exit_code] { exit_code = run_evaluate(*opt); });
}

void add_template(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<TemplateOptions>();
    CLI::App* cmd = app.add_subcommand("template", "Write a blank questionnaire: a response file to fill in, or Markdown");
    add_pack_choice(cmd, opt->pack, false);
    cmd->add_option("-o,--output", opt->output, "File to write (atomically; default: standard output)");
    cmd->add_option("--format", opt->format, "yaml: a response file to fill in; md: a Markdown document to read")
        ->check(CLI::IsMember({"yaml", "md"}))
        ->capture_default_str();
    cmd->add_option("--vendor", opt->questionnaire.vendor, "Vendor name to fill in (default: a placeholder)");
    cmd->add_option("--product", opt->questionnaire.product, "Product name to fill in (default: a placeholder)");
    cmd->add_option("--schema-ref", opt->questionnaire.schema_ref,
                    "JSON Schema path or URL named on the YAML file's first line, for editors "
                    "(default: ./PACK-ID.schema.json, as written by 'sbdscore schema -o PACK-ID.schema.json')");
    cmd->callback([opt, &exit_code] { exit_code = run_template(*opt); });
}

void add_validate(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ValidateOptions>();
    CLI::App* cmd = app.add_subcommand("validate", "Check responses without scoring them (or, with only --rules, the rule pack)");
    cmd->add_option("files", opt->files, "Response files, or folders holding them");
    add_pack_choice(cmd, opt->pack, true);
    cmd->add_flag("--strict", opt->strict, "Exit 2 on warnings too, not only on errors");
    cmd->add_flag("-r,--recursive", opt->recursive, "Read the response files of folders' subfolders too");
    cmd->callback([opt, &exit_code] { exit_code = run_validate(*opt); });
}

void add_schema(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<SchemaOptions>();
    CLI::App* cmd = app.add_subcommand("schema", "Write the JSON Schema (draft-07) of response files, for editors");
    add_pack_choice(cmd, opt->pack, false);
    cmd->add_option("-o,--output", opt->output, "File to write (atomically; default: standard output)");
    cmd->callback([opt, &exit_code] { exit_code = run_schema(*opt); });
}

void add_rules(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<RulesOptions>();
    CLI::App* rules = app.add_subcommand("rules", "Look into a rule pack (list, show, diff), check it (lint, test), or export one");
    rules->require_subcommand(1);

    CLI::App* list = rules->add_subcommand("list", "List the priorities and criteria with their weights and gates");
    add_pack_choice(list, opt->pack, false);
    list->callback([opt, &exit_code] { exit_code = run_rules_list(*opt); });

    CLI::App* show = rules->add_subcommand("show", "Show one priority or criterion in full, or (--resolved) the whole pack");
    show->add_option("id", opt->id, "A priority id (AUT) or criterion id (AUT-01)");
    show->add_flag("--resolved", opt->resolved, "Print the whole pack as YAML, an extension flattened onto its base");
    add_pack_choice(show, opt->pack, false);
    show->callback([opt, &exit_code] { exit_code = run_rules_show(*opt); });

    CLI::App* lint = rules->add_subcommand("lint", "Check a rule pack and report every problem with file:line:column");
    add_pack_choice(lint, opt->pack, false);
    lint->add_flag("--strict", opt->strict, "Exit 2 on warnings too, not only on errors");
    lint->callback([opt, &exit_code] { exit_code = run_rules_lint(*opt); });

    auto export_opt = std::make_shared<RulesExportOptions>();
    CLI::App* exp = rules->add_subcommand("export", "Write a built-in pack (with its tests) to a folder, to copy or extend");
    exp->add_option("id", export_opt->id, "A built-in pack: " + join(builtin_pack_ids(), ", "))->required();
    exp->add_option("dir", export_opt->dir, "The folder to write: new or empty")->required();
    exp->callback([export_opt, &exit_code] { exit_code = run_rules_export(*export_opt); });

    auto diff_opt = std::make_shared<RulesDiffOptions>();
    CLI::App* diff = rules->add_subcommand("diff", "List what pack B changes from pack A (e.g. an extension from its base)");
    diff->add_option("a", diff_opt->old_pack, "A pack folder or built-in id")->required();
    diff->add_option("b", diff_opt->new_pack, "A pack folder or built-in id")->required();
    diff->callback([diff_opt, &exit_code] { exit_code = run_rules_diff(*diff_opt); });

    auto test_opt = std::make_shared<RulesTestOptions>();
    CLI::App* test = rules->add_subcommand("test", "Run a pack's tests (tests/*.yaml: responses with expected verdicts)");
    test->add_option("pack", test_opt->pack, "A pack folder, or a built-in id")->required();
    test->callback([test_opt, &exit_code] { exit_code = run_rules_test(*test_opt); });
}

void add_explain(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<ExplainOptions>();
    CLI::App* cmd = app.add_subcommand("explain", "Show how one vendor's score adds up, and what would raise it");
    cmd->add_option("file", opt->file, "One response file")->required();
    add_pack_choice(cmd, opt->pack, true);
    cmd->add_option("--profile", opt->profile, "small, medium, large or a profile file (docs/profiles.md)");
    cmd->add_option("--waivers", opt->waivers, "Waivers file (docs/waivers.md)");
    cmd->add_option("--as-of", opt->as_of, "The run's date, YYYY-MM-DD (waiver expiry is checked against it)");
    add_text_format(cmd, opt->format);
    cmd->callback([opt, &exit_code] { exit_code = run_explain(*opt); });
}

void add_compare(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<CompareOptions>();
    CLI::App* cmd = app.add_subcommand("compare", "Compare two submissions of the same product (old, then new)");
    cmd->add_option("old", opt->old_file, "The earlier response file")->required();
    cmd->add_option("new", opt->new_file, "The later response file")->required();
    add_pack_choice(cmd, opt->pack, true);
    cmd->add_option("--profile", opt->profile, "small, medium, large or a profile file (docs/profiles.md)");
    add_text_format(cmd, opt->format);
    cmd->callback([opt, &exit_code] { exit_code = run_compare(*opt); });
}

void add_sensitivity(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<SensitivityOptions>();
    CLI::App* cmd = app.add_subcommand(
        "sensitivity", "Rank stability: would the ranking change under other reasonable weights? (docs/sensitivity.md)");
    cmd->add_option("files", opt->files, "Response files, or folders holding them")->required();
    cmd->add_flag("-r,--recursive", opt->recursive, "Read the response files of folders' subfolders too");
    add_pack_choice(cmd, opt->pack, true);
    cmd->add_option("--profile", opt->profile, "small, medium, large or a profile file (docs/profiles.md): the weights sampled around");
    cmd->add_option("--waivers", opt->waivers, "Waivers file (docs/waivers.md)");
    cmd->add_option("--as-of", opt->as_of, "The run's date, YYYY-MM-DD (waiver expiry is checked against it)");
    add_stability_settings(cmd, opt->stability);
    cmd->add_option("-j,--jobs", opt->jobs, "Files scored at once (default: one per core; 1: one at a time). Outputs are the same for any value")
        ->check(CLI::Range(1u, 1024u));
    add_text_format(cmd, opt->format);
    cmd->add_option("-o,--output", opt->output, "File to write (atomically; default: standard output)");
    cmd->callback([opt, &exit_code] { exit_code = run_sensitivity(*opt); });
}

}  // namespace

int run_command_line(int argc, char** argv) {
    CLI::App app{"sbdscore: score vendor security questionnaires against the Secure by Demand priorities"};
    app.set_version_flag("--version", "sbdscore " + sbdscore_version());
    app.require_subcommand(1);
    int exit_code = exit_code::ok;
    add_evaluate(app, exit_code);
    add_template(app, exit_code);
    add_validate(app, exit_code);
    add_schema(app, exit_code);
    add_rules(app, exit_code);
    add_explain(app, exit_code);
    add_compare(app, exit_code);
    add_sensitivity(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return exit_code::invalid_input;  // CLI11 would exit 100-114; usage errors are 2 here
    }
    return exit_code;
}

}  // namespace sbd::cli
