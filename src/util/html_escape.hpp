#pragma once
// Untrusted text made safe for HTML (and inline SVG): the only way vendor and pack strings reach
// the HTML report.

#include <string>
#include <string_view>

namespace sbd {

// `text` safe as HTML text and as a quoted attribute value: control characters, escape sequences
// and bidirectional overrides removed (newlines and tabs become spaces), bytes that are not UTF-8
// replaced by U+FFFD, and & < > " ' written as entities.
std::string html_escape(std::string_view text);

// `text` as a double-quoted CSS string for the report's stylesheet (a page header's `content:`):
// cleaned as html_escape cleans it, then every character but ASCII letters, digits, spaces and
// - _ . , : ; ( ) / + ! ? @ # % = written as a CSS escape (\00003C ), so nothing in it can end the
// string, the rule or the <style> element.
std::string css_string(std::string_view text);

// True for an absolute http:// or https:// URL (scheme in any case) with no whitespace or control
// characters: the only kind of address the HTML report turns into a link.
bool is_web_url(std::string_view url);

// A link to `url` when is_web_url(url) (rel="noopener noreferrer"), otherwise the escaped text,
// so javascript:, data: and file paths are never clickable.
std::string html_link_or_text(std::string_view url);

}  // namespace sbd
