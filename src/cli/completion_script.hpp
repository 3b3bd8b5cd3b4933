#pragma once
// Shell completion scripts generated from the command-line definition (CommandSpec): subcommands,
// options, the words an option or argument takes, file and folder names.

#include <string>
#include <vector>

#include "cli/command_spec.hpp"

namespace sbd::cli {

// The shells a script can be written for: bash, zsh, fish.
const std::vector<std::string>& completion_shells();

// The completion script for `shell` (one of completion_shells()), for the program `root` describes.
std::string completion_script(const CommandSpec& root, const std::string& shell);

}  // namespace sbd::cli
