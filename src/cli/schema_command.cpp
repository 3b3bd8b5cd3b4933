// `sbdscore schema`: the JSON Schema of response files to the rule pack, for editors.
#include "analysis/response_schema.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/scoring_setup.hpp"
#include "cli/write_output.hpp"

namespace sbd::cli {

int run_schema(const SchemaOptions& opt) {
    auto pack = load_rules(opt.pack);
    print_diagnostics(pack.diagnostics);
    if (!pack) return exit_code::invalid_input;
    auto written = write_output(opt.output, render_response_schema(*pack));
    print_diagnostics(written.diagnostics);
    return written.ok() ? exit_code::ok : exit_code::invalid_input;
}

}  // namespace sbd::cli
