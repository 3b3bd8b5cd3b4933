#include "cli/console.hpp"

#include <iostream>

#include "util/text.hpp"

namespace sbd::cli {

std::string diagnostic_line(const Diagnostic& d) {
    if (!d.where.file.empty()) return strip_control(format_diagnostic(d));
    return strip_control("sbdscore: " + (d.severity == Severity::error ? std::string() : std::string(to_string(d.severity)) + ": ") +
                         d.message + (d.hint.empty() ? "" : " (hint: " + d.hint + ")"));
}


namespace {
Verbosity current_verbosity = Verbosity::normal;
}  // namespace

void set_verbosity(Verbosity verbosity) { current_verbosity = verbosity; }
Verbosity verbosity() { return current_verbosity; }

void print_verbose(const std::string& text) {
    if (current_verbosity == Verbosity::verbose) std::cerr << strip_control("sbdscore: " + text) << "\n";
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& out) {
    for (const auto& d : diagnostics)
        if (current_verbosity != Verbosity::quiet || d.severity == Severity::error) out << diagnostic_line(d) << "\n";
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) { print_diagnostics(diagnostics, std::cerr); }

}  // namespace sbd::cli
