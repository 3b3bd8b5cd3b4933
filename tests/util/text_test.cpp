#include <catch2/catch.hpp>

#include "util/text.hpp"

using namespace sbd;

TEST_CASE("edit_distance counts single edits, ignoring ASCII case") {
    CHECK(edit_distance("AUT-01", "AUT-01") == 0);
    CHECK(edit_distance("AUTH-01", "AUT-01") == 1);
    CHECK(edit_distance("aut-01", "AUT-01") == 0);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("closest_match suggests near misses only") {
    std::vector<std::string> ids = {"AUT-01", "AUT-02", "DEF-01", "VUL-03"};
    CHECK(closest_match("DEF-1", ids) == std::optional<std::string>("DEF-01"));
    CHECK(closest_match("AUTH-01", ids) == std::optional<std::string>("AUT-01"));
    CHECK_FALSE(closest_match("completely-different", ids).has_value());
    CHECK_FALSE(closest_match("", ids).has_value());
    CHECK_FALSE(closest_match(std::string(200, 'A'), ids).has_value());
}

TEST_CASE("find_invalid_utf8 finds the first bad byte") {
    CHECK_FALSE(find_invalid_utf8("plain ascii").has_value());
    CHECK_FALSE(find_invalid_utf8("Gr\xC3\xBC\xC3\x9F" "e \xE2\x82\xAC \xF0\x9F\x98\x80").has_value());
    CHECK(find_invalid_utf8("ab\xFF") == std::optional<std::size_t>(2));
    CHECK(find_invalid_utf8("a\xC3") == std::optional<std::size_t>(1));         // truncated
    CHECK(find_invalid_utf8("\xC0\xAF") == std::optional<std::size_t>(0));      // overlong '/'
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == std::optional<std::size_t>(1));  // surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == std::optional<std::size_t>(0));  // > U+10FFFF
}

TEST_CASE("find_invalid_utf8 finds a bad byte at any offset, past long ASCII runs") {
    for (std::size_t at = 0; at < 40; ++at) {
        std::string text(at, 'a');
        text += "\xFF";
        text += std::string(17, 'b');
        CHECK(find_invalid_utf8(text) == std::optional<std::size_t>(at));
        text[at] = '\xC3';  // a truncated sequence: the next byte is ASCII
        CHECK(find_invalid_utf8(text) == std::optional<std::size_t>(at));
        text.replace(at, 1, "\xC3\xA9");  // valid: é
        CHECK_FALSE(find_invalid_utf8(text).has_value());
    }
}

TEST_CASE("plain ASCII takes the short way through the Unicode functions, to the same result") {
    const std::string ascii = "Northwind Controls NW-PLC7 (v4.2) ~!@#$%^&*_+={}[]|:;'<>,.?/";
    CHECK(display_width(ascii) == ascii.size());
    CHECK(nfc(ascii) == ascii);
    CHECK(strip_control(ascii) == ascii);
    CHECK(clip_text(ascii, 10) == "Northwind\u2026");
    // One byte that is not printable ASCII and the whole text takes the long way.
    CHECK(strip_control(ascii + "\x1b[2J") == ascii);
    CHECK(strip_control("a\tb\x7f") == "a b");
    CHECK(display_width("ab\xe4\xb8\xad") == 4);  // a wide CJK character
    CHECK(nfc("e\xcc\x81") == "\xc3\xa9");            // e + combining acute: composed
}

TEST_CASE("line_column_of is 1-based") {
    CHECK(line_column_of("ab\ncd", 0) == std::pair<int, int>(1, 1));
    CHECK(line_column_of("ab\ncd", 4) == std::pair<int, int>(2, 2));
}

TEST_CASE("strip_control removes escape sequences and control characters") {
    CHECK(strip_control("plain") == "plain");
    CHECK(strip_control("red\x1b[31mtext\x1b[0m") == "redtext");
    CHECK(strip_control("title\x1b]0;pwned\x07 end") == "title end");
    CHECK(strip_control("a\nb\tc") == "a b c");
    CHECK(strip_control("bell\x07 nul\x01") == "bell nul");
    CHECK(strip_control("c1\xC2\x9B" "31m") == "c131m");
    CHECK(strip_control("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("truncate_display cuts on code points and marks the cut") {
    CHECK(truncate_display("short", 10) == "short");
    CHECK(truncate_display("abcdefgh", 5) == "abcd\u2026");
    CHECK(display_width(truncate_display("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3)) == 3);
}

TEST_CASE("format_fixed and format_number") {
    CHECK(format_fixed(69.95, 1) == "70.0");
    CHECK(format_fixed(-0.0001, 1) == "0.0");
    CHECK(format_fixed(5, 0) == "5");
    CHECK(format_number(14) == "14");
    CHECK(format_number(2.5) == "2.5");
}

TEST_CASE("wrap_words keeps lines within the width and removes line breaks") {
    CHECK(wrap_words("one two three four", 9) == std::vector<std::string>{"one two", "three", "four"});
    CHECK(wrap_words("a\nb\r\nc\x1b[2J", 80) == std::vector<std::string>{"a b c"});
    CHECK(wrap_words("  ", 10).empty());
    CHECK(wrap_words("averyveryverylongword x", 5) == std::vector<std::string>{"averyveryverylongword", "x"});
}

TEST_CASE("display_width counts the columns a terminal draws, by Unicode's tables") {
    CHECK(display_width("Acme") == 4);
    CHECK(display_width("株式会社") == 8);           // wide: two columns each
    CHECK(display_width("Rocket 🚀") == 9);          // an emoji: two
    CHECK(display_width("M\xc3\xbcller") == 6);      // composed ü
    CHECK(display_width("Mu\xcc\x88ller") == 6);     // u + combining diaeresis: still one column
    CHECK(display_width("\xf0\x9f\x9b\xb0\xef\xb8\x8f") == 2);  // satellite + VS16: emoji presentation
    CHECK(display_width("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x94\xac") == 2);  // woman + ZWJ + microscope: one cluster
}

TEST_CASE("truncate_display never cuts inside a wide character or a grapheme cluster") {
    CHECK(truncate_display("株式会社山田", 5) == "株式\u2026");  // 4 columns and the ellipsis
    CHECK(truncate_display("Mu\xcc\x88ller", 3) == "Mu\xcc\x88\u2026");  // the accent stays with its letter
    CHECK(truncate_display("short", 10) == "short");
    CHECK(display_width(truncate_display("Rocket 🚀 Automation", 8)) <= 8);
}

TEST_CASE("nfc composes; clip_text shows vendor text composed and clean") {
    CHECK(nfc("Mu\xcc\x88ller") == "M\xc3\xbcller");
    CHECK(nfc("caf\xe9") == "caf\xe9");  // not UTF-8: left as it is
    CHECK(clip_text("Mu\xcc\x88ller\x1b[2J", 20) == "M\xc3\xbcller");
}

TEST_CASE("ascii_lowercase lowers ASCII letters only; trim_whitespace drops spaces, tabs and line breaks at the ends") {
    CHECK(ascii_lowercase("Report.SARIF.Json") == "report.sarif.json");
    CHECK(ascii_lowercase("MÜLLER-2") == "mÜller-2");  // UTF-8 bytes stay as they are
    CHECK(trim_whitespace(" \t a b \r\n") == "a b");
    CHECK(trim_whitespace(" \t\r\n").empty());
    CHECK(trim_whitespace("x") == "x");
}
