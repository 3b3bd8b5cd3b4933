#include <catch2/catch.hpp>

#include "util/escape.hpp"

using namespace sbd;

TEST_CASE("markdown_escape neutralises table, code, link and HTML syntax") {
    CHECK(markdown_escape("a|b") == "a\\|b");
    CHECK(markdown_escape("`code`") == "\\`code\\`");
    CHECK(markdown_escape("[x](http://e)") == "\\[x\\](http://e)");
    CHECK(markdown_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(markdown_escape("&amp;") == "&amp;amp;");
    CHECK(markdown_escape("*bold* _it_ ~s~ back\\slash") == "\\*bold\\* \\_it\\_ \\~s\\~ back\\\\slash");
}

TEST_CASE("markdown_escape escapes block syntax only at the start") {
    CHECK(markdown_escape("# Title") == "\\# Title");
    CHECK(markdown_escape("- item") == "\\- item");
    CHECK(markdown_escape("=x") == "\\=x");
    CHECK(markdown_escape("C# and a-b") == "C# and a-b");
}

TEST_CASE("markdown_escape keeps one line and drops control characters") {
    CHECK(markdown_escape("one\ntwo\r\nthree") == "one two  three");
    CHECK(markdown_escape("\x1b[31mred\x1b[0m\x07") == "red");
    CHECK(markdown_escape("caf\xc3\xa9") == "caf\xc3\xa9");
}

TEST_CASE("csv_field quotes only when RFC 4180 needs it") {
    CHECK(csv_field("plain text") == "plain text");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("") == "");
}

TEST_CASE("csv_field neutralises formula starts") {
    CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_field("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0");
    CHECK(csv_field("-2+3") == "'-2+3");
    CHECK(csv_field("@SUM(1)") == "'@SUM(1)");
    CHECK(csv_field("\t=1") == "'\t=1");
    CHECK(csv_field("  =1") == "'  =1");
    CHECK(csv_field("a=1") == "a=1");
    CHECK(csv_field("-2", false) == "-2");
}

TEST_CASE("csv_field drops escape sequences and CR but keeps tabs and line feeds") {
    CHECK(csv_field("a\x1b[31mb") == "ab");
    CHECK(csv_field("a\tb") == "a\tb");
    CHECK(csv_field("a\r\nb") == "\"a \nb\"");
}

TEST_CASE("xml_escape gives well-formed XML 1.0 text") {
    CHECK(xml_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    CHECK(xml_escape("]]>") == "]]&gt;");
    CHECK(xml_escape(std::string("a\0b\x01\x1b[31mc", 10)) == "abc");
    CHECK(xml_escape("x\xef\xbf\xbey\xef\xbf\xbfz") == "xyz");
    CHECK(xml_escape("\xe2\x82\xac") == "\xe2\x82\xac");
}

TEST_CASE("uri_path_escape percent-encodes all but unreserved characters and slashes") {
    CHECK(uri_path_escape("examples/a-b_c.yaml") == "examples/a-b_c.yaml");
    CHECK(uri_path_escape("my vendors/x [1].yaml") == "my%20vendors/x%20%5B1%5D.yaml");
    CHECK(uri_path_escape("c:%.yaml") == "c%3A%25.yaml");
    CHECK(uri_path_escape("\xc3\xa9") == "%C3%A9");
}

TEST_CASE("sarif_text escapes brackets so vendor text cannot form embedded links") {
    CHECK(sarif_text("see [here](1)") == "see \\[here\\](1)");
    CHECK(sarif_text("a\\[b") == "a\\\\\\[b");
    CHECK(sarif_text("a\\b") == "a\\b");
    CHECK(sarif_text("x\x1b]0;t\x07y") == "xy");
}

TEST_CASE("roff_escape keeps man(7) requests out and options copyable") {
    CHECK(roff_escape("Use --format json or -o FILE") == "Use \\-\\-format json or \\-o FILE");
    CHECK(roff_escape("the sbd-ot pack, draft-07") == "the sbd-ot pack, draft-07");
    CHECK(roff_escape(".TH injected") == "\\&.TH injected");
    CHECK(roff_escape("'\\\" comment") == "\\&'\\e\" comment");
    CHECK(roff_escape("a\\fBbold") == "a\\efBbold");
    CHECK(roff_escape("line\nbreak\x1b[31m") == "line break");
    CHECK(roff_escape("(--strict)") == "(\\-\\-strict)");
}
