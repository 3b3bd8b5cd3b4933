#include "cli/output_spec.hpp"

#include <set>
#include <utility>

#include "util/text.hpp"

namespace sbd::cli {

namespace {

// Longest first, so report.sarif.json is SARIF and not JSON. A format this build lacks (xlsx in a
// build without it) is simply not found.
const std::pair<const char*, const char*> extension_formats[] = {
    {".sarif.json", "sarif"}, {".sarif", "sarif"}, {".json", "json"},   {".html", "html"}, {".htm", "html"},
    {".markdown", "markdown"}, {".md", "markdown"}, {".csv", "csv"},     {".xml", "junit"}, {".txt", "table"},
    {".xlsx", "xlsx"},
};


}  // namespace

const OutputFormat* format_for_file(const std::string& file) {
    const std::string name = ascii_lowercase(file);
    for (const auto& [extension, format] : extension_formats) {
        if (name.size() > std::string_view(extension).size() && name.ends_with(extension)) return find_output_format(format);
    }
    return nullptr;
}

std::string known_extensions() {
    std::string list;
    for (const auto& [extension, format] : extension_formats) {
        if (find_output_format(format)) list += (list.empty() ? "" : " ") + std::string(extension);
    }
    return list;
}

std::string format_names() {
    std::string names;
    for (const auto& f : output_formats()) names += (names.empty() ? "" : ", ") + f.name;
    return names;
}

Result<std::vector<OutputTarget>> parse_output_specs(const std::vector<std::string>& specs, const std::string& format) {
    Result<std::vector<OutputTarget>> result;
    auto usage = [&](const std::string& message) {
        result.error({}, message);
        return std::move(result);
    };
    std::vector<OutputTarget> out;
    const OutputFormat* named = format.empty() ? nullptr : find_output_format(format);
    if (!format.empty() && !named) {
        return usage("unknown format '" + format + "' (formats: " + format_names() + ")");
    }
    const OutputFormat* fallback = named ? named : find_output_format("table");
    if (specs.empty()) return Result<std::vector<OutputTarget>>(std::vector<OutputTarget>{{fallback, ""}});
    std::set<std::string> files;
    int to_stdout = 0;
    for (const auto& spec : specs) {
        OutputTarget t;
        if (auto eq = spec.find('='); eq != std::string::npos) {
            t.format = find_output_format(spec.substr(0, eq));
            t.file = spec.substr(eq + 1);
            if (!t.format) {
                return usage("--output " + spec + ": unknown format '" + spec.substr(0, eq) + "' (formats: " + format_names() + ")");
            }
            if (t.file.empty()) {
                return usage("--output " + spec + ": no file name after '=' (FORMAT=- writes to standard output)");
            }
            if (t.file == "-") t.file.clear();
        } else if ((t.format = find_output_format(spec))) {
            // FORMAT alone: standard output.
        } else if (spec == "-") {
            t.format = fallback;
        } else {
            t.file = spec;
            t.format = named ? named : format_for_file(spec);
            if (!t.format) {
                return usage("--output " + spec + ": which format? The extension names none (" + known_extensions() +
                             "); name it: --output FORMAT=" + spec + " or --format FORMAT");
            }
        }
        if (t.file.empty() && ++to_stdout > 1) {
            return usage("--output: only one output can go to standard output (give the others a file: FORMAT=FILE)");
        }
        if (!t.file.empty() && !files.insert(t.file).second) {
            return usage("--output: " + t.file + " is named twice");
        }
        out.push_back(t);
    }
    result.value = std::move(out);
    return result;
}

}  // namespace sbd::cli
