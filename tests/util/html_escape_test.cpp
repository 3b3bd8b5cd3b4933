#include <catch2/catch.hpp>

#include "util/html_escape.hpp"

using namespace sbd;

TEST_CASE("html_escape writes the five HTML-special characters as entities") {
    CHECK(html_escape("plain text") == "plain text");
    CHECK(html_escape("a & b") == "a &amp; b");
    CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(html_escape("\"><svg onload=alert(1)>") == "&quot;&gt;&lt;svg onload=alert(1)&gt;");
    CHECK(html_escape("it's") == "it&#39;s");
    CHECK(html_escape("&lt;") == "&amp;lt;");  // already-escaped text is shown as written
}

TEST_CASE("html_escape output never contains a raw special character") {
    std::string hostile = "<img src=x onerror=alert(1)> \"'&<>` javascript:alert(1)";
    std::string out = html_escape(hostile);
    CHECK(out.find_first_of("<>\"'") == std::string::npos);
    CHECK(out == "&lt;img src=x onerror=alert(1)&gt; &quot;&#39;&amp;&lt;&gt;` javascript:alert(1)");
}

TEST_CASE("html_escape strips control characters, escape sequences and bidi overrides") {
    CHECK(html_escape("a\x07" "b\x7F" "c") == "abc");
    CHECK(html_escape("line1\nline2\tx") == "line1 line2 x");
    CHECK(html_escape("\x1b[31mred\x1b[0m") == "red");
    CHECK(html_escape("\x1b]8;;https://evil.example\x07link") == "link");
    CHECK(html_escape("a\xC2\x85" "b") == "ab");  // C1 control NEL
    // U+202E RIGHT-TO-LEFT OVERRIDE and U+2066 LEFT-TO-RIGHT ISOLATE would reorder what follows.
    CHECK(html_escape("report\xE2\x80\xAE" "fdp.exe") == "reportfdp.exe");
    CHECK(html_escape("x\xE2\x81\xA6" "y\xE2\x81\xA9") == "xy");
    CHECK(html_escape("\xE2\x80\x94 dash") == "\xE2\x80\x94 dash");  // other U+20xx text stays
}

TEST_CASE("html_escape keeps UTF-8 and replaces bytes that are not UTF-8") {
    CHECK(html_escape("Gr\xC3\xBC\xC3\x9F" "e") == "Gr\xC3\xBC\xC3\x9F" "e");
    CHECK(html_escape("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(html_escape("\xC3") == "\xEF\xBF\xBD");
    CHECK(html_escape("") == "");
}

TEST_CASE("is_web_url accepts only absolute http and https addresses") {
    CHECK(is_web_url("https://vendor.example/doc.pdf"));
    CHECK(is_web_url("http://vendor.example"));
    CHECK(is_web_url("HTTPS://VENDOR.EXAMPLE/"));
    CHECK_FALSE(is_web_url("https://"));
    CHECK_FALSE(is_web_url("javascript:alert(1)"));
    CHECK_FALSE(is_web_url("JaVaScRiPt:alert(1)"));
    CHECK_FALSE(is_web_url("data:text/html,<script>alert(1)</script>"));
    CHECK_FALSE(is_web_url("docs/manual.pdf"));
    CHECK_FALSE(is_web_url("//evil.example/x"));
    CHECK_FALSE(is_web_url("file:///etc/passwd"));
    CHECK_FALSE(is_web_url(" https://vendor.example"));
    CHECK_FALSE(is_web_url("https://vendor.example/a b"));
    CHECK_FALSE(is_web_url("https://vendor.example/\n"));
    CHECK_FALSE(is_web_url("java\tscript:alert(1)"));
}

TEST_CASE("html_link_or_text links web URLs and leaves everything else as text") {
    CHECK(html_link_or_text("https://vendor.example/a?x=1&y=2") ==
          "<a href=\"https://vendor.example/a?x=1&amp;y=2\" rel=\"noopener noreferrer\">"
          "https://vendor.example/a?x=1&amp;y=2</a>");
    CHECK(html_link_or_text("https://evil.example/\"><script>") ==
          "<a href=\"https://evil.example/&quot;&gt;&lt;script&gt;\" rel=\"noopener noreferrer\">"
          "https://evil.example/&quot;&gt;&lt;script&gt;</a>");
    CHECK(html_link_or_text("javascript:alert(1)") == "javascript:alert(1)");
    CHECK(html_link_or_text("data:text/html,<b>") == "data:text/html,&lt;b&gt;");
    CHECK(html_link_or_text("docs/a.pdf") == "docs/a.pdf");
}

TEST_CASE("css_string quotes text for a stylesheet: nothing in it can end the string, the rule or the style element") {
    CHECK(css_string("OFFICIAL-SENSITIVE") == "\"OFFICIAL-SENSITIVE\"");
    CHECK(css_string("TLP:AMBER (internal), 100%") == "\"TLP:AMBER (internal), 100%\"");
    CHECK(css_string("a\"b") == "\"a\\000022 b\"");
    CHECK(css_string("a\\b") == "\"a\\00005C b\"");
    CHECK(css_string("</style><script>") == "\"\\00003C /style\\00003E \\00003C script\\00003E \"");
    CHECK(css_string("x; } body { display: none") == "\"x; \\00007D  body \\00007B  display: none\"");
    CHECK(css_string("/* x */") == "\"/\\00002A  x \\00002A /\"");
    // Outside ASCII: the code point, whatever its length in UTF-8.
    CHECK(css_string("M\xC3\xBCller") == "\"M\\0000FC ller\"");
    CHECK(css_string("\xE6\xA0\xAA") == "\"\\00682A \"");
    CHECK(css_string("\xF0\x9F\x9A\x80") == "\"\\01F680 \"");
    // Cleaned first, as every format cleans outside text: controls, bidi overrides, bad bytes.
    CHECK(css_string("a\nb\x1b[31m\xE2\x80\xAE" "c") == "\"a bc\"");
    CHECK(css_string("a\xFF") == "\"a\\00FFFD \"");
    CHECK(css_string("") == "\"\"");
}
