#include "yaml_reader.hpp"

#include <charconv>
#include <cmath>
#include <set>
#include <sstream>

#include "sbdscore/text.hpp"

namespace sbd::yaml {

SourceLocation Context::where(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.line < 0) return {file_, 0, 0};
    return {file_, mark.line + 1, mark.column + 1};
}

SourceLocation Context::where(const YAML::Node& node) const {
    if (!node.IsDefined()) return {file_, 0, 0};
    return where(node.Mark());
}

void Context::error(const SourceLocation& at, std::string message, std::string hint) {
    diags_.push_back({Severity::error, at, std::move(message), std::move(hint)});
    ++errors_;
}

void Context::warning(const SourceLocation& at, std::string message, std::string hint) {
    diags_.push_back({Severity::warning, at, std::move(message), std::move(hint)});
}

namespace {

// Watches the documents of a stream without building nodes: where each starts and whether it
// holds anything but an empty value.
class DocumentCounter : public YAML::EventHandler {
public:
    struct Document {
        YAML::Mark start;
        bool has_content = false;
    };
    std::vector<Document> documents;
    void OnDocumentStart(const YAML::Mark& mark) override { documents.push_back({mark, false}); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { content(); }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { content(); }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { content(); }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { content(); }
    void OnMapEnd() override {}

private:
    void content() {
        if (!documents.empty()) documents.back().has_content = true;
    }
};

void report_parser_error(Context& ctx, const YAML::ParserException& e) {
    ctx.error(ctx.where(e.mark), "YAML syntax error: " + e.msg, "check indentation, quoting and brackets near here");
}

}  // namespace

std::optional<YAML::Node> parse_one_document(Context& ctx, const std::string& text) {
    if (text.size() > max_input_bytes) {
        ctx.error({ctx.file(), 0, 0}, "file is larger than " + std::to_string(max_input_bytes / (1024 * 1024)) + " MiB",
                  "a questionnaire response is a few tens of KiB; is this the right file?");
        return std::nullopt;
    }
    if (auto bad = find_invalid_utf8(text)) {
        auto [line, column] = line_column_of(text, *bad);
        ctx.error({ctx.file(), line, column}, "bytes that are not UTF-8", "save the file as UTF-8");
        return std::nullopt;
    }
    YAML::Node root;
    try {
        // YAML::Load, never LoadAll: yaml-cpp 0.7's LoadAll loops forever on inputs such as ",".
        root = YAML::Load(text);
    } catch (const YAML::DeepRecursion& e) {
        ctx.error(ctx.where(e.mark), "nesting deeper than " + std::to_string(max_nesting) + " levels",
                  "a response is a flat map of answers; this is not one");
        return std::nullopt;
    } catch (const YAML::ParserException& e) {
        report_parser_error(ctx, e);
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        ctx.error(ctx.where(e.mark), "cannot read YAML: " + e.msg);
        return std::nullopt;
    }
    // Look at the rest of the stream, three documents at most so no input can keep this going.
    // yaml-cpp 0.7 stops without consuming some stray tokens (",", "]"): a document that starts
    // where the previous one did is such a token, i.e. a syntax error. A further document with
    // content is an error too: it would be silently ignored.
    try {
        std::istringstream in(text);
        YAML::Parser parser(in);
        DocumentCounter counter;
        for (int i = 0; i < 3 && parser.HandleNextDocument(counter); ++i) {
        }
        const auto& docs = counter.documents;
        for (std::size_t i = 1; i < docs.size(); ++i) {
            if (docs[i].start.pos <= docs[i - 1].start.pos || (i == 1 && docs[0].start.pos == 0 && !docs[0].has_content &&
                                                                 docs[i].start.pos == 0)) {
                ctx.error(ctx.where(docs[i].start), "YAML syntax error: unexpected character",
                          "a response is a map of 'key: value' lines; quote values that start with , [ ] { } or *");
                break;
            }
            if (docs[i].has_content) {
                ctx.error(ctx.where(docs[i].start), "more than one YAML document in the file",
                          "put one response in each file; remove the '---' separator");
                break;
            }
        }
    } catch (const YAML::DeepRecursion& e) {
        ctx.error(ctx.where(e.mark), "nesting deeper than " + std::to_string(max_nesting) + " levels");
    } catch (const YAML::ParserException& e) {
        report_parser_error(ctx, e);
    } catch (const YAML::Exception& e) {
        ctx.error(ctx.where(e.mark), "cannot read YAML: " + e.msg);
    }
    if (ctx.error_count() > 0) return std::nullopt;
    return root;
}

std::string describe(const YAML::Node& node) {
    if (!node.IsDefined()) return "nothing";
    switch (node.Type()) {
        case YAML::NodeType::Null: return "nothing (an empty value)";
        case YAML::NodeType::Scalar: return "the text " + quote_text(node.Scalar());
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Map: return "a map";
        case YAML::NodeType::Undefined: return "nothing";
    }
    return "something else";
}

MapReader::MapReader(Context& ctx, const YAML::Node& map, std::string what, std::vector<std::string> allowed)
    : ctx_(ctx), what_(std::move(what)) {
    read(map, &allowed);
}

MapReader::MapReader(Context& ctx, const YAML::Node& map, std::string what) : ctx_(ctx), what_(std::move(what)) {
    read(map, nullptr);
}

void MapReader::read(const YAML::Node& map, const std::vector<std::string>* allowed) {
    where_ = ctx_.where(map);
    if (!map.IsMap()) {
        ctx_.error(where_, what_ + " must be a map of 'key: value' lines, not " + describe(map));
        return;
    }
    ok_ = true;
    std::set<std::string> seen;
    for (const auto& pair : map) {  // by value: `it->first` would bind to a dead temporary
        const YAML::Node key = pair.first;
        if (!key.IsScalar()) {
            ctx_.error(ctx_.where(key), "keys in " + what_ + " must be plain names, not " + describe(key));
            continue;
        }
        const std::string& name = key.Scalar();
        if (!seen.insert(name).second) {
            const Entry* first = find(name);
            std::string first_at = first ? " (first given at line " + std::to_string(ctx_.where(first->key_node).line) + ")" : "";
            ctx_.error(ctx_.where(key), "duplicate key '" + strip_control(name) + "' in " + what_ + first_at,
                       "give each key once; the later one would be ignored");
            continue;
        }
        if (allowed && std::find(allowed->begin(), allowed->end(), name) == allowed->end()) {
            auto suggestion = closest_match(name, *allowed);
            ctx_.error(ctx_.where(key), "unknown key " + quote_text(name, 60) + " in " + what_,
                       suggestion ? "did you mean '" + *suggestion + "'?" : "allowed keys: " + join(*allowed, ", "));
            continue;
        }
        entries_.push_back({name, key, pair.second});
    }
}

const Entry* MapReader::find(const std::string& key) const {
    for (const auto& e : entries_)
        if (e.key == key) return &e;
    return nullptr;
}

YAML::Node MapReader::get(const std::string& key) const {
    const Entry* e = find(key);
    return e ? e->value : YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node MapReader::require(const std::string& key) {
    const Entry* e = find(key);
    if (!e) {
        if (ok_) ctx_.error(where_, "missing required key '" + key + "' in " + what_);
        return YAML::Node(YAML::NodeType::Undefined);
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

std::optional<std::string> read_string(Context& ctx, const YAML::Node& node, const std::string& what) {
    if (!node.IsDefined()) return std::nullopt;
    if (!node.IsScalar()) {
        ctx.error(ctx.where(node), what + " must be text, not " + describe(node));
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<double> read_number(Context& ctx, const YAML::Node& node, const std::string& what) {
    if (!node.IsDefined()) return std::nullopt;
    if (node.IsScalar()) {
        if (auto v = parse_number(node.Scalar())) return v;
    }
    ctx.error(ctx.where(node), what + " must be a number, not " + describe(node));
    return std::nullopt;
}

std::optional<long long> read_integer(Context& ctx, const YAML::Node& node, const std::string& what) {
    if (!node.IsDefined()) return std::nullopt;
    if (node.IsScalar()) {
        const std::string& s = node.Scalar();
        long long v = 0;
        auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty()) return v;
    }
    ctx.error(ctx.where(node), what + " must be a whole number, not " + describe(node));
    return std::nullopt;
}

std::optional<bool> read_bool(Context& ctx, const YAML::Node& node, const std::string& what) {
    if (!node.IsDefined()) return std::nullopt;
    if (node.IsScalar()) {
        if (node.Scalar() == "true") return true;
        if (node.Scalar() == "false") return false;
    }
    ctx.error(ctx.where(node), what + " must be true or false, not " + describe(node));
    return std::nullopt;
}

std::optional<std::vector<std::string>> read_string_list(Context& ctx, const YAML::Node& node,
                                                         const std::string& what, bool allow_single) {
    if (!node.IsDefined()) return std::nullopt;
    if (allow_single && node.IsScalar()) return std::vector<std::string>{node.Scalar()};
    if (!node.IsSequence()) {
        ctx.error(ctx.where(node), what + " must be a list, not " + describe(node));
        return std::nullopt;
    }
    std::vector<std::string> out;
    bool good = true;
    for (const auto& item : node) {
        if (!item.IsScalar()) {
            ctx.error(ctx.where(item), "each item of " + what + " must be text, not " + describe(item));
            good = false;
            continue;
        }
        out.push_back(item.Scalar());
    }
    if (!good) return std::nullopt;
    return out;
}

}  // namespace sbd::yaml
