#pragma once
// Strict reading of untrusted YAML: one document, located errors, no duplicate or unknown keys.
// Internal to the load stage: the loaders of packs, responses, profiles and waivers share it.
//
// One pass over the text: yaml-cpp's event parser (the only code that sees yaml-cpp) feeds a small
// tree of our own, which keeps every node's line and column and counts the documents of the
// stream, so nothing is parsed twice.

#include <deque>
#include <initializer_list>
#include <optional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/input_file.hpp"
#include "util/diagnostic.hpp"

namespace sbd::yaml {

// A position in the text, 0-based as the parser reports it; line < 0 when not known. A tree built
// from a workbook's cells (TreeBuilder) marks a cell instead: `sheet` numbers the sheet
// (Context::add_sheet) and line and column are the cell's row and column, 0-based too.
struct Mark {
    int pos = -1;
    int line = -1;
    int column = -1;
    int sheet = -1;
    bool is_null() const { return line < 0 && sheet < 0; }
};

// A node of a parsed document: a cheap handle into the Document that owns it. Aliases are handles
// to the node they name (as in yaml-cpp), so `&a [*a]` is a cycle, never an expansion.
class Node {
public:
    enum class Type { undefined, null, scalar, sequence, map };
    struct Data;

    Node() = default;  // undefined: what a lookup of an absent key gives

    Type type() const;
    bool is_defined() const { return type() != Type::undefined; }
    bool is_null() const { return type() == Type::null; }
    bool is_scalar() const { return type() == Type::scalar; }
    bool is_sequence() const { return type() == Type::sequence; }
    bool is_map() const { return type() == Type::map; }

    const std::string& scalar() const;  // the text of a scalar; empty for anything else
    bool is_plain() const;              // a scalar written without quotes (or a block's | >)
    Mark mark() const;                  // where the node starts; null for undefined
    std::size_t size() const;           // items of a sequence, pairs of a map

    const std::vector<Node>& items() const;                  // a sequence's items, else none
    const std::vector<std::pair<Node, Node>>& pairs() const;  // a map's key/value pairs in file order, duplicates kept
    Node operator[](std::size_t index) const;                // a sequence item, or undefined

    // Range-for over a sequence's items.
    std::vector<Node>::const_iterator begin() const { return items().begin(); }
    std::vector<Node>::const_iterator end() const { return items().end(); }

private:
    friend class DocumentBuilder;
    friend class TreeBuilder;
    explicit Node(const Data* data) : data_(data) {}
    const Data* data_ = nullptr;
};

struct Node::Data {
    Type type = Type::null;
    Mark mark;
    std::string scalar;
    bool plain = true;
    std::vector<Node> items;
    std::vector<std::pair<Node, Node>> pairs;
    std::size_t expanded = 0;  // bytes of this node with every alias inside it expanded
};

// A parsed document: owns its nodes (a deque: their addresses never move), so it must outlive
// every Node taken from it.
struct Document {
    std::deque<Node::Data> nodes;
    Node root;
};

// Where errors go, and the file they are about. A file reports at most limits::max_diagnostics
// problems; the rest are counted, and said in one last line ("and N more") when the Context ends.
class Context {
public:
    Context(std::string file, std::vector<Diagnostic>& diagnostics) : file_(std::move(file)), diags_(diagnostics) {}
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    const std::string& file() const { return file_; }
    // A sheet of a workbook, for the Marks of a tree built from its cells; returns its number.
    int add_sheet(std::string name);
    SourceLocation where(const Node& node) const;
    SourceLocation where(const Mark& mark) const;
    void error(const SourceLocation& at, std::string message, std::string hint = {});
    void warning(const SourceLocation& at, std::string message, std::string hint = {});
    // error() for a problem whose words cost time to find (a "did you mean" over every id):
    // `words()` returns {message, hint} and runs only when the problem will be listed, so a file
    // of a million such problems costs a counter past the first hundred.
    template <class Words>
    void error_lazy(const SourceLocation& at, Words words) {
        if (reported_ >= limits::max_diagnostics) return error(at, {});
        auto [message, hint] = words();
        error(at, std::move(message), std::move(hint));
    }
    void note(const SourceLocation& at, std::string message, std::string hint = {});
    std::size_t error_count() const { return errors_; }

private:
    std::string file_;
    std::vector<std::string> sheets_;
    std::vector<Diagnostic>& diags_;
    std::size_t errors_ = 0;
    std::size_t reported_ = 0;
    std::size_t more_ = 0;  // problems past the cap
    SourceLocation last_;   // where the last of them was
    void report(Severity severity, const SourceLocation& at, std::string message, std::string hint);
};

// Builds a Document from something other than YAML text (the cells of a workbook), so the loaders
// check it exactly as they check a parsed file. Nodes are made, then attached: a map's pairs and a
// sequence's items stay in the order they are added.
class TreeBuilder {
public:
    explicit TreeBuilder(Document& doc) : doc_(doc) {}
    Node scalar(std::string text, Mark at, bool plain = true);
    Node null(Mark at);
    Node map(Mark at);
    Node sequence(Mark at);
    void add(const Node& map, const Node& key, const Node& value);  // `map` made by this builder
    void append(const Node& sequence, const Node& item);            // `sequence` made by this builder

private:
    Document& doc_;
    Node make(Node::Type type, Mark at);
};

// Parses exactly one YAML document; reports files over the size limit, bytes that are not UTF-8,
// syntax errors, too-deep nesting and extra documents.
std::optional<Document> parse_one_document(Context& ctx, const std::string& text);

// The scalar value of `key` in the top-level map of the first document, read only as far as that
// key; nothing when the text is not such a map, the key is absent or its value is not a scalar.
// No errors: a caller that needs them parses the whole document.
std::optional<std::string> peek_top_level_scalar(const std::string& text, const std::string& key);

// "a map", "a list", "the text '...'", "nothing": what a node is, for messages.
std::string describe(const Node& node);

struct Entry {
    std::string key;
    Node key_node;
    Node value;
};

// A mapping read once: duplicate keys, non-string keys and keys outside `allowed` are reported
// (with "did you mean"); the first of duplicated keys wins, as in yaml-cpp.
class MapReader {
public:
    MapReader(Context& ctx, const Node& map, std::string what, std::vector<std::string> allowed);
    MapReader(Context& ctx, const Node& map, std::string what);  // any key allowed

    bool ok() const { return ok_; }  // the node was a map
    // The value of `key`, or an undefined node when absent.
    Node get(const std::string& key) const;
    const Entry* find(const std::string& key) const;
    // Like get(), reporting an error when the key is absent.
    Node require(const std::string& key);
    const std::vector<Entry>& entries() const { return entries_; }
    SourceLocation where() const { return ctx_.where(mark_); }

private:
    // Up to this many keys, a key is looked up by comparing it with each: a response reads a map
    // of three keys per answer, where hashing them costs more than it saves.
    static constexpr std::size_t linear_keys = 16;
    Context& ctx_;
    std::string what_;
    Mark mark_;
    bool ok_ = false;
    std::vector<Entry> entries_;
    std::unordered_map<std::string_view, std::size_t> index_;  // past linear_keys: key -> entry, so lookups stay linear overall
    void read(const Node& map, const std::vector<std::string>* allowed);
};

// Typed scalars. Each reports an error naming `what` and returns nullopt when the node is not of
// the type. An undefined node (absent key) returns nullopt without error.
std::optional<std::string> read_string(Context& ctx, const Node& node, const std::string& what);
std::optional<double> read_number(Context& ctx, const Node& node, const std::string& what);
std::optional<long long> read_integer(Context& ctx, const Node& node, const std::string& what);
std::optional<bool> read_bool(Context& ctx, const Node& node, const std::string& what);
// A list of strings; a single string is accepted as a one-element list when `allow_single`.
std::optional<std::vector<std::string>> read_string_list(Context& ctx, const Node& node, const std::string& what,
                                                         bool allow_single);

// Parses a whole string as a finite decimal number ("14", "-2.5", "1e3"); nothing else.
std::optional<double> parse_number(const std::string& text);

}  // namespace sbd::yaml
