#include "util/diagnostic.hpp"

#include <algorithm>
#include <utility>

#include <fmt/core.h>

namespace sbd {

const char* to_string(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "error";
}

std::string format_location(const SourceLocation& where) {
    std::string out = where.file;
    if (where.line > 0) {
        out += ":" + std::to_string(where.line);
        if (where.column > 0) out += ":" + std::to_string(where.column);
    }
    return out;
}

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = format_location(d.where) + ": " + to_string(d.severity) + ": " + d.message;
    if (!d.hint.empty()) out += " (hint: " + d.hint + ")";
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::string summarize(const std::vector<Diagnostic>& diagnostics) {
    auto count = [&](Severity s) {
        return std::count_if(diagnostics.begin(), diagnostics.end(), [s](const Diagnostic& d) { return d.severity == s; });
    };
    const auto errors = count(Severity::error);
    const auto warnings = count(Severity::warning);
    if (errors == 0 && warnings == 0) return "ok";
    return fmt::format("{} {}, {} {}", errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings");
}

void sort_in_file_order(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::make_pair(a.where.line, a.where.column) < std::make_pair(b.where.line, b.where.column);
    });
}

}  // namespace sbd
