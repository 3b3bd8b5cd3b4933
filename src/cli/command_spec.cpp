#include "cli/command_spec.hpp"


namespace sbd::cli {

std::string command_name(const CommandSpec& command) {
    std::string name = "sbdscore";
    for (const auto& word : command.path) name += " " + word;
    return name;
}

namespace {
void collect(const CommandSpec& command, std::vector<const CommandSpec*>& out) {
    out.push_back(&command);
    for (const auto& sub : command.subcommands) collect(sub, out);
}
}  // namespace

std::vector<const CommandSpec*> all_commands(const CommandSpec& root) {
    std::vector<const CommandSpec*> commands;
    collect(root, commands);
    return commands;
}

}  // namespace sbd::cli
