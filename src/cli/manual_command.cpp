// `sbdscore manual`: the sbdscore(1) manual page, generated from the command line and its prose.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/manual_page.hpp"
#include "cli/write_output.hpp"
#include "util/dates.hpp"
#include "util/version.hpp"

namespace sbd::cli {

int run_manual(const std::string& output) {
    // The page's date: SOURCE_DATE_EPOCH's (reproducible builds), else none.
    auto date = run_date("");
    print_diagnostics(date.diagnostics);
    if (!date) return exit_code::invalid_input;
    const auto& prose_file = manual_prose_files().front();
    ManualPage page = manual_page(command_line_spec(), parse_manual_prose(prose_file.content), sbdscore_version(),
                                  date->value_or(""));
    // An incomplete manual is the program's own fault; say so, and still write what there is.
    std::vector<Diagnostic> problems;
    for (const auto& problem : page.problems) problems.push_back({Severity::warning, {}, problem, {}});
    print_diagnostics(problems);
    auto written = write_output(output, page.text);
    print_diagnostics(written.diagnostics);
    return written.ok() ? exit_code::ok : exit_code::invalid_input;
}

}  // namespace sbd::cli
