#include "util/html_escape.hpp"

#include "util/text.hpp"

namespace sbd {

std::string html_escape(std::string_view text) {
    const std::string clean = strip_control(text);  // controls, bidi overrides, bad UTF-8: as in every format
    std::string out;
    out.reserve(clean.size() + clean.size() / 8);
    for (char c : clean) {
        switch (c) {
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

std::string css_string(std::string_view text) {
    const std::string clean = strip_control(text);  // valid UTF-8 from here on
    static constexpr std::string_view kept = "-_.,:;()/+!?@#%= ";
    std::string out = "\"";
    for (std::size_t i = 0; i < clean.size();) {
        const auto c = static_cast<unsigned char>(clean[i]);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kept.find(static_cast<char>(c)) != kept.npos) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t code = length == 1 ? c : c & (0x7F >> length);
        for (std::size_t k = 1; k < length && i + k < clean.size(); ++k) code = (code << 6) | (clean[i + k] & 0x3F);
        // Six hex digits and a space: the space ends the escape and is not part of the string.
        static constexpr char hex[] = "0123456789ABCDEF";
        out += '\\';
        for (int shift = 20; shift >= 0; shift -= 4) out += hex[(code >> shift) & 0xF];
        out += ' ';
        i += length;
    }
    return out + "\"";
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
