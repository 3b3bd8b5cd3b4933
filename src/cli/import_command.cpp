// `sbdscore import FILE`: a response filled in as a workbook, written out as a YAML response file
// (to keep under version control, diff and review). Nothing is written unless the workbook reads
// without error, and the YAML written reads back to the same answers and the same score.
#include <iostream>

#include "analysis/response_yaml.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/output_guard.hpp"
#include "cli/scoring_setup.hpp"
#include "cli/write_output.hpp"
#include "load/response_loader.hpp"

namespace sbd::cli {

int run_import(const ImportOptions& opt) {
    auto guarded = check_outputs({{nullptr, opt.output}}, {opt.file});
    print_diagnostics(guarded.diagnostics);
    if (!guarded.ok()) return exit_code::invalid_input;
    auto pack = load_rules(opt.pack, {opt.file});
    print_diagnostics(pack.diagnostics);
    if (!pack) return exit_code::invalid_input;
    auto loaded = load_response_file(opt.file, *pack);
    print_diagnostics(loaded.diagnostics);
    if (!loaded) {
        std::cerr << "sbdscore: " << opt.file << " has errors; nothing was written\n";
        return exit_code::invalid_input;
    }
    const std::string text = render_response_yaml(*pack, *loaded, opt.file + " (sha256 " + loaded->sha256 + ")");
    auto written = write_output(opt.output, text);
    print_diagnostics(written.diagnostics);
    return written.ok() ? exit_code::ok : exit_code::invalid_input;
}

}  // namespace sbd::cli
