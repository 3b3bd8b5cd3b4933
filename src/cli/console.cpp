#include "cli/console.hpp"

#include <iostream>

namespace sbd::cli {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics) {
        if (!d.where.file.empty()) {
            std::cerr << format_diagnostic(d) << "\n";
            continue;
        }
        std::cerr << "sbdscore: " << (d.severity == Severity::error ? "" : std::string(to_string(d.severity)) + ": ") << d.message
                  << (d.hint.empty() ? "" : " (hint: " + d.hint + ")") << "\n";
    }
}

}  // namespace sbd::cli
