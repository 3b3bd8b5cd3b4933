#pragma once
// The sbdscore(1) manual page, generated from the command-line definition (CommandSpec: commands,
// options, arguments, their values and defaults) and the prose it does not hold (what the tool
// does, exit status, environment, files, examples), kept in src/cli/manual_prose.roff.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command_spec.hpp"
#include "load/builtin_data.hpp"

namespace sbd {
// src/cli/manual_prose.roff, compiled in (cmake/embed_files.cmake).
const std::vector<EmbeddedFile>& manual_prose_files();
}  // namespace sbd

namespace sbd::cli {

// The prose: roff text in sections, each started by a line "[KEY]". Keys: DESCRIPTION, EXIT STATUS,
// ENVIRONMENT, FILES, EXAMPLES, SEE ALSO for the page; "COMMAND" (more description) and
// "COMMAND: EXIT STATUS|ENVIRONMENT|FILES|EXAMPLES" for a command ("evaluate", "rules list").
using ManualProse = std::map<std::string, std::string>;
ManualProse parse_manual_prose(std::string_view text);

struct ManualPage {
    std::string text;                   // the page, man(7)
    std::vector<std::string> problems;  // prose for no command, commands without exit status or examples
};

// A command's EXAMPLES from the prose as plain text for the end of its --help ("\nExamples:\n  ...\n"),
// empty when it has none: the manual's examples, so the two never disagree. `key` is "evaluate",
// "rules list", or empty for sbdscore itself.
std::string help_examples(const ManualProse& prose, const std::string& key);

// The last line of every --help: where to read more.
inline constexpr const char* help_more =
    "More: man sbdscore (or: sbdscore manual | man -l -), and the docs/ folder (/usr/share/doc/sbdscore).";

// `date` (YYYY-MM-DD) may be empty: the page then carries none.
ManualPage manual_page(const CommandSpec& root, const ManualProse& prose, const std::string& version,
                       const std::string& date);

}  // namespace sbd::cli
