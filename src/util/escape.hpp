#pragma once
// Vendor text made safe for each report format. Vendor files are untrusted: every string a report
// takes from them (or from a rule pack) goes through the function for its format, which also drops
// terminal escape sequences and control characters (see strip_control in text.hpp).

#include <string>
#include <string_view>

namespace sbd {

// One line of Markdown text (a table cell, a heading, a list item): newlines become spaces; the
// characters that start Markdown syntax (\ ` * _ [ ] | ~ and a leading # + - =) are
// backslash-escaped; < > & become entities, so no HTML gets through.
std::string markdown_escape(std::string_view text);

// One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled. Line
// breaks and tabs are kept, other control characters dropped. With `neutralise`, a field whose first
// non-blank character is = + - @ (or that starts with a tab or CR) gets a leading ' so spreadsheets
// read it as text, not a formula.
std::string csv_field(std::string_view text, bool neutralise = true);

// Text for an XML 1.0 attribute or element: & < > " ' as entities; control characters (which XML 1.0
// forbids or discourages) dropped, newlines and tabs as spaces, U+FFFE and U+FFFF dropped.
std::string xml_escape(std::string_view text);

// A file path as a relative URI reference: every byte outside A-Z a-z 0-9 - . _ ~ / is %-encoded.
std::string uri_path_escape(std::string_view path);

// A SARIF plain-text message (SARIF 2.1.0 3.11.6): control characters dropped, [ and ] escaped
// with a backslash so vendor text cannot form an embedded link.
std::string sarif_text(std::string_view text);

// One line of man(7) text: \ as \e; a - that starts a word (an option: -o, --format) as \-, so it
// stays an ASCII hyphen-minus that can be copied, while the hyphens of words (sbd-ot) stay
// hyphens; a leading . or ' (which roff would read as a request) guarded with \&. Control
// characters dropped, line breaks made spaces.
std::string roff_escape(std::string_view text);

}  // namespace sbd
