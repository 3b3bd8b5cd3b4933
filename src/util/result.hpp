#pragma once
// The one way a fallible step reports back: what it produced (or nothing), plus every located
// problem it found on the way. Loaders, checks and file I/O all return a Result; nothing below the
// CLI prints. [[nodiscard]] on the type makes every function returning one nodiscard.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "util/diagnostic.hpp"

namespace sbd {

template <class T>
struct [[nodiscard]] Result {
    // What the step produced. Loaders leave it empty when they found an error; a step that
    // documents it (expand a list of inputs, read a draft response) keeps what it could produce.
    std::optional<T> value;
    std::vector<Diagnostic> diagnostics;  // errors, warnings and notes, in the order found

    Result() = default;
    Result(T v) : value(std::move(v)) {}  // NOLINT: `return value;` reads naturally

    // A value and no error.
    bool ok() const { return value.has_value() && !has_errors(diagnostics); }
    explicit operator bool() const { return value.has_value(); }
    T& operator*() & { return *value; }
    const T& operator*() const& { return *value; }
    T&& operator*() && { return std::move(*value); }
    T* operator->() { return &*value; }
    const T* operator->() const { return &*value; }

    void error(SourceLocation at, std::string message, std::string hint = {}) {
        diagnostics.push_back({Severity::error, std::move(at), std::move(message), std::move(hint)});
    }
    void warning(SourceLocation at, std::string message, std::string hint = {}) {
        diagnostics.push_back({Severity::warning, std::move(at), std::move(message), std::move(hint)});
    }
    // Appends another step's diagnostics and hands back its value.
    template <class U>
    std::optional<U> take(Result<U>&& other) {
        append(other.diagnostics);
        return std::move(other.value);
    }
    void append(const std::vector<Diagnostic>& more) { diagnostics.insert(diagnostics.end(), more.begin(), more.end()); }
    // Drops the value when an error was found: the loaders' rule, applied at their end.
    Result&& strict() && {
        if (has_errors(diagnostics)) value.reset();
        return std::move(*this);
    }
};

// A step with nothing to hand back but its problems: writing a file, say.
template <>
struct [[nodiscard]] Result<void> {
    std::vector<Diagnostic> diagnostics;
    bool ok() const { return !has_errors(diagnostics); }
    void error(SourceLocation at, std::string message, std::string hint = {}) {
        diagnostics.push_back({Severity::error, std::move(at), std::move(message), std::move(hint)});
    }
};

}  // namespace sbd
