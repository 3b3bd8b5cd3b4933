// `sbdscore template`: a blank questionnaire (YAML response file, Markdown, or an Excel workbook)
// from the rule pack.
#include <iostream>

#include "analysis/questionnaire.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/scoring_setup.hpp"
#include "cli/write_output.hpp"
#include "report/questionnaire_xlsx.hpp"
#include "util/text.hpp"

namespace sbd::cli {

int run_template(const TemplateOptions& opt) {
    for (const std::string* text : {&opt.questionnaire.vendor, &opt.questionnaire.product, &opt.questionnaire.schema_ref})
        if (find_invalid_utf8(*text)) {
            std::cerr << "sbdscore: --vendor, --product and --schema-ref must be UTF-8 text\n";
            return exit_code::invalid_input;
        }
    auto pack = load_rules(opt.pack);
    print_diagnostics(pack.diagnostics);
    if (!pack) return exit_code::invalid_input;
    std::string text;
    if (opt.format == "xlsx") {
        if (!binary_output_allowed(opt.output)) return exit_code::invalid_input;
        auto workbook = render_questionnaire_xlsx(*pack, opt.questionnaire);
        print_diagnostics(workbook.diagnostics);
        if (!workbook) return exit_code::invalid_input;
        text = std::move(*workbook);
    } else {
        text = opt.format == "md" ? render_questionnaire_markdown(*pack, opt.questionnaire) : render_questionnaire_yaml(*pack, opt.questionnaire);
    }
    auto written = write_output(opt.output, text);
    print_diagnostics(written.diagnostics);
    return written.ok() ? exit_code::ok : exit_code::invalid_input;
}

}  // namespace sbd::cli
