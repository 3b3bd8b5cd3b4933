#include "util/html_escape.hpp"

#include "util/text.hpp"

namespace sbd {

namespace {

// U+202A..U+202E (embeddings, overrides) and U+2066..U+2069 (isolates) reorder the text around
// them: a vendor could make "exe.pdf" read as "fdp.exe". Encoded as E2 80 AA..AE, E2 81 A6..A9.
bool is_bidi_control(std::string_view s, std::size_t i) {
    if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE2) return false;
    auto b1 = static_cast<unsigned char>(s[i + 1]);
    auto b2 = static_cast<unsigned char>(s[i + 2]);
    return (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
}

std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        auto bad = find_invalid_utf8(text);
        if (!bad) {
            out += text;
            break;
        }
        out += text.substr(0, *bad);
        out += "\uFFFD";
        text.remove_prefix(*bad + 1);
    }
    return out;
}

}  // namespace

std::string html_escape(std::string_view text) {
    const std::string clean = valid_utf8(strip_control(text));
    std::string out;
    out.reserve(clean.size() + clean.size() / 8);
    for (std::size_t i = 0; i < clean.size(); ++i) {
        if (is_bidi_control(clean, i)) {
            i += 2;
            continue;
        }
        switch (char c = clean[i]) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

bool is_web_url(std::string_view url) {
    auto starts_with_ci = [&](std::string_view prefix) {
        if (url.size() <= prefix.size()) return false;  // the scheme alone is no address
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            char c = url[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != prefix[i]) return false;
        }
        return true;
    };
    if (!starts_with_ci("http://") && !starts_with_ci("https://")) return false;
    for (unsigned char c : url)
        if (c <= 0x20 || c == 0x7F) return false;
    return true;
}

std::string html_link_or_text(std::string_view url) {
    std::string text = html_escape(url);
    if (!is_web_url(url)) return text;
    return "<a href=\"" + text + "\" rel=\"noopener noreferrer\">" + text + "</a>";
}

}  // namespace sbd
