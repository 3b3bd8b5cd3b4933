#pragma once
// The subcommands as plain functions of their options: command_line.cpp (the only file that sees
// CLI11) fills an options struct and calls run_*, which returns the process exit code.

#include <string>
#include <vector>

#include "analysis/questionnaire.hpp"
#include "cli/scoring_setup.hpp"
#include "model/report_labels.hpp"
#include "score/exit_policy.hpp"

namespace sbd::cli {

enum class ColorMode { automatic, always, never };  // --color auto|always|never
enum class TextFormat { text, json };               // explain and compare --format

// --samples, --spread, --seed, --criteria of sensitivity (and evaluate --sensitivity), as typed:
// checked by read_sensitivity_settings so every bad value gets the same clear message.
struct StabilityOptions {
    std::string samples;
    std::string spread;
    std::string seed;
    bool criteria = false;
};

// --verify-evidence, --keyring, --require-signature (docs/evidence.md).
struct EvidenceFlags {
    bool verify = false;
    std::string keyring;
    bool require_signature = false;
};

struct EvaluateOptions {
    std::vector<std::string> files;
    PackChoice pack;
    std::string format;  // empty: not named (table on standard output, files by their extension)
    std::vector<std::string> outputs;
    std::string as_of;
    FailOn fail_on = FailOn::gate;
    ColorMode color = ColorMode::automatic;
    std::string profile;
    std::string waivers;
    unsigned jobs = 0;   // threads; 0: one per core
    bool recursive = false;  // folders' subfolders too
    bool sensitivity = false;  // add the rank-stability section to the HTML report
    StabilityOptions stability;
    ReportLabels labels;  // --title, --organisation, --classification: override the profile's
    std::string detail;   // --detail summary|full of the HTML report; empty: not given (full)
    std::string paper;    // --paper a4|letter of the HTML report; empty: not given (a4)
    std::string stage;    // --stage: score only what can be known at this stage
    bool screen = false;  // --screen: must-haves only, no score
    std::string csv_layout = "long";  // long or wide (docs/reports.md#csv)
    bool no_csv_bom = false;          // CSV without its UTF-8 byte order mark
    EvidenceFlags evidence;
};
int run_evaluate(const EvaluateOptions& options);

struct ValidateOptions {
    std::vector<std::string> files;
    PackChoice pack;
    bool strict = false;
    bool recursive = false;
    std::string as_of;
    EvidenceFlags evidence;
};
int run_validate(const ValidateOptions& options);

struct TemplateOptions {
    PackChoice pack;
    std::string output;
    std::string format = "yaml";
    QuestionnaireOptions questionnaire;
};
int run_template(const TemplateOptions& options);

struct ImportOptions {
    std::string file;    // a response, usually a workbook
    PackChoice pack;
    std::string output;  // empty: standard output
};
int run_import(const ImportOptions& options);

struct SchemaOptions {
    PackChoice pack;
    std::string output;
};
int run_schema(const SchemaOptions& options);

struct RulesOptions {
    PackChoice pack;
    std::string id;
    bool strict = false;
    bool resolved = false;  // show --resolved: the whole pack, flattened
};
int run_rules_list(const RulesOptions& options);
int run_rules_show(const RulesOptions& options);
int run_rules_lint(const RulesOptions& options);

struct RulesExportOptions {
    std::string id;   // a built-in pack
    std::string dir;  // where to write it: a new or empty folder
};
int run_rules_export(const RulesExportOptions& options);

struct RulesDiffOptions {
    std::string old_pack;  // a folder or built-in id each
    std::string new_pack;
};
int run_rules_diff(const RulesDiffOptions& options);

struct RulesTestOptions {
    std::string pack;  // a pack folder, or a built-in id
};
int run_rules_test(const RulesTestOptions& options);

struct ExplainOptions {
    std::string file;
    PackChoice pack;
    std::string profile;
    std::string waivers;
    std::string as_of;
    TextFormat format = TextFormat::text;
    EvidenceFlags evidence;
};
int run_explain(const ExplainOptions& options);

struct CompareOptions {
    std::string old_file;
    std::string new_file;
    PackChoice pack;
    std::string profile;
    TextFormat format = TextFormat::text;
};
int run_compare(const CompareOptions& options);

struct SensitivityOptions {
    std::vector<std::string> files;
    PackChoice pack;
    std::string profile;
    std::string waivers;
    std::string as_of;
    StabilityOptions stability;
    TextFormat format = TextFormat::text;
    std::string output;  // empty: standard output
    unsigned jobs = 0;   // threads scoring the files; 0: one per core
    bool recursive = false;  // folders' subfolders too
};
int run_sensitivity(const SensitivityOptions& options);

// `completion SHELL`: the completion script of bash, zsh or fish.
struct CompletionOptions {
    std::string shell;
    std::string output;
};
int run_completion(const CompletionOptions& options);

// `manual [-o FILE]`: the sbdscore(1) manual page.
int run_manual(const std::string& output);

}  // namespace sbd::cli
