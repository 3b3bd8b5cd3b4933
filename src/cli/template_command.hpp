#pragma once
// `sbdscore template`: a blank questionnaire (YAML response file or Markdown) from the rule pack.

#include <CLI/CLI.hpp>

namespace sbd::cli {

void add_template_command(CLI::App& app, int& exit_code);

}  // namespace sbd::cli
