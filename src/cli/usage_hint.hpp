#pragma once
// What the user probably meant when a command line does not parse: `sbdscore evalute`,
// `rules shwo`, `evaluate --fromat json`. Read from the command line's model (CommandSpec), so it
// knows every command and option the parser does.

#include <optional>
#include <string>
#include <vector>

#include "cli/command_spec.hpp"

namespace sbd::cli {

// The first word of `args` (argv without the program) that names no command or option where it
// stands, with the closest one if any is close: "unknown command 'evalute': did you mean
// 'evaluate'?". Nothing when every word is known (the parser's own message then says what is wrong).
std::optional<std::string> usage_hint(const CommandSpec& root, const std::vector<std::string>& args);

}  // namespace sbd::cli
