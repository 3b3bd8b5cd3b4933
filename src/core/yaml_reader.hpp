#pragma once
// Strict reading of untrusted YAML: one document, located errors, no duplicate or unknown keys.
// Internal to the core library: the loaders of packs and responses share it.

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "sbdscore/diagnostic.hpp"

namespace sbd::yaml {

constexpr int max_nesting = 500;  // yaml-cpp's own limit; deeper input throws DeepRecursion
constexpr std::size_t max_input_bytes = 4 * 1024 * 1024;

// Where errors go, and the file they are about.
class Context {
public:
    Context(std::string file, std::vector<Diagnostic>& diagnostics) : file_(std::move(file)), diags_(diagnostics) {}
    const std::string& file() const { return file_; }
    SourceLocation where(const YAML::Node& node) const;
    SourceLocation where(const YAML::Mark& mark) const;
    void error(const SourceLocation& at, std::string message, std::string hint = {});
    void warning(const SourceLocation& at, std::string message, std::string hint = {});
    std::size_t error_count() const { return errors_; }

private:
    std::string file_;
    std::vector<Diagnostic>& diags_;
    std::size_t errors_ = 0;
};

// Parses exactly one YAML document; reports files over the size limit, bytes that are not UTF-8,
// syntax errors, too-deep nesting and extra documents.
std::optional<YAML::Node> parse_one_document(Context& ctx, const std::string& text);

// "a map", "a list", "a string", "nothing": what a node is, for messages.
std::string describe(const YAML::Node& node);

struct Entry {
    std::string key;
    YAML::Node key_node;
    YAML::Node value;
};

// A mapping read once: duplicate keys, non-string keys and keys outside `allowed` are reported
// (with "did you mean"); the first of duplicated keys wins, as in yaml-cpp.
class MapReader {
public:
    MapReader(Context& ctx, const YAML::Node& map, std::string what, std::vector<std::string> allowed);
    MapReader(Context& ctx, const YAML::Node& map, std::string what);  // any key allowed

    bool ok() const { return ok_; }  // the node was a map
    // The value of `key`, or an undefined node when absent.
    YAML::Node get(const std::string& key) const;
    const Entry* find(const std::string& key) const;
    // Like get(), reporting an error when the key is absent.
    YAML::Node require(const std::string& key);
    const std::vector<Entry>& entries() const { return entries_; }
    SourceLocation where() const { return where_; }

private:
    Context& ctx_;
    std::string what_;
    SourceLocation where_;
    bool ok_ = false;
    std::vector<Entry> entries_;
    void read(const YAML::Node& map, const std::vector<std::string>* allowed);
};

// Typed scalars. Each reports an error naming `what` and returns nullopt when the node is not of
// the type. An undefined node (absent key) returns nullopt without error.
std::optional<std::string> read_string(Context& ctx, const YAML::Node& node, const std::string& what);
std::optional<double> read_number(Context& ctx, const YAML::Node& node, const std::string& what);
std::optional<long long> read_integer(Context& ctx, const YAML::Node& node, const std::string& what);
std::optional<bool> read_bool(Context& ctx, const YAML::Node& node, const std::string& what);
// A list of strings; a single string is accepted as a one-element list when `allow_single`.
std::optional<std::vector<std::string>> read_string_list(Context& ctx, const YAML::Node& node,
                                                         const std::string& what, bool allow_single);

// Parses a whole string as a finite decimal number ("14", "-2.5", "1e3"); nothing else.
std::optional<double> parse_number(const std::string& text);

}  // namespace sbd::yaml
