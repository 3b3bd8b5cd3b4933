#include <catch2/catch.hpp>

#include "load/builtin_data.hpp"
#include "load/yaml_reader.hpp"
#include "load/yaml_tree_codec.hpp"

using namespace sbd;

namespace {

yaml::Document parse(const std::string& text) {
    std::vector<Diagnostic> diagnostics;
    yaml::Context ctx("f.yaml", diagnostics);
    auto doc = yaml::parse_one_document(ctx, text);
    REQUIRE(doc);
    return std::move(*doc);
}

// Two trees are the same: node for node, the same type, text, quoting and position.
void require_same(const yaml::Node& a, const yaml::Node& b, const std::string& where) {
    INFO(where << " at line " << a.mark().line + 1 << ", column " << a.mark().column + 1);
    REQUIRE(a.type() == b.type());
    REQUIRE(a.mark().pos == b.mark().pos);
    REQUIRE(a.mark().line == b.mark().line);
    REQUIRE(a.mark().column == b.mark().column);
    REQUIRE(a.scalar() == b.scalar());
    REQUIRE(a.is_plain() == b.is_plain());
    REQUIRE(a.items().size() == b.items().size());
    REQUIRE(a.pairs().size() == b.pairs().size());
    for (std::size_t i = 0; i < a.items().size(); ++i) require_same(a.items()[i], b.items()[i], where);
    for (std::size_t i = 0; i < a.pairs().size(); ++i) {
        require_same(a.pairs()[i].first, b.pairs()[i].first, where);
        require_same(a.pairs()[i].second, b.pairs()[i].second, where);
    }
}

const std::string sample =
    "# a comment\n"
    "format: 1\n"
    "title: 'quoted: text'\n"
    "empty:\n"
    "tilde: ~\n"
    "block: |\n  two\n  lines\n"
    "list: [a, \"b\", {c: d}, [], {}]\n"
    "nested:\n  - key: value\n    more: [1, 2.5, true]\n"
    "unicode: \"caf\\u00e9 \\u2713\"\n";

}  // namespace

TEST_CASE("a tree decodes to the document it was encoded from") {
    const yaml::Document doc = parse(sample);
    const auto bytes = yaml::encode_tree(doc);
    REQUIRE(bytes);
    const auto decoded = yaml::decode_tree(*bytes);
    REQUIRE(decoded);
    require_same(decoded->root, doc.root, "sample");
    CHECK(decoded->root.pairs()[2].second.is_plain() == false);  // 'quoted: text'
    CHECK(decoded->root.pairs()[3].second.is_null());
}

TEST_CASE("every built-in file's compiled tree is its text, parsed") {
    // The build parsed these; a tree that drifted from its text (a stale build, a codec bug) would
    // score against a pack nobody can read.
    std::size_t checked = 0;
    for (const auto* files : {&builtin_pack_files(), &builtin_profile_files()}) {
        for (const auto& f : *files) {
            REQUIRE_FALSE(f.tree.empty());
            const auto decoded = yaml::decode_tree(f.tree);
            REQUIRE(decoded);
            require_same(decoded->root, parse(std::string(f.content)).root, std::string(f.name));
            ++checked;
        }
    }
    CHECK(checked > 20);
}

TEST_CASE("a document with an alias has no tree: the format keeps no shared nodes") {
    CHECK_FALSE(yaml::encode_tree(parse("a: &x [1, 2]\nb: *x\n")));
    CHECK(yaml::encode_tree(parse("a: &x [1, 2]\n")));  // an anchor nobody names is fine
}

TEST_CASE("bytes that are not a whole tree decode to nothing, never to part of one") {
    const auto bytes = yaml::encode_tree(parse(sample));
    REQUIRE(bytes);
    for (std::size_t n = 0; n < bytes->size(); ++n) CHECK_FALSE(yaml::decode_tree(std::string_view(*bytes).substr(0, n)));
    CHECK_FALSE(yaml::decode_tree(*bytes + "x"));  // trailing bytes
    std::string other_version = *bytes;
    other_version[14] = '9';  // "sbd-yaml-tree 9"
    CHECK_FALSE(yaml::decode_tree(other_version));
    // Flipping any byte after the header gives a tree or nothing; never a crash (run under ASan).
    for (std::size_t i = 16; i < bytes->size(); ++i) {
        std::string flipped = *bytes;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
        (void)yaml::decode_tree(flipped);
    }
}

TEST_CASE("a hostile tree cannot nest without bound or claim more than it holds") {
    const std::string header = "sbd-yaml-tree 1\n";
    std::string deep = header;
    for (int i = 0; i < 100000; ++i) deep += std::string("\x02\x01\x01\x01\x01", 5);  // a sequence holding a sequence...
    CHECK_FALSE(yaml::decode_tree(deep));
    std::string huge_count = header + std::string("\x03\x01\x01\x01\xff\xff\xff\xff\x0f", 9);  // a map of 4 billion pairs
    CHECK_FALSE(yaml::decode_tree(huge_count));
    std::string long_varint = header + "\x01" + std::string(20, '\xff');
    CHECK_FALSE(yaml::decode_tree(long_varint));
}

TEST_CASE("read_document parses the text when the tree is missing or unreadable") {
    std::vector<Diagnostic> diagnostics;
    yaml::Context ctx("f.yaml", diagnostics);
    const auto from_text = yaml::read_document(ctx, "a: 1\n", {});
    REQUIRE(from_text);
    CHECK(from_text->root.pairs()[0].second.scalar() == "1");
    const auto from_bad_tree = yaml::read_document(ctx, "a: 2\n", "not a tree");
    REQUIRE(from_bad_tree);
    CHECK(from_bad_tree->root.pairs()[0].second.scalar() == "2");
    const auto tree = yaml::encode_tree(parse("a: 3\n"));
    const auto from_tree = yaml::read_document(ctx, "a: 2\n", *tree);  // the tree wins: it is what the build read
    REQUIRE(from_tree);
    CHECK(from_tree->root.pairs()[0].second.scalar() == "3");
    CHECK(diagnostics.empty());
}
