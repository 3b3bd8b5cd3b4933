#pragma once
// `sbdscore schema`: the JSON Schema of response files to the rule pack, for editors.

#include <CLI/CLI.hpp>

namespace sbd::cli {

void add_schema_command(CLI::App& app, int& exit_code);

}  // namespace sbd::cli
