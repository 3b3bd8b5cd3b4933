#include "util/escape.hpp"

#include <fmt/core.h>

#include "util/text.hpp"

namespace sbd {

std::string markdown_escape(std::string_view text) {
    const std::string clean = strip_control(text);
    std::string out;
    out.reserve(clean.size() + 8);
    for (std::size_t i = 0; i < clean.size(); ++i) {
        char c = clean[i];
        switch (c) {
            case '<': out += "&lt;"; continue;
            case '>': out += "&gt;"; continue;
            case '&': out += "&amp;"; continue;
            case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~':
                out += '\\';
                out += c;
                continue;
            default: break;
        }
        // Block syntax only matters where a line starts: a heading, list or setext underline.
        if (i == 0 && (c == '#' || c == '+' || c == '-' || c == '=')) out += '\\';
        out += c;
    }
    return out;
}

namespace {

// Whether a spreadsheet could take the cell for a formula: its first visible character is = + - @,
// or their fullwidth forms (＝＋－＠, which some spreadsheets fold to ASCII), after any spaces,
// tabs, line breaks or no-break spaces (zero-width characters and byte-order marks were removed).
bool starts_formula(const std::string& s) {
    if (s.empty()) return false;
    if (s[0] == '\t' || s[0] == '\r') return true;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') ++i;
        else if (s.compare(i, 2, "\xC2\xA0") == 0) i += 2;  // U+00A0 no-break space
        else break;
    }
    if (i >= s.size()) return false;
    const char c = s[i];
    if (c == '=' || c == '+' || c == '-' || c == '@') return true;
    for (const char* fullwidth : {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"})  // U+FF1D, FF0B, FF0D, FF20
        if (s.compare(i, 3, fullwidth) == 0) return true;
    return false;
}

}  // namespace

std::string csv_field(std::string_view text, bool neutralise) {
    std::string s = remove_hidden(text);  // CSV can carry line breaks inside a quoted field
    if (neutralise && starts_formula(s)) s.insert(0, 1, '\'');
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string xml_escape(std::string_view text) {
    const std::string clean = strip_control(text);
    std::string out;
    out.reserve(clean.size() + 8);
    for (std::size_t i = 0; i < clean.size(); ++i) {
        char c = clean[i];
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML 1.0 characters.
        if (static_cast<unsigned char>(c) == 0xEF && i + 2 < clean.size() && static_cast<unsigned char>(clean[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(clean[i + 2]) == 0xBE || static_cast<unsigned char>(clean[i + 2]) == 0xBF)) {
            i += 2;
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string uri_path_escape(std::string_view path) {
    std::string out;
    for (char ch : path) {
        auto c = static_cast<unsigned char>(ch);
        bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                     c == '_' || c == '~' || c == '/';
        if (plain) {
            out += ch;
        } else {
            fmt::format_to(std::back_inserter(out), "%{:02X}", c);
        }
    }
    return out;
}

std::string sarif_text(std::string_view text) {
    const std::string clean = strip_control(text);
    std::string out;
    for (std::size_t i = 0; i < clean.size(); ++i) {
        char c = clean[i];
        bool before_bracket = i + 1 < clean.size() && (clean[i + 1] == '[' || clean[i + 1] == ']');
        if (c == '[' || c == ']' || (c == '\\' && before_bracket)) out += '\\';
        out += c;
    }
    return out;
}

std::string roff_escape(std::string_view text) {
    const std::string clean = strip_control(text);
    std::string out;
    for (std::size_t i = 0; i < clean.size(); ++i) {
        char c = clean[i];
        char before = i == 0 ? ' ' : clean[i - 1];
        if (i == 0 && (c == '.' || c == '\'')) out += "\\&";
        if (c == '\\') out += "\\e";
        else if (c == '-' && (std::string_view(" ([{=/,'\"-").find(before) != std::string_view::npos)) out += "\\-";
        else out += c;
    }
    return out;
}

}  // namespace sbd
