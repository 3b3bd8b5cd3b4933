#include "cli/manual_page.hpp"

#include <set>

#include "util/escape.hpp"
#include "util/text.hpp"

namespace sbd::cli {

namespace {

const std::vector<std::string> page_sections = {"DESCRIPTION", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES",
                                                "SEE ALSO"};
// A command's sections after its options, with their headings.
const std::vector<std::pair<std::string, std::string>> command_sections = {
    {"EXIT STATUS", "Exit status"}, {"ENVIRONMENT", "Environment"}, {"FILES", "Files"}, {"EXAMPLES", "Examples"}};

std::string upper(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

std::string bold(const std::string& text) { return "\\fB" + roff_escape(text) + "\\fR"; }
std::string italic(const std::string& text) { return "\\fI" + roff_escape(text) + "\\fR"; }

// A sentence of the model's text, ending with a full stop.
std::string sentence(const std::string& text) {
    std::string escaped = roff_escape(text);
    if (!escaped.empty() && escaped.back() != '.') escaped += '.';
    return escaped;
}

std::string words_list(const std::vector<std::string>& words) {
    std::vector<std::string> parts;
    for (const auto& word : words) parts.push_back(bold(word));
    return join(parts, ", ");
}

// "\fBsbdscore evaluate\fR [\fIoptions\fR] \fIfiles\fR ..."
std::string synopsis(const CommandSpec& command) {
    std::string line = bold(command_name(command));
    bool has_options = false;
    for (const auto& option : command.options) has_options |= option.names.front() != "-h";
    if (has_options) line += " [" + italic("options") + "]";
    if (!command.subcommands.empty()) {
        std::vector<std::string> names;
        for (const auto& sub : command.subcommands) names.push_back(bold(sub.path.back()));
        line += " " + join(names, " | ");
        return line;
    }
    for (const auto& argument : command.arguments) {
        std::string arg = italic(argument.name) + (argument.repeatable ? " ..." : "");
        line += " " + (argument.required ? arg : "[" + arg + "]");
    }
    return line;
}

// What a value takes, after the description: "One of: ...", "Or: ...", "Default: ...".
std::string value_notes(const ValueSpec& value, const std::string& default_value) {
    std::string notes;
    if (!value.words.empty())
        notes += (value.files ? "Besides a file: " : value.directories ? "Besides a folder: " : "One of: ") + words_list(value.words) + ". ";
    if (!default_value.empty()) notes += "Default: " + bold(default_value) + ". ";
    if (!notes.empty()) notes.pop_back();
    return notes;
}

std::string options_text(const std::vector<OptionSpec>& options) {
    std::string out;
    for (const auto& option : options) {
        std::vector<std::string> names;
        for (const auto& name : option.names) names.push_back(bold(name));
        std::string tag = join(names, ", ");
        if (option.takes_value) tag += " " + italic(option.value.name) + (option.repeatable ? " ..." : "");
        out += ".TP\n" + tag + "\n" + sentence(option.description) + "\n";
        std::string notes = option.takes_value ? value_notes(option.value, option.default_value) : "";
        if (!notes.empty()) out += notes + "\n";
    }
    return out;
}

std::string arguments_text(const std::vector<ArgumentSpec>& arguments) {
    std::string out;
    for (const auto& argument : arguments) {
        out += ".TP\n" + italic(argument.name) + (argument.repeatable ? " ..." : "") + "\n" +
               sentence(argument.description) + "\n";
        std::string notes = value_notes(argument.value, "");
        if (!notes.empty()) out += notes + "\n";
    }
    return out;
}

// Prose sections end with a line break; an empty one adds nothing.
std::string prose_text(const ManualProse& prose, const std::string& key) {
    auto it = prose.find(key);
    if (it == prose.end() || it->second.empty()) return {};
    std::string text = it->second;
    if (text.back() != '\n') text += '\n';
    return text;
}

std::string command_text(const CommandSpec& command, const ManualProse& prose, std::vector<std::string>& problems) {
    const std::string key = join(command.path, " ");
    std::string out = ".SH \"" + upper(roff_escape(command_name(command))) + "\"\n" + synopsis(command) + "\n.PP\n" +
                      sentence(command.description) + "\n" + prose_text(prose, key);
    if (!command.subcommands.empty()) {
        out += ".PP\nSubcommands:\n";
        for (const auto& sub : command.subcommands)
            out += ".TP\n" + bold(sub.path.back()) + "\n" + sentence(sub.description) + "\n";
    }
    if (!command.arguments.empty()) out += ".SS Arguments\n" + arguments_text(command.arguments);
    if (!command.options.empty()) out += ".SS Options\n" + options_text(command.options);
    for (const auto& [section, heading] : command_sections) {
        std::string text = prose_text(prose, key + ": " + section);
        if (!text.empty()) out += ".SS \"" + heading + "\"\n" + text;
        else if (command.subcommands.empty() && (section == "EXIT STATUS" || section == "EXAMPLES"))
            problems.push_back("the manual has no " + section + " for '" + command_name(command) +
                               "' (add [" + key + ": " + section + "] to src/cli/manual_prose.roff)");
    }
    return out;
}

}  // namespace

std::string help_examples(const ManualProse& prose, const std::string& key) {
    std::string examples;
    auto it = prose.find(key.empty() ? "EXAMPLES" : key + ": EXAMPLES");
    if (it != prose.end()) {
        std::size_t start = 0;
        const std::string& text = it->second;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            std::string line = text.substr(start, end - start);
            start = end + 1;
            if (line.starts_with(".")) continue;  // .EX, .EE, .PP: layout, not words
            for (std::size_t at; (at = line.find("\\-")) != std::string::npos;) line.replace(at, 2, "-");
            for (std::size_t at; (at = line.find("\\(aq")) != std::string::npos;) line.replace(at, 4, "'");
            for (std::size_t at; (at = line.find("\\e")) != std::string::npos;) line.replace(at, 2, "\\");
            examples += "  " + line + "\n";
        }
    }
    return examples.empty() ? "" : "\nExamples:\n" + examples;
}

ManualProse parse_manual_prose(std::string_view text) {
    ManualProse prose;
    std::string* current = nullptr;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (line.size() > 2 && line.front() == '[' && line.back() == ']') {
            current = &prose[std::string(line.substr(1, line.size() - 2))];
            continue;
        }
        if (current) current->append(line).append("\n");  // before the first key: the file's comments
    }
    return prose;
}

ManualPage manual_page(const CommandSpec& root, const ManualProse& prose, const std::string& version,
                       const std::string& date) {
    ManualPage page;
    auto& problems = page.problems;
    const auto commands = all_commands(root);

    // Every prose key belongs somewhere: a typo would silently drop a section.
    std::set<std::string> known(page_sections.begin(), page_sections.end());
    for (const CommandSpec* command : commands) {
        if (command->path.empty()) continue;
        const std::string key = join(command->path, " ");
        known.insert(key);
        for (const auto& section : command_sections) known.insert(key + ": " + section.first);
    }
    for (const auto& [key, text] : prose)
        if (!known.contains(key)) problems.push_back("the manual's prose has a section [" + key + "] that belongs to nothing");

    std::string description = root.description;
    if (description.starts_with("sbdscore: ")) description.erase(0, 10);

    std::string& out = page.text;
    out = ".\\\" Generated by `sbdscore manual` from sbdscore's command-line definition and\n"
          ".\\\" src/cli/manual_prose.roff. Do not edit.\n"
          ".TH SBDSCORE 1 \"" + date + "\" \"sbdscore " + roff_escape(version) + "\" \"User Commands\"\n"
          ".SH NAME\n"
          "sbdscore \\- " + roff_escape(description) + "\n"
          ".SH SYNOPSIS\n"
          ".nf\n";
    for (const CommandSpec* command : commands)
        if (!command->path.empty() && command->subcommands.empty()) out += synopsis(*command) + "\n";
    out += bold("sbdscore --version") + "\n.fi\n";
    out += ".SH DESCRIPTION\n" + prose_text(prose, "DESCRIPTION");
    out += ".SH COMMANDS\n";
    for (const CommandSpec* command : commands)
        if (!command->path.empty() && command->subcommands.empty())
            out += ".TP\n" + bold(join(command->path, " ")) + "\n" + sentence(command->description) + "\n";
    out += ".SH OPTIONS\n" + options_text(root.options);
    for (const CommandSpec* command : commands)
        if (!command->path.empty()) out += command_text(*command, prose, problems);
    for (const auto& section : page_sections) {
        if (section == "DESCRIPTION") continue;
        std::string text = prose_text(prose, section);
        if (!text.empty()) out += ".SH " + section + "\n" + text;
    }
    return page;
}

}  // namespace sbd::cli
