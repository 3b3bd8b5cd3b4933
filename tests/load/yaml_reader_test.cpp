#include <catch2/catch.hpp>

#include "load/yaml_reader.hpp"
#include "support/test_support.hpp"

using namespace sbd;
using sbd::test::has_diagnostic;

namespace {

struct Parsed {
    std::vector<Diagnostic> diagnostics;
    std::optional<yaml::Document> root;
};

Parsed parse(const std::string& text) {
    Parsed p;
    yaml::Context ctx("f.yaml", p.diagnostics);
    p.root = yaml::parse_one_document(ctx, text);
    return p;
}

std::string nested(int depth) { return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']'); }

}  // namespace

TEST_CASE("a file over the size limit is refused before parsing") {
    const std::string comment_line = "# " + std::string(98, 'x') + "\n";
    std::string at_limit;
    while (at_limit.size() + comment_line.size() <= limits::max_input_bytes) at_limit += comment_line;
    at_limit += std::string(limits::max_input_bytes - at_limit.size(), '#');
    REQUIRE(at_limit.size() == limits::max_input_bytes);
    CHECK(parse(at_limit).diagnostics.empty());

    auto over = parse(at_limit + "#");
    CHECK_FALSE(over.root);
    REQUIRE(over.diagnostics.size() == 1);
    CHECK(over.diagnostics[0].message == "file is larger than 4 MiB");
    CHECK(over.diagnostics[0].where.line == 0);  // the whole file, no position
}

TEST_CASE("nesting is bounded at the limit, reported where it happens") {
    CHECK(parse(nested(limits::max_nesting - 1)).diagnostics.empty());
    auto deep = parse(nested(limits::max_nesting + 1));
    CHECK_FALSE(deep.root);
    REQUIRE_FALSE(deep.diagnostics.empty());
    CHECK(deep.diagnostics[0].message == "nesting deeper than 500 levels");
    CHECK(deep.diagnostics[0].where.line == 1);
}

TEST_CASE("bytes that are not UTF-8 are located") {
    auto p = parse("a: 1\nb: caf\xe9\n");
    CHECK_FALSE(p.root);
    CHECK(has_diagnostic(p.diagnostics, 2, 7, "bytes that are not UTF-8"));
}

TEST_CASE("one document only: a second one with content, or a stray token, is an error") {
    CHECK(has_diagnostic(parse("a: 1\n---\nb: 2\n").diagnostics, 2, 1, "more than one YAML document"));
    CHECK(has_diagnostic(parse(",").diagnostics, 1, 1, "YAML syntax error"));
    CHECK(parse("a: 1\n---\n").diagnostics.empty());  // an empty second document is harmless
    CHECK(has_diagnostic(parse("a: [1, 2\n").diagnostics, 2, 1, "YAML syntax error"));
}

TEST_CASE("MapReader: duplicate keys are errors naming the first, and the first wins") {
    std::vector<Diagnostic> diags;
    yaml::Context ctx("f.yaml", diags);
    auto doc = yaml::parse_one_document(ctx, "vendor: A\nproduct: P\nvendor: B\n");
    REQUIRE(doc);
    yaml::MapReader m(ctx, doc->root, "the response", {"vendor", "product"});
    CHECK(has_diagnostic(diags, 3, 1, "duplicate key 'vendor' in the response (first given at line 1)"));
    CHECK(m.get("vendor").scalar() == "A");
    CHECK(m.entries().size() == 2);
}

TEST_CASE("MapReader finds keys and duplicates alike in small maps (compared) and large ones (hashed)") {
    for (int keys : {1, 15, 16, 17, 40}) {  // around the 16 keys up to which MapReader compares instead of hashing
        std::string text;
        for (int i = 0; i < keys; ++i) text += "k" + std::to_string(i) + ": v" + std::to_string(i) + "\n";
        text += "k0: again\n";
        std::vector<Diagnostic> diags;
        yaml::Context ctx("f.yaml", diags);
        auto doc = yaml::parse_one_document(ctx, text);
        REQUIRE(doc);
        yaml::MapReader m(ctx, doc->root, "t");
        INFO(keys << " keys");
        CHECK(m.entries().size() == static_cast<std::size_t>(keys));
        for (int i = 0; i < keys; ++i) CHECK(m.get("k" + std::to_string(i)).scalar() == "v" + std::to_string(i));
        CHECK_FALSE(m.find("k" + std::to_string(keys)));
        CHECK(has_diagnostic(diags, keys + 1, 1, "duplicate key 'k0' in t (first given at line 1)"));
        CHECK(m.where().line == 1);
    }
}

TEST_CASE("MapReader: unknown keys get a suggestion, missing required keys an error") {
    std::vector<Diagnostic> diags;
    yaml::Context ctx("f.yaml", diags);
    auto doc = yaml::parse_one_document(ctx, "vendr: A\n");
    REQUIRE(doc);
    yaml::MapReader m(ctx, doc->root, "the response", {"vendor", "product"});
    CHECK(has_diagnostic(diags, 1, 1, "unknown key 'vendr' in the response"));
    CHECK(diags.back().hint == "did you mean 'vendor'?");
    CHECK_FALSE(m.require("product").is_defined());
    CHECK(has_diagnostic(diags, 1, 1, "missing required key 'product' in the response"));
    CHECK(ctx.error_count() == 2);
}

TEST_CASE("MapReader on something that is not a map") {
    std::vector<Diagnostic> diags;
    yaml::Context ctx("f.yaml", diags);
    auto doc = yaml::parse_one_document(ctx, "- a\n- b\n");
    REQUIRE(doc);
    yaml::MapReader m(ctx, doc->root, "the response");
    CHECK_FALSE(m.ok());
    CHECK(has_diagnostic(diags, 1, 1, "the response must be a map of 'key: value' lines, not a list"));
}

TEST_CASE("typed scalars: numbers, integers, booleans and lists, each strict") {
    CHECK(yaml::parse_number("14") == 14.0);
    CHECK(yaml::parse_number("+2.5") == 2.5);
    CHECK(yaml::parse_number("1e3") == 1000.0);
    CHECK_FALSE(yaml::parse_number("1e999"));  // not finite
    CHECK_FALSE(yaml::parse_number("nan"));
    CHECK_FALSE(yaml::parse_number("0x10"));
    CHECK_FALSE(yaml::parse_number("14 days"));
    CHECK_FALSE(yaml::parse_number(""));

    std::vector<Diagnostic> diags;
    yaml::Context ctx("f.yaml", diags);
    auto doc = yaml::parse_one_document(ctx, "n: '7'\nb: yes\ni: 3.5\nl: [a, {x: 1}]\ns: [a]\n");
    REQUIRE(doc);
    yaml::MapReader m(ctx, doc->root, "t");
    CHECK(yaml::read_number(ctx, m.get("n"), "n") == 7.0);  // a quoted number is a number here
    CHECK_FALSE(yaml::read_bool(ctx, m.get("b"), "b"));      // only true and false are booleans
    CHECK(has_diagnostic(diags, 2, 4, "b must be true or false, not the text 'yes'"));
    CHECK_FALSE(yaml::read_integer(ctx, m.get("i"), "i"));
    CHECK(has_diagnostic(diags, 3, 4, "i must be a whole number"));
    CHECK_FALSE(yaml::read_string_list(ctx, m.get("l"), "l", false));
    CHECK(has_diagnostic(diags, 4, 8, "each item of l must be text, not a map"));
    CHECK(yaml::read_string_list(ctx, m.get("s"), "s", false) == std::vector<std::string>{"a"});
    CHECK_FALSE(yaml::read_string(ctx, m.get("absent"), "absent"));  // an absent key is no error
    CHECK(ctx.error_count() == 3);
}

TEST_CASE("the tree keeps marks, order, duplicates and shared aliases") {
    auto p = parse("a: &x [1, {b: ~}]\nc: *x\na: 2\nd:\n");
    REQUIRE(p.root);
    const yaml::Node& root = p.root->root;
    REQUIRE(root.is_map());
    REQUIRE(root.pairs().size() == 4);  // the duplicate 'a' is kept for MapReader to report
    CHECK(root.pairs()[0].first.scalar() == "a");
    CHECK(root.pairs()[0].first.mark().line == 0);
    const yaml::Node& list = root.pairs()[0].second;
    CHECK(list.is_sequence());
    CHECK(list.mark().column == 3);
    CHECK(list[0].scalar() == "1");
    CHECK(list[1].pairs()[0].second.is_null());
    CHECK_FALSE(list[2].is_defined());
    CHECK(root.pairs()[1].second.size() == 2);                  // the alias is the anchored list itself
    CHECK(root.pairs()[1].second.mark().line == 0);
    CHECK(root.pairs()[3].second.is_null());                    // an empty value
    CHECK(yaml::describe(root.pairs()[3].second) == "nothing (an empty value)");
    CHECK(yaml::describe(yaml::Node()) == "nothing");
}

TEST_CASE("an alias inside its own anchor is a cycle, walked without expansion") {
    auto p = parse("v: &v [*v]\n");
    REQUIRE(p.root);
    const yaml::Node& v = p.root->root.pairs()[0].second;
    REQUIRE(v.size() == 1);
    CHECK(v[0][0][0].size() == 1);  // the same node all the way down
}

TEST_CASE("an empty stream is an empty value without a place") {
    auto p = parse("");
    REQUIRE(p.root);
    CHECK(p.root->root.is_null());
    CHECK(p.root->root.mark().is_null());
}

TEST_CASE("a tab in indentation is named as such, at the tab") {
    CHECK(has_diagnostic(parse("format: 1\nanswers:\n\tCFG-01: yes\n").diagnostics, 3, 1,
                         "tab characters are not allowed for indentation in YAML"));
    CHECK(has_diagnostic(parse("a:\n  b:\n  \tc: 1\n").diagnostics, 3, 3, "tab characters are not allowed"));
    CHECK(parse("a: \"x\ty\"\nb: 1\n").diagnostics.empty());  // a tab inside a value is fine
}

TEST_CASE("aliases may share values, not multiply them past 16 times the file") {
    // One 64 KiB string named 20,000 times as evidence would copy 1.3 GB out of a 146 KB file.
    std::string text = "s: &s " + std::string(64 * 1024, 'x') + "\nevidence: [";
    for (int i = 0; i < 20000; ++i) text += i ? ", *s" : "*s";
    text += "]\n";
    auto bomb = parse(text);
    CHECK_FALSE(bomb.root);
    REQUIRE(bomb.diagnostics.size() == 1);
    CHECK(bomb.diagnostics[0].where.line == 2);
    CHECK(bomb.diagnostics[0].message.find("aliases expand this file past") == 0);
    // Ordinary anchors stay fine: a value reused a few times.
    auto fine = parse("base: &b {value: yes, evidence: [docs/a.pdf]}\nA-01: *b\nA-02: *b\nA-03: *b\n");
    CHECK(fine.root);
    CHECK(fine.diagnostics.empty());
}

TEST_CASE("duplicate keys are found in one pass, not one search per key") {
    std::string text;
    for (int i = 0; i < 40000; ++i) text += "k" + std::to_string(i % 20000) + ": 1\n";  // 80,000 values: under the limit
    std::vector<Diagnostic> diags;
    {
        yaml::Context ctx("f.yaml", diags);
        auto doc = yaml::parse_one_document(ctx, text);
        REQUIRE(doc);
        yaml::MapReader m(ctx, doc->root, "t");
        CHECK(m.entries().size() == 20000);
        CHECK(m.get("k19999").scalar() == "1");
    }
    REQUIRE(diags.size() == 101);  // 20,000 duplicates: the first hundred, then a count
    CHECK(diags[0].message == "duplicate key 'k0' in t (first given at line 1)");
    CHECK(diags.back().message == "and 19900 more problems in this file, not listed");
}

TEST_CASE("a document of more values than the limit is refused where it crosses it") {
    std::string text = "list: [";
    for (std::size_t i = 0; i < limits::max_nodes; ++i) text += "a, ";
    text += "a]\n";
    std::vector<Diagnostic> diags;
    {
        yaml::Context ctx("f.yaml", diags);
        CHECK_FALSE(yaml::parse_one_document(ctx, text));
    }
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].message == "more than 100000 values in this file");
    CHECK(diags[0].where.line == 1);
    CHECK(diags[0].where.column > 290000);  // near the end: the root map, its key and list come first
}

TEST_CASE("peek_top_level_scalar reads one top-level key and stops there") {
    using yaml::peek_top_level_scalar;
    CHECK(peek_top_level_scalar("format: 1\npack: sbd-ot\nanswers: {}\n", "pack") == std::optional<std::string>("sbd-ot"));
    CHECK(peek_top_level_scalar("pack: 'sbd-digital'\n", "pack") == std::optional<std::string>("sbd-digital"));
    CHECK(peek_top_level_scalar("{answers: {pack: x}, pack: y}", "pack") == std::optional<std::string>("y"));  // nested keys are not it
    CHECK(peek_top_level_scalar("pack: sbd-ot\npack: other\n", "pack") == std::optional<std::string>("sbd-ot"));  // the first wins
    CHECK(peek_top_level_scalar("pack: sbd-ot\nthen: [broken\n", "pack") == std::optional<std::string>("sbd-ot"));  // never read
    CHECK_FALSE(peek_top_level_scalar("pack: [a, b]\n", "pack"));
    CHECK_FALSE(peek_top_level_scalar("format: 1\n", "pack"));
    CHECK_FALSE(peek_top_level_scalar("- pack\n- x\n", "pack"));
    CHECK_FALSE(peek_top_level_scalar("just text", "pack"));
    CHECK_FALSE(peek_top_level_scalar("", "pack"));
    CHECK_FALSE(peek_top_level_scalar(std::string("pack: \xff\n"), "pack"));
    CHECK_FALSE(peek_top_level_scalar("pack: ~\n", "pack"));
    CHECK_FALSE(peek_top_level_scalar(nested(600), "pack"));
}

TEST_CASE("peek_top_level_scalar skips a header of comments itself, and only whole-line comments") {
    using yaml::peek_top_level_scalar;
    std::string header;
    for (int i = 0; i < 1000; ++i) header += "# comment line " + std::to_string(i) + "\n  \t# indented\n\n  \r\n";
    CHECK(peek_top_level_scalar(header + "pack: sbd-ot\n", "pack") == std::optional<std::string>("sbd-ot"));
    CHECK(peek_top_level_scalar("# a\r\n#b\r\npack: x\r\n", "pack") == std::optional<std::string>("x"));
    CHECK(peek_top_level_scalar("# only a comment", "pack") == std::nullopt);
    CHECK(peek_top_level_scalar("# c\n\n", "pack") == std::nullopt);
    // What follows the comments is read as YAML, as before: a document marker, a flow map, a BOM.
    CHECK(peek_top_level_scalar("# c\n---\npack: y\n", "pack") == std::optional<std::string>("y"));
    CHECK(peek_top_level_scalar("# c\n{pack: z}\n", "pack") == std::optional<std::string>("z"));
    CHECK(peek_top_level_scalar("\xef\xbb\xbfpack: b\n", "pack") == std::optional<std::string>("b"));
    CHECK(peek_top_level_scalar("# c\n- pack\n", "pack") == std::nullopt);
}
