#pragma once
// What a report says about itself to its reader: its title, the organisation it is written for, and
// a classification marking ("OFFICIAL-SENSITIVE", "TLP:AMBER") printed on every page. They come from
// evaluate's --title, --organisation and --classification, or from a profile's keys of the same names.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sbd {

struct ReportLabels {
    std::string title;           // empty: the report's own title ("Vendor security scorecard")
    std::string organisation;    // empty: none shown
    std::string classification;  // empty: no marking
};

// The longest label, in characters (code points): enough for a board paper's title, short enough
// for a page header.
constexpr std::size_t max_title_characters = 120;
constexpr std::size_t max_organisation_characters = 120;
constexpr std::size_t max_classification_characters = 60;

// Why `text` cannot be a label of at most `max_characters` characters, as the end of a sentence
// ("must be one line"), or nullopt when it can: one line of valid UTF-8 without control characters,
// not blank. Labels are printed in page margins, where a second line or a hidden character has no
// place, so they are refused rather than cleaned.
std::optional<std::string> label_problem(std::string_view text, std::size_t max_characters);

// `over`'s labels where it has them, `base`'s otherwise: a command-line option overrides the
// profile, and a profile file its base.
ReportLabels merge_labels(const ReportLabels& base, const ReportLabels& over);

}  // namespace sbd
