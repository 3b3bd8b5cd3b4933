#pragma once
// Small text helpers used by loaders and reports: typo suggestions, UTF-8 checks, terminal-safe
// text, widths and number formatting.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sbd {

// How much of a piece of outside text a message or a terminal cell shows (clip_text, quote_text):
// enough to recognise it, never a pasted page.
namespace shown {
constexpr std::size_t name = 60;         // a vendor, product or answer in a message or heading
constexpr std::size_t word = 40;         // a value quoted in a message
constexpr std::size_t short_field = 20;  // a version or a date
constexpr std::size_t list_item = 80;    // one entry of a list, such as evidence
}  // namespace shown

// Levenshtein distance, case-insensitive for ASCII letters.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is close enough to be a likely typo.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// Offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// 1-based line and column (in bytes) of a byte offset.
std::pair<int, int> line_column_of(std::string_view text, std::size_t offset);

// Outside text made safe for any output, in one place (every escape function and the terminal
// start here): control characters (C0, DEL, C1) and escape sequences removed, line breaks, tabs and
// U+2028/2029 turned into spaces, bidirectional overrides and isolates and invisible zero-width
// characters removed, bytes that are not UTF-8 replaced by U+FFFD.
std::string strip_control(std::string_view text);

// strip_control for formats that keep a text's lines (JSON, a CSV cell): the same cleaning, but line
// breaks and tabs stay, and U+2028/2029 become line breaks.
std::string remove_hidden(std::string_view text);

// Number of terminal columns `text` (valid UTF-8) takes: a wide (CJK) character or an emoji takes
// two, a combining mark none, a grapheme cluster (an emoji sequence, a letter with its accents) the
// width of its widest code point (Unicode's tables, from utf8proc).
std::size_t display_width(std::string_view text);

// `text` cut to at most `width` columns, never inside a grapheme cluster, with "…" marking a cut.
std::string truncate_display(std::string_view text, std::size_t width);

// `text` in Unicode normalisation form C (a decomposed "Müller" becomes the composed one), or as it
// is when it is not valid UTF-8.
std::string nfc(std::string_view text);

// Vendor text for a terminal column or message: strip_control, NFC, then cut to `width` columns.
std::string clip_text(std::string_view text, std::size_t width);

// Vendor or user text quoted for a message: '...', control characters removed, cut to `width`.
std::string quote_text(std::string_view text, std::size_t width = shown::word);

// Pads text with spaces to `width` display columns (on the left when right_align); never cuts.
std::string pad_display(const std::string& text, std::size_t width, bool right_align = false);

// `text` on one line (control characters and line breaks made spaces) and cut into lines of at
// most `width` bytes at spaces; a longer word gets a line of its own.
std::vector<std::string> wrap_words(const std::string& text, std::size_t width);

std::string join(const std::vector<std::string>& parts, std::string_view separator);

// ASCII letters in lower case, every other byte (UTF-8 included) as it is: for keywords, option
// words and file extensions, which are ASCII.
std::string ascii_lowercase(std::string_view text);

// Without leading and trailing spaces, tabs and line breaks.
std::string trim_whitespace(std::string_view text);

// Shortest text that reads back as the same double ("14", "2.5").
std::string format_number(double value);

// Fixed-point with `decimals` digits, "C" locale, no negative zero.
std::string format_fixed(double value, int decimals);

}  // namespace sbd
