#pragma once
// The command line as data: every command, option and argument, as command_line.cpp reads them
// back from its CLI11 definition. The shell completions and the manual page are generated from
// this, so they list exactly what the parser accepts (and they never see CLI11).

#include <string>
#include <vector>

namespace sbd::cli {

// What a value is completed with: fixed words, file names, folder names (any combination).
struct ValueSpec {
    std::string name;                // "FORMAT", "FILE", "DIR"; what --help shows
    std::vector<std::string> words;  // the words it takes (all of them unless files or directories)
    bool files = false;              // file names (folders included, to reach the files)
    bool directories = false;        // folder names only
};

struct OptionSpec {
    std::vector<std::string> names;  // "-f", "--format": short names first
    std::string description;
    bool takes_value = false;        // false: a flag
    ValueSpec value;
    std::string default_value;       // as --help shows it; empty when none
    bool repeatable = false;         // may be given more than once
    bool required = false;
};

struct ArgumentSpec {
    std::string name;  // "files", "old"
    std::string description;
    ValueSpec value;
    bool repeatable = false;  // takes every remaining argument (only the last argument can)
    bool required = false;
};

struct CommandSpec {
    std::vector<std::string> path;  // {} for sbdscore itself, {"rules", "list"} for `sbdscore rules list`
    std::string description;
    std::vector<OptionSpec> options;
    std::vector<ArgumentSpec> arguments;
    std::vector<CommandSpec> subcommands;
};

// "sbdscore", "sbdscore rules list": how a user types the command.
std::string command_name(const CommandSpec& command);

// The command and every subcommand below it, depth first, parents before their children.
std::vector<const CommandSpec*> all_commands(const CommandSpec& root);

}  // namespace sbd::cli
