#include "load/yaml_tree_codec.hpp"

#include <cstdint>
#include <unordered_set>

#include "load/input_file.hpp"

namespace sbd::yaml {

namespace {

// Format: a header, then every node in document order (a collection's children follow it):
//   tag byte (type | plain << 2), varints pos+1, line+1, column+1, then
//   scalar: varint length and the bytes; sequence: varint count, items; map: varint count, key, value...
constexpr std::string_view header = "sbd-yaml-tree 1\n";

enum : std::uint8_t { tag_null = 0, tag_scalar = 1, tag_sequence = 2, tag_map = 3, tag_plain = 4 };

void put_varint(std::string& out, std::uint64_t v) {
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

class Encoder {
public:
    bool node(const Node& n) {
        if (!seen_.insert(key_of(n)).second) return false;  // an alias
        const Mark m = n.mark();
        std::uint8_t tag = tag_null;
        switch (n.type()) {
            case Node::Type::scalar: tag = tag_scalar | (n.is_plain() ? tag_plain : 0); break;
            case Node::Type::sequence: tag = tag_sequence; break;
            case Node::Type::map: tag = tag_map; break;
            default: break;
        }
        out += static_cast<char>(tag);
        put_varint(out, static_cast<std::uint64_t>(m.pos + 1));
        put_varint(out, static_cast<std::uint64_t>(m.line + 1));
        put_varint(out, static_cast<std::uint64_t>(m.column + 1));
        if (n.is_scalar()) {
            put_varint(out, n.scalar().size());
            out += n.scalar();
        } else if (n.is_sequence()) {
            put_varint(out, n.items().size());
            for (const Node& item : n.items())
                if (!node(item)) return false;
        } else if (n.is_map()) {
            put_varint(out, n.pairs().size());
            for (const auto& [key, value] : n.pairs())
                if (!node(key) || !node(value)) return false;
        }
        return true;
    }
    std::string out{header};

private:
    std::unordered_set<const void*> seen_;
    // A node's identity: the address of what it holds (Node is a handle; two handles to one node
    // alias each other).
    static const void* key_of(const Node& n) { return &n.items(); }
};

class Decoder {
public:
    Decoder(std::string_view bytes, Document& doc) : in_(bytes), build_(doc) {}

    std::optional<Node> node(int depth) {
        if (depth > limits::max_nesting || at_ >= in_.size()) return std::nullopt;
        const auto tag = static_cast<std::uint8_t>(in_[at_++]);
        Mark m;
        std::uint64_t pos = 0, line = 0, column = 0;
        if (!varint(pos) || !varint(line) || !varint(column) || pos > max_mark || line > max_mark || column > max_mark)
            return std::nullopt;
        m.pos = static_cast<int>(pos) - 1;
        m.line = static_cast<int>(line) - 1;
        m.column = static_cast<int>(column) - 1;
        switch (tag & ~tag_plain) {
            case tag_null: return build_.null(m);
            case tag_scalar: {
                std::uint64_t size = 0;
                if (!varint(size) || size > in_.size() - at_) return std::nullopt;
                std::string text(in_.substr(at_, size));
                at_ += size;
                return build_.scalar(std::move(text), m, (tag & tag_plain) != 0);
            }
            case tag_sequence: {
                std::uint64_t count = 0;
                if (!varint(count) || count > in_.size() - at_) return std::nullopt;  // a node takes a byte at least
                Node seq = build_.sequence(m);
                for (std::uint64_t i = 0; i < count; ++i) {
                    auto item = node(depth + 1);
                    if (!item) return std::nullopt;
                    build_.append(seq, *item);
                }
                return seq;
            }
            case tag_map: {
                std::uint64_t count = 0;
                if (!varint(count) || count > in_.size() - at_) return std::nullopt;
                Node map = build_.map(m);
                for (std::uint64_t i = 0; i < count; ++i) {
                    auto key = node(depth + 1);
                    if (!key) return std::nullopt;
                    auto value = node(depth + 1);
                    if (!value) return std::nullopt;
                    build_.add(map, *key, *value);
                }
                return map;
            }
            default: return std::nullopt;
        }
    }
    bool at_end() const { return at_ == in_.size(); }

private:
    static constexpr std::uint64_t max_mark = 1u << 30;
    std::string_view in_;
    std::size_t at_ = 0;
    TreeBuilder build_;

    bool varint(std::uint64_t& v) {
        v = 0;
        for (int shift = 0; shift < 64 && at_ < in_.size(); shift += 7) {
            const auto byte = static_cast<std::uint8_t>(in_[at_++]);
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return true;
        }
        return false;
    }
};

}  // namespace

std::optional<std::string> encode_tree(const Document& doc) {
    Encoder encoder;
    if (!encoder.node(doc.root)) return std::nullopt;
    return std::move(encoder.out);
}

std::optional<Document> decode_tree(std::string_view bytes) {
    if (bytes.substr(0, header.size()) != header) return std::nullopt;
    Document doc;
    Decoder decoder(bytes.substr(header.size()), doc);
    auto root = decoder.node(0);
    if (!root || !decoder.at_end()) return std::nullopt;
    doc.root = *root;
    return doc;
}

std::optional<Document> read_document(Context& ctx, const std::string& text, std::string_view tree) {
    if (!tree.empty())
        if (auto doc = decode_tree(tree)) return doc;
    return parse_one_document(ctx, text);
}

}  // namespace sbd::yaml
