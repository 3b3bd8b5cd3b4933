#include "load/yaml_reader.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <fmt/core.h>

#include <algorithm>
#include <limits>
#include <charconv>
#include <cmath>
#include <set>
#include <unordered_set>
#include <istream>
#include <streambuf>
#include <string_view>

#include "util/text.hpp"

namespace sbd::yaml {

Node::Type Node::type() const { return data_ ? data_->type : Type::undefined; }

const std::string& Node::scalar() const {
    static const std::string none;
    return data_ && data_->type == Type::scalar ? data_->scalar : none;
}

Mark Node::mark() const { return data_ ? data_->mark : Mark{}; }

bool Node::is_plain() const { return data_ && data_->type == Type::scalar && data_->plain; }

std::size_t Node::size() const { return data_ ? data_->items.size() + data_->pairs.size() : 0; }

const std::vector<Node>& Node::items() const {
    static const std::vector<Node> none;
    return data_ ? data_->items : none;
}

const std::vector<std::pair<Node, Node>>& Node::pairs() const {
    static const std::vector<std::pair<Node, Node>> none;
    return data_ ? data_->pairs : none;
}

Node Node::operator[](std::size_t index) const { return index < items().size() ? items()[index] : Node(); }

int Context::add_sheet(std::string name) {
    sheets_.push_back(std::move(name));
    return static_cast<int>(sheets_.size()) - 1;
}

SourceLocation Context::where(const Mark& mark) const {
    if (mark.sheet >= 0 && static_cast<std::size_t>(mark.sheet) < sheets_.size())
        return SourceLocation::cell(file_, sheets_[static_cast<std::size_t>(mark.sheet)], mark.line + 1, mark.column + 1);
    if (mark.is_null()) return {file_, 0, 0};
    return {file_, mark.line + 1, mark.column + 1};
}

SourceLocation Context::where(const Node& node) const { return where(node.mark()); }

void Context::report(Severity severity, const SourceLocation& at, std::string message, std::string hint) {
    if (reported_ < limits::max_diagnostics) {
        diags_.push_back({severity, at, std::move(message), std::move(hint)});
        ++reported_;
        return;
    }
    ++more_;
    last_ = at;
}

void Context::error(const SourceLocation& at, std::string message, std::string hint) {
    ++errors_;
    report(Severity::error, at, std::move(message), std::move(hint));
}

void Context::warning(const SourceLocation& at, std::string message, std::string hint) {
    report(Severity::warning, at, std::move(message), std::move(hint));
}

Context::~Context() {
    if (more_ == 0) return;
    diags_.push_back({errors_ > 0 ? Severity::error : Severity::warning, last_,
                      fmt::format("and {} more problems in this file, not listed", more_),
                      fmt::format("fix the first {} and run again", limits::max_diagnostics)});
}

void Context::note(const SourceLocation& at, std::string message, std::string hint) {
    report(Severity::note, at, std::move(message), std::move(hint));
}

// Builds the first document of a stream into a Document, as yaml-cpp's NodeBuilder would (same
// nodes, same marks, aliases sharing their anchor's node), and notes where every document of the
// stream starts and whether it holds anything but an empty value.
// A document whose aliases expand past the limit: where the alias that crossed it is.
struct ExpansionLimit {
    Mark at;
};
// A document with more values than limits::max_nodes: where the first one past it is.
struct NodeLimit {
    Mark at;
};

class DocumentBuilder : public YAML::EventHandler {
public:
    struct Start {
        Mark mark;
        bool has_content = false;
    };
    std::vector<Start> starts;

    DocumentBuilder(Document& doc, std::size_t max_expanded) : doc_(doc), max_expanded_(max_expanded) {
        doc_.root = Node(&doc_.nodes.emplace_back());  // an empty stream reads as an empty value, as in yaml-cpp
    }
    void stop_building() { building_ = false; }

    void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back({to_mark(mark), false}); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(Node::Type::null, mark, anchor, {}); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        content();
        if (!building_ || anchor == 0 || anchor > anchors_.size()) return;
        const Node::Data* target = anchors_[anchor - 1];
        count(target->expanded, mark);  // an alias costs what it names (a cycle: what is built so far)
        add(Node(target));
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override {
        leaf(Node::Type::scalar, mark, anchor, value);
        // yaml-cpp tags every quoted or block scalar "!" and a plain one "?" (unless the file tags it).
        if (building_ && tag == "!") doc_.nodes.back().plain = false;
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        open(Node::Type::sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        open(Node::Type::map, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        Node::Data* data;
        std::optional<Node> key;  // a map's key waiting for its value
    };
    Document& doc_;
    std::size_t max_expanded_;
    std::size_t expanded_ = 0;  // the document so far, aliases expanded
    bool building_ = true;
    std::vector<Frame> stack_;
    std::vector<const Node::Data*> anchors_;  // by anchor id - 1: yaml-cpp numbers them 1, 2, ...

    static Mark to_mark(const YAML::Mark& m) { return {m.pos, m.line, m.column}; }

    void count(std::size_t bytes, const YAML::Mark& mark) {
        expanded_ = bytes > max_expanded_ - std::min(expanded_, max_expanded_) ? max_expanded_ + 1 : expanded_ + bytes;
        if (expanded_ > max_expanded_) throw ExpansionLimit{to_mark(mark)};
    }

    void content() {
        if (!starts.empty()) starts.back().has_content = true;
    }

    Node::Data* make(Node::Type type, const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (doc_.nodes.size() > limits::max_nodes) throw NodeLimit{to_mark(mark)};
        Node::Data& data = doc_.nodes.emplace_back();
        data.type = type;
        data.mark = to_mark(mark);
        if (anchor > 0) {  // registered when the node starts, so an alias inside it is a cycle, as in yaml-cpp
            if (anchors_.size() < anchor) anchors_.resize(anchor, nullptr);
            anchors_[anchor - 1] = &data;
        }
        return &data;
    }

    void leaf(Node::Type type, const YAML::Mark& mark, YAML::anchor_t anchor, const std::string& value) {
        if (type != Node::Type::null) content();
        if (!building_) return;
        Node::Data* data = make(type, mark, anchor);
        data->scalar = value;
        data->expanded = value.size() + 1;
        count(data->expanded, mark);
        add(Node(data));
    }

    void open(Node::Type type, const YAML::Mark& mark, YAML::anchor_t anchor) {
        content();
        if (!building_) return;
        stack_.push_back({make(type, mark, anchor), std::nullopt});
        stack_.back().data->expanded = 1;
        count(1, mark);
    }

    void close() {
        if (!building_ || stack_.empty()) return;
        Node node(stack_.back().data);
        stack_.pop_back();
        add(node);
    }

    void add(Node node) {
        if (stack_.empty()) {
            doc_.root = node;
            return;
        }
        Frame& f = stack_.back();
        const std::size_t room = std::numeric_limits<std::size_t>::max() - f.data->expanded;
        f.data->expanded += std::min(node.data_->expanded, room);  // what the container holds, expanded
        if (f.data->type == Node::Type::sequence) {
            f.data->items.push_back(node);
        } else if (!f.key) {
            f.key = node;
        } else {
            f.data->pairs.emplace_back(*f.key, node);
            f.key.reset();
        }
    }
};

namespace {

// The first tab in the indentation of a line, up to line `last` (0-based), if any: YAML forbids
// tabs there, and yaml-cpp then reports something else ("end of map not found", "illegal map
// value") somewhere after it.
std::optional<Mark> tab_in_indentation(const std::string& text, int last) {
    int line = 0;
    bool indenting = true;
    for (std::size_t i = 0, start = 0; i < text.size() && line <= last; ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            indenting = true;
            start = i + 1;
        } else if (indenting && c == '\t') {
            return Mark{static_cast<int>(i), line, static_cast<int>(i - start)};
        } else if (c != ' ') {
            indenting = false;
        }
    }
    return std::nullopt;
}

void report_parser_error(Context& ctx, const YAML::ParserException& e, const std::string& text) {
    if (auto tab = tab_in_indentation(text, e.mark.line)) {
        ctx.error(ctx.where(*tab), "tab characters are not allowed for indentation in YAML", "indent with spaces");
        return;
    }
    ctx.error(ctx.where(Mark{e.mark.pos, e.mark.line, e.mark.column}), "YAML syntax error: " + e.msg,
              "check indentation, quoting and brackets near here");
}

// The rest of the stream after the first document, three documents at most so no input can keep
// this going. yaml-cpp 0.7 stops without consuming some stray tokens (",", "]"): a document that
// starts where the previous one did is such a token, i.e. a syntax error. A further document with
// content is an error too: it would be silently ignored.
void check_documents(Context& ctx, const std::vector<DocumentBuilder::Start>& docs) {
    for (std::size_t i = 1; i < docs.size(); ++i) {
        if (docs[i].mark.pos <= docs[i - 1].mark.pos ||
            (i == 1 && docs[0].mark.pos == 0 && !docs[0].has_content && docs[i].mark.pos == 0)) {
            ctx.error(ctx.where(docs[i].mark), "YAML syntax error: unexpected character",
                      "a response is a map of 'key: value' lines; quote values that start with , [ ] { } or *");
            return;
        }
        if (docs[i].has_content) {
            ctx.error(ctx.where(docs[i].mark), "more than one YAML document in the file",
                      "put one response in each file; remove the '---' separator");
            return;
        }
    }
}

Mark mark_of(const YAML::Exception& e) { return {e.mark.pos, e.mark.line, e.mark.column}; }

// The text as an input stream without copying it (std::istringstream would copy a 4 MiB file).
class TextStreamBuf : public std::streambuf {
public:
    explicit TextStreamBuf(std::string_view text) {
        char* begin = const_cast<char*>(text.data());  // read only: the get area is never written
        setg(begin, begin, begin + text.size());
    }
};

}  // namespace

std::optional<Document> parse_one_document(Context& ctx, const std::string& text) {
    if (text.size() > limits::max_input_bytes) {
        ctx.error({ctx.file(), 0, 0}, fmt::format("file is larger than {} MiB", limits::max_input_bytes / (1024 * 1024)),
                  "a questionnaire response is a few tens of KiB; is this the right file?");
        return std::nullopt;
    }
    if (auto bad = find_invalid_utf8(text)) {
        auto [line, column] = line_column_of(text, *bad);
        ctx.error({ctx.file(), line, column}, "bytes that are not UTF-8", "save the file as UTF-8");
        return std::nullopt;
    }
    Document doc;
    TextStreamBuf buffer(text);
    std::istream in(&buffer);
    YAML::Parser parser(in);
    const std::size_t max_expanded = std::min(limits::max_expanded_bytes, std::max<std::size_t>(text.size(), 4096) * limits::max_expansion_factor);
    DocumentBuilder builder(doc, max_expanded);
    bool first_document = true;
    try {
        // HandleNextDocument one document at a time, never LoadAll: yaml-cpp 0.7's LoadAll loops
        // forever on inputs such as ",".
        parser.HandleNextDocument(builder);
        first_document = false;
        builder.stop_building();
        for (int i = 1; i < 3 && parser.HandleNextDocument(builder); ++i) {
        }
    } catch (const YAML::DeepRecursion& e) {
        ctx.error(ctx.where(mark_of(e)), fmt::format("nesting deeper than {} levels", limits::max_nesting),
                  first_document ? "a response is a flat map of answers; this is not one" : "");
    } catch (const YAML::ParserException& e) {
        report_parser_error(ctx, e, text);
    } catch (const YAML::Exception& e) {
        ctx.error(ctx.where(mark_of(e)), "cannot read YAML: " + e.msg);
    } catch (const ExpansionLimit& e) {
        ctx.error(ctx.where(e.at), fmt::format("aliases expand this file past {} KiB", max_expanded / 1024),
                  fmt::format("a response is data, not a compression format: write each value out (the limit is {}x the file's size, at most {} MiB)",
                              limits::max_expansion_factor, limits::max_expanded_bytes / (1024 * 1024)));
    } catch (const NodeLimit& e) {
        ctx.error(ctx.where(e.at), fmt::format("more than {} values in this file", limits::max_nodes),
                  "a response holds a few hundred values, a few thousand at most; is this the right file?");
    }
    if (ctx.error_count() > 0) return std::nullopt;
    check_documents(ctx, builder.starts);
    if (ctx.error_count() > 0) return std::nullopt;
    return doc;
}

Node TreeBuilder::make(Node::Type type, Mark at) {
    Node::Data& data = doc_.nodes.emplace_back();
    data.type = type;
    data.mark = at;
    return Node(&data);
}

Node TreeBuilder::scalar(std::string text, Mark at, bool plain) {
    Node node = make(Node::Type::scalar, at);
    auto* data = const_cast<Node::Data*>(node.data_);  // the builder's own node, in its document
    data->scalar = std::move(text);
    data->plain = plain;
    data->expanded = data->scalar.size() + 1;
    return node;
}

Node TreeBuilder::null(Mark at) { return make(Node::Type::null, at); }
Node TreeBuilder::map(Mark at) { return make(Node::Type::map, at); }
Node TreeBuilder::sequence(Mark at) { return make(Node::Type::sequence, at); }

void TreeBuilder::add(const Node& map, const Node& key, const Node& value) {
    const_cast<Node::Data*>(map.data_)->pairs.emplace_back(key, value);
}

void TreeBuilder::append(const Node& sequence, const Node& item) { const_cast<Node::Data*>(sequence.data_)->items.push_back(item); }

namespace {

// Follows the events of the first document's top-level map and stops (by throwing Found) once the
// value of one key is known, so the rest of the file is never scanned.
class TopLevelPeek : public YAML::EventHandler {
public:
    struct Found {};
    explicit TopLevelPeek(std::string key) : key_(std::move(key)) {}
    std::optional<std::string> value;

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override { throw Found{}; }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { item(nullptr); }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { item(nullptr); }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string& text) override { item(&text); }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { open(false); }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { open(true); }
    void OnMapEnd() override { close(); }

private:
    std::string key_;
    int depth_ = 0;
    bool root_is_map_ = false;
    bool at_key_ = true;       // in the root map, the next item is a key
    bool wanted_ = false;      // the value about to come is the one asked for

    // A scalar, null or alias; `text` is null for the last two.
    void item(const std::string* text) {
        if (depth_ == 0) throw Found{};  // the document is a lone scalar
        if (depth_ != 1 || !root_is_map_) return;
        step(text);
    }
    void open(bool map) {
        if (depth_ == 0) {
            root_is_map_ = map;
            if (!map) throw Found{};
        } else if (depth_ == 1) {
            step(nullptr);  // a collection as a key or value of the root map
        }
        ++depth_;
    }
    void close() {
        if (--depth_ == 0) throw Found{};
    }
    void step(const std::string* text) {
        if (at_key_) {
            wanted_ = text && *text == key_;
        } else if (wanted_) {
            if (text) value = *text;
            throw Found{};
        }
        at_key_ = !at_key_;
    }
};

}  // namespace

std::optional<std::string> peek_top_level_scalar(const std::string& text, const std::string& key) {
    if (text.size() > limits::max_input_bytes || find_invalid_utf8(text)) return std::nullopt;
    // Whole-line comments and blank lines before the first content are skipped here, not by
    // yaml-cpp: they mean nothing, and its scanner takes as long over a 4 MiB comment header as
    // over a 4 MiB document. `text` outlives the stream; nothing is copied.
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t first = text.find_first_not_of(" \t\r", start);
        if (first == std::string::npos) break;
        if (text[first] != '#' && text[first] != '\n') break;
        const std::size_t eol = text.find('\n', first);
        start = eol == std::string::npos ? text.size() : eol + 1;
    }
    const std::string_view rest = std::string_view(text).substr(start);
    TextStreamBuf buffer(rest);
    std::istream in(&buffer);
    YAML::Parser parser(in);
    TopLevelPeek peek(key);
    try {
        parser.HandleNextDocument(peek);
    } catch (const TopLevelPeek::Found&) {
    } catch (const YAML::Exception&) {
        return std::nullopt;  // loading the file reports it
    }
    return peek.value;
}

std::string describe(const Node& node) {
    switch (node.type()) {
        case Node::Type::null: return "nothing (an empty value)";
        case Node::Type::scalar: return "the text " + quote_text(node.scalar());
        case Node::Type::sequence: return "a list";
        case Node::Type::map: return "a map";
        case Node::Type::undefined: return "nothing";
    }
    return "something else";
}

MapReader::MapReader(Context& ctx, const Node& map, std::string what, std::vector<std::string> allowed)
    : ctx_(ctx), what_(std::move(what)) {
    read(map, &allowed);
}

MapReader::MapReader(Context& ctx, const Node& map, std::string what) : ctx_(ctx), what_(std::move(what)) {
    read(map, nullptr);
}

void MapReader::read(const Node& map, const std::vector<std::string>* allowed) {
    mark_ = map.mark();
    if (!map.is_map()) {
        ctx_.error(ctx_.where(mark_), what_ + " must be a map of 'key: value' lines, not " + describe(map));
        return;
    }
    ok_ = true;
    // Every key given, known or not, to find duplicates: compared one by one in a small map,
    // hashed in a large one, so 50,000 keys cost 50,000 steps. The keys live in the document.
    const bool hashed = map.pairs().size() > linear_keys;
    std::unordered_set<std::string_view> seen_hashed;
    std::vector<std::string_view> seen_listed;
    auto first_time = [&](std::string_view name) {
        if (hashed) return seen_hashed.insert(name).second;
        if (std::find(seen_listed.begin(), seen_listed.end(), name) != seen_listed.end()) return false;
        seen_listed.push_back(name);
        return true;
    };
    entries_.reserve(map.pairs().size());
    for (const auto& [key, value] : map.pairs()) {
        if (!key.is_scalar()) {
            ctx_.error(ctx_.where(key), "keys in " + what_ + " must be plain names, not " + describe(key));
            continue;
        }
        const std::string& name = key.scalar();
        if (!first_time(name)) {
            const Entry* first = find(name);
            std::string first_at;
            if (first) {
                const SourceLocation at = ctx_.where(first->key_node);
                first_at = at.is_cell() ? " (first given at " + cell_reference(at) + ")" : fmt::format(" (first given at line {})", at.line);
            }
            ctx_.error_lazy(ctx_.where(key), [&] {
                return std::pair{"duplicate key " + quote_text(name, shown::name) + " in " + what_ + first_at,
                                 std::string("give each key once; the later one would be ignored")};
            });
            continue;
        }
        if (allowed && std::find(allowed->begin(), allowed->end(), name) == allowed->end()) {
            ctx_.error_lazy(ctx_.where(key), [&] {
                auto suggestion = closest_match(name, *allowed);
                return std::pair{"unknown key " + quote_text(name, shown::name) + " in " + what_,
                                 suggestion ? "did you mean '" + *suggestion + "'?" : "allowed keys: " + join(*allowed, ", ")};
            });
            continue;
        }
        entries_.push_back({name, key, value});
        if (hashed) index_.emplace(key.scalar(), entries_.size() - 1);
    }
}

const Entry* MapReader::find(const std::string& key) const {
    if (index_.empty()) {
        for (const Entry& e : entries_)
            if (e.key == key) return &e;
        return nullptr;
    }
    auto it = index_.find(key);
    return it == index_.end() ? nullptr : &entries_[it->second];
}

Node MapReader::get(const std::string& key) const {
    const Entry* e = find(key);
    return e ? e->value : Node();
}

Node MapReader::require(const std::string& key) {
    const Entry* e = find(key);
    if (!e) {
        if (ok_) ctx_.error(ctx_.where(mark_), "missing required key '" + key + "' in " + what_);
        return Node();
    }
    return e->value;
}

std::optional<double> parse_number(const std::string& text) {
    if (text.empty()) return std::nullopt;
    double value = 0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    if (*begin == '+') ++begin;
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<std::string> read_string(Context& ctx, const Node& node, const std::string& what) {
    if (!node.is_defined()) return std::nullopt;
    if (!node.is_scalar()) {
        ctx.error(ctx.where(node), what + " must be text, not " + describe(node));
        return std::nullopt;
    }
    return node.scalar();
}

std::optional<double> read_number(Context& ctx, const Node& node, const std::string& what) {
    if (!node.is_defined()) return std::nullopt;
    if (node.is_scalar()) {
        if (auto v = parse_number(node.scalar())) return v;
    }
    ctx.error(ctx.where(node), what + " must be a number, not " + describe(node));
    return std::nullopt;
}

std::optional<long long> read_integer(Context& ctx, const Node& node, const std::string& what) {
    if (!node.is_defined()) return std::nullopt;
    if (node.is_scalar()) {
        const std::string& s = node.scalar();
        long long v = 0;
        auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty()) return v;
    }
    ctx.error(ctx.where(node), what + " must be a whole number, not " + describe(node));
    return std::nullopt;
}

std::optional<bool> read_bool(Context& ctx, const Node& node, const std::string& what) {
    if (!node.is_defined()) return std::nullopt;
    if (node.is_scalar()) {
        if (node.scalar() == "true") return true;
        if (node.scalar() == "false") return false;
    }
    ctx.error(ctx.where(node), what + " must be true or false, not " + describe(node));
    return std::nullopt;
}

std::optional<std::vector<std::string>> read_string_list(Context& ctx, const Node& node,
                                                         const std::string& what, bool allow_single) {
    if (!node.is_defined()) return std::nullopt;
    if (allow_single && node.is_scalar()) return std::vector<std::string>{node.scalar()};
    if (!node.is_sequence()) {
        ctx.error(ctx.where(node), what + " must be a list, not " + describe(node));
        return std::nullopt;
    }
    std::vector<std::string> out;
    bool good = true;
    for (const auto& item : node) {
        if (!item.is_scalar()) {
            ctx.error(ctx.where(item), "each item of " + what + " must be text, not " + describe(item));
            good = false;
            continue;
        }
        out.push_back(item.scalar());
    }
    if (!good) return std::nullopt;
    return out;
}

}  // namespace sbd::yaml
