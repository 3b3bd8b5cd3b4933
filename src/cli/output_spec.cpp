#include "output_spec.hpp"

#include <set>

namespace sbd::cli {

std::string format_names() {
    std::string names;
    for (const auto& f : output_formats()) names += (names.empty() ? "" : ", ") + f.name;
    return names;
}

std::vector<OutputTarget> parse_output_specs(const std::vector<std::string>& specs, const std::string& default_format,
                                             std::string& error) {
    std::vector<OutputTarget> out;
    const OutputFormat* fallback = find_output_format(default_format);
    if (!fallback) {
        error = "unknown format '" + default_format + "' (formats: " + format_names() + ")";
        return out;
    }
    if (specs.empty()) return {{fallback, ""}};
    std::set<std::string> files;
    int to_stdout = 0;
    for (const auto& spec : specs) {
        OutputTarget t;
        if (auto eq = spec.find('='); eq != std::string::npos) {
            t.format = find_output_format(spec.substr(0, eq));
            t.file = spec.substr(eq + 1);
            if (!t.format) {
                error = "--output " + spec + ": unknown format '" + spec.substr(0, eq) + "' (formats: " + format_names() + ")";
                return out;
            }
            if (t.file.empty()) {
                error = "--output " + spec + ": no file name after '='";
                return out;
            }
        } else if ((t.format = find_output_format(spec))) {
            // FORMAT alone: standard output.
        } else {
            t.format = fallback;
            t.file = spec;
        }
        if (t.file.empty() && ++to_stdout > 1) {
            error = "--output: only one output can go to standard output (give the others a file: FORMAT=FILE)";
            return out;
        }
        if (!t.file.empty() && !files.insert(t.file).second) {
            error = "--output: " + t.file + " is named twice";
            return out;
        }
        out.push_back(t);
    }
    return out;
}

}  // namespace sbd::cli
