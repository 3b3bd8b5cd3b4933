#include "util/text.hpp"

#include <algorithm>
#include <cmath>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <sstream>

#include <utf8proc.h>

#include <fmt/core.h>

namespace sbd {

namespace {
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    // Long inputs (pasted text) are never typos of an identifier; skip the quadratic work.
    if (word.empty() || word.size() > 64) return std::nullopt;
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const auto& c : candidates) {
        std::size_t d = edit_distance(word, c);
        if (!best || d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
    if (best && best_distance <= allowed && best_distance < std::max(word.size(), best->size())) return best;
    return std::nullopt;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII, eight bytes at a time: almost every byte of a response.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, sizeof word);
            if (word & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += len;
    }
    return std::nullopt;
}

std::pair<int, int> line_column_of(std::string_view text, std::size_t offset) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

namespace {

// Invisible or reordering characters a vendor could use to hide or disguise text (docs/security.md):
// bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069: "exe.pdf" shown as
// "fdp.exe"), the zero-width space, word joiner and byte-order mark (U+200B, U+2060, U+FEFF: "adm"
// + ZWSP + "in" looks like "admin"). Zero-width joiners stay: emoji and many scripts need them.
bool is_hidden(std::uint32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF;
}

// One UTF-8 sequence at `s[i]`: its code point and length, or length 0 when it is not UTF-8.
std::size_t decode(const unsigned char* s, std::size_t n, std::size_t i, std::uint32_t& cp) {
    const unsigned char c = s[i];
    std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > n) return 0;
    cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        if ((s[i + k] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return 0;
    return len;
}

}  // namespace

namespace {

// Text of printable ASCII only (most names, ids and answers): clean already, in NFC, one column
// per byte and one grapheme cluster per byte, so the Unicode work below can be skipped.
bool printable_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

std::string clean(std::string_view text, bool keep_line_breaks) {
    if (printable_ascii(text)) return std::string(text);
    std::string out;
    out.reserve(text.size());
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        unsigned char c = s[i];
        if (c == 0x1B) {
            // ESC: drop the whole sequence. CSI (ESC [) runs to a final byte 0x40-0x7E;
            // OSC/DCS/APC/PM/SOS (ESC ] P _ ^ X) run to BEL or ST (ESC \).
            if (i + 1 < n && s[i + 1] == '[') {
                i += 2;
                while (i < n && !(s[i] >= 0x40 && s[i] <= 0x7E)) ++i;
            } else if (i + 1 < n && (s[i + 1] == ']' || s[i + 1] == 'P' || s[i + 1] == '_' || s[i + 1] == '^' ||
                                     s[i + 1] == 'X')) {
                i += 2;
                while (i < n && s[i] != 0x07 && !(s[i] == 0x1B && i + 1 < n && s[i + 1] == '\\')) ++i;
                if (i < n && s[i] == 0x1B) ++i;
            } else {
                ++i;  // two-byte escape
            }
            continue;
        }
        if (c == '\n' || c == '\t' || c == '\r') {
            out += keep_line_breaks && c != '\r' ? static_cast<char>(c) : ' ';
            continue;
        }
        if (c < 0x20 || c == 0x7F) continue;
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        std::uint32_t cp = 0;
        const std::size_t len = decode(s, n, i, cp);
        if (len == 0) {  // a byte that is not UTF-8: the replacement character, so every format stays well-formed
            out += "\uFFFD";
            continue;
        }
        if (cp >= 0x80 && cp <= 0x9F) {  // C1 controls
        } else if (cp == 0x2028 || cp == 0x2029) {  // line and paragraph separators: line breaks
            out += keep_line_breaks ? '\n' : ' ';
        } else if (!is_hidden(cp)) {
            out.append(text.substr(i, len));
        }
        i += len - 1;
    }
    return out;
}

}  // namespace

std::string strip_control(std::string_view text) { return clean(text, false); }

std::string remove_hidden(std::string_view text) { return clean(text, true); }

std::string quote_text(std::string_view text, std::size_t width) { return "'" + clip_text(text, width) + "'"; }

std::string pad_display(const std::string& text, std::size_t width, bool right_align) {
    std::size_t w = display_width(text);
    if (w >= width) return text;
    std::string fill(width - w, ' ');
    return right_align ? fill + text : text + fill;
}

namespace {

// Calls `on_cluster(begin, end, width)` for each grapheme cluster of `text` (valid UTF-8).
template <class F>
void for_each_cluster(std::string_view text, F on_cluster) {
    const auto* s = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const auto n = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_ssize_t i = 0, start = 0;
    utf8proc_int32_t previous = -1, state = 0;
    int width = 0;
    while (i < n) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t len = utf8proc_iterate(s + i, n - i, &cp);
        if (len <= 0) {  // not UTF-8: one column per byte, so nothing is lost
            cp = 0xFFFD;
            len = 1;
        }
        if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, cp, &state)) {
            on_cluster(static_cast<std::size_t>(start), static_cast<std::size_t>(i), static_cast<std::size_t>(width));
            start = i;
            width = 0;
        }
        // U+FE0F asks for the emoji presentation, which terminals draw two columns wide.
        width = std::max(width, cp == 0xFE0F ? 2 : utf8proc_charwidth(cp));
        previous = cp;
        i += len;
    }
    if (i > start) on_cluster(static_cast<std::size_t>(start), static_cast<std::size_t>(i), static_cast<std::size_t>(width));
}

}  // namespace

std::size_t display_width(std::string_view text) {
    if (printable_ascii(text)) return text.size();
    std::size_t width = 0;
    for_each_cluster(text, [&](std::size_t, std::size_t, std::size_t w) { width += w; });
    return width;
}

std::string truncate_display(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) return std::string(text);
    if (width == 0) return {};
    std::size_t used = 0, cut = 0;
    bool full = false;
    for_each_cluster(text, [&](std::size_t, std::size_t end, std::size_t w) {
        if (full || used + w > width - 1) {  // one column is kept for the ellipsis
            full = true;
            return;
        }
        used += w;
        cut = end;
    });
    return std::string(text.substr(0, cut)) + "\u2026";
}

std::string nfc(std::string_view text) {
    if (std::all_of(text.begin(), text.end(), [](char c) { return c != 0 && static_cast<unsigned char>(c) < 0x80; }))
        return std::string(text);  // ASCII is its own normal form (a NUL would end the text below)
    std::string copy(text);  // utf8proc wants a NUL-terminated string
    utf8proc_uint8_t* normal = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(copy.c_str()));
    if (!normal) return copy;
    std::string out(reinterpret_cast<const char*>(normal));
    std::free(normal);
    return out;
}

std::string clip_text(std::string_view text, std::size_t width) {
    // Clip before cleaning: a 256 KiB answer quoted in a message must cost what the message shows,
    // not a pass over all of it (escape sequences may take the room of a few shown characters).
    if (width != std::string::npos && text.size() > 16 * width + 256) text = text.substr(0, 16 * width + 256);
    return truncate_display(nfc(strip_control(text)), width);
}

std::vector<std::string> wrap_words(const std::string& text, std::size_t width) {
    std::istringstream words(strip_control(text));
    std::vector<std::string> lines;
    std::string line;
    std::string word;
    while (words >> word) {
        if (!line.empty() && line.size() + 1 + word.size() > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

std::string ascii_lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string trim_whitespace(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return "";
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

std::string format_number(double value) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, end) : format_fixed(value, 6);
}

std::string format_fixed(double value, int decimals) {
    std::string out = fmt::format("{:.{}f}", value, decimals);
    // "-0.0" reads as a negative score; show "0.0".
    if (out[0] == '-' && out.find_first_not_of("-0.") == std::string::npos) out.erase(0, 1);
    return out;
}

}  // namespace sbd
