#include "cli/usage_hint.hpp"

#include "util/text.hpp"

namespace sbd::cli {

namespace {

const OptionSpec* find_option(const CommandSpec& command, const std::string& name) {
    for (const auto& option : command.options)
        for (const auto& n : option.names)
            if (n == name) return &option;
    return nullptr;
}

std::string unknown_option(const CommandSpec& command, const std::string& name) {
    std::vector<std::string> names = {"--help"};
    for (const auto& option : command.options)
        for (const auto& n : option.names)
            if (n.starts_with("--")) names.push_back(n);
    const std::string where = command_name(command);
    if (auto match = closest_match(name, names))
        return "unknown option '" + name + "' of '" + where + "': did you mean '" + *match + "'?";
    return "unknown option '" + name + "' of '" + where + "' ('" + where + " --help' lists them)";
}

std::string unknown_command(const CommandSpec& command, const std::string& word) {
    std::vector<std::string> names;
    std::string list;
    for (const auto& sub : command.subcommands) {
        names.push_back(sub.path.back());
        list += (list.empty() ? "" : ", ") + sub.path.back();
    }
    const std::string where = command_name(command);
    if (auto match = closest_match(word, names))
        return "unknown command '" + word + "': did you mean '" + where + " " + *match + "'?";
    return "unknown command '" + word + "' of '" + where + "' (commands: " + list + ")";
}

}  // namespace

std::optional<std::string> usage_hint(const CommandSpec& root, const std::vector<std::string>& args) {
    const CommandSpec* command = &root;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--") return std::nullopt;  // only arguments follow
        if (arg.size() > 1 && arg.front() == '-') {
            // --name=value, -xVALUE: the option's own name.
            const bool is_long = arg.starts_with("--");
            const std::string name = is_long ? arg.substr(0, arg.find('=')) : arg.substr(0, 2);
            if (name == "--help" || name == "-h" || name == "--version") continue;
            const OptionSpec* option = find_option(*command, name);
            if (!option) return unknown_option(*command, name);
            const bool value_attached = is_long ? arg.find('=') != std::string::npos : arg.size() > 2;
            if (option->takes_value && !value_attached) ++i;  // its value, whatever it looks like
            continue;
        }
        if (command->subcommands.empty()) continue;  // an argument of the command
        const CommandSpec* next = nullptr;
        for (const auto& sub : command->subcommands)
            if (sub.path.back() == arg) next = &sub;
        if (!next) return unknown_command(*command, arg);
        command = next;
    }
    return std::nullopt;
}

}  // namespace sbd::cli
