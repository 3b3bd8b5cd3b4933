#include "cli/output_spec.hpp"

#include <set>

namespace sbd::cli {

std::string format_names() {
    std::string names;
    for (const auto& f : output_formats()) names += (names.empty() ? "" : ", ") + f.name;
    return names;
}

Result<std::vector<OutputTarget>> parse_output_specs(const std::vector<std::string>& specs, const std::string& default_format) {
    Result<std::vector<OutputTarget>> result;
    auto usage = [&](const std::string& message) {
        result.error({}, message);
        return std::move(result);
    };
    std::vector<OutputTarget> out;
    const OutputFormat* fallback = find_output_format(default_format);
    if (!fallback) {
        return usage("unknown format '" + default_format + "' (formats: " + format_names() + ")");
    }
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
                return usage("--output " + spec + ": no file name after '='");
            }
        } else if ((t.format = find_output_format(spec))) {
            // FORMAT alone: standard output.
        } else {
            t.format = fallback;
            t.file = spec;
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
