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

SourceLocation SourceLocation::cell(std::string file, std::string sheet, int row, int column) {
    SourceLocation at(std::move(file), row, column);
    at.sheet = std::move(sheet);
    return at;
}

SourceLocation SourceLocation::in_file(std::string other) const {
    SourceLocation at = *this;
    at.file = std::move(other);
    return at;
}

std::string cell_name(int row, int column) {
    std::string letters;
    for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return row > 0 && column > 0 ? letters + std::to_string(row) : letters;
}

namespace {

// Excel quotes a sheet name in a reference unless it is a plain word: letters, digits, '_' and '.',
// not starting with a digit (and doubles its apostrophes).
std::string sheet_in_reference(const std::string& sheet) {
    bool plain = !sheet.empty() && !(sheet[0] >= '0' && sheet[0] <= '9');
    for (char ch : sheet) {
        const bool word = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '.';
        plain = plain && word;
    }
    if (plain) return sheet;
    std::string out = "'";
    for (char ch : sheet) out += ch == '\'' ? std::string("''") : std::string(1, ch);
    return out + "'";
}

}  // namespace

std::string cell_reference(const SourceLocation& where) {
    if (!where.is_cell()) return "";
    const std::string sheet = sheet_in_reference(where.sheet);
    return where.line > 0 && where.column > 0 ? sheet + "!" + cell_name(where.line, where.column) : sheet;
}

std::string format_location(const SourceLocation& where) {
    if (where.is_cell()) return where.file + ":" + cell_reference(where);
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
