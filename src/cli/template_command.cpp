#include "template_command.hpp"

#include <iostream>
#include <memory>

#include "cli_common.hpp"
#include "sbdscore/exit_policy.hpp"
#include "sbdscore/questionnaire.hpp"
#include "sbdscore/text.hpp"
#include "write_output.hpp"

namespace sbd::cli {

namespace {

struct TemplateOptions {
    std::string rules;
    std::string output;
    std::string format = "yaml";
    QuestionnaireOptions questionnaire;
};

int run_template(const TemplateOptions& opt) {
    for (const std::string* text : {&opt.questionnaire.vendor, &opt.questionnaire.product, &opt.questionnaire.schema_ref})
        if (find_invalid_utf8(*text)) {
            std::cerr << "sbdscore: --vendor, --product and --schema-ref must be UTF-8 text\n";
            return exit_code::invalid_input;
        }
    auto pack = load_pack_or_report(opt.rules);
    if (!pack) return exit_code::invalid_input;
    std::string text = opt.format == "md" ? render_questionnaire_markdown(*pack, opt.questionnaire)
                                          : render_questionnaire_yaml(*pack, opt.questionnaire);
    return write_output(opt.output, text);
}

}  // namespace

void add_template_command(CLI::App& app, int& exit_code) {
    auto opt = std::make_shared<TemplateOptions>();
    CLI::App* cmd = app.add_subcommand("template", "Write a blank questionnaire: a response file to fill in, or Markdown");
    cmd->add_option("--rules", opt->rules, "Rule pack folder (default: the built-in sbd-ot pack)");
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

}  // namespace sbd::cli
