// `sbdscore completion bash|zsh|fish`: the shell completion script, generated from the command line.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/completion_script.hpp"
#include "cli/console.hpp"
#include "cli/write_output.hpp"

namespace sbd::cli {

int run_completion(const CompletionOptions& opt) {
    auto written = write_output(opt.output, completion_script(command_line_spec(), opt.shell));
    print_diagnostics(written.diagnostics);
    return written.ok() ? exit_code::ok : exit_code::invalid_input;
}

}  // namespace sbd::cli
