#include "schema_command.hpp"

#include <memory>

#include "cli_common.hpp"
#include "sbdscore/exit_policy.hpp"
#include "sbdscore/response_schema.hpp"
#include "write_output.hpp"

namespace sbd::cli {

void add_schema_command(CLI::App& app, int& exit_code) {
    struct Options {
        std::string rules;
        std::string output;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("schema", "Write the JSON Schema (draft-07) of response files, for editors");
    cmd->add_option("--rules", opt->rules, "Rule pack folder (default: the built-in sbd-ot pack)");
    cmd->add_option("-o,--output", opt->output, "File to write (atomically; default: standard output)");
    cmd->callback([opt, &exit_code] {
        auto pack = load_pack_or_report(opt->rules);
        exit_code = pack ? write_output(opt->output, render_response_schema(*pack)) : exit_code::invalid_input;
    });
}

}  // namespace sbd::cli
