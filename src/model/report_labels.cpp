#include "model/report_labels.hpp"

#include "util/text.hpp"

namespace sbd {

std::optional<std::string> label_problem(std::string_view text, std::size_t max_characters) {
    if (find_invalid_utf8(text)) return "must be UTF-8 text";
    if (text.find_first_of("\r\n") != std::string_view::npos) return "must be one line";
    // strip_control removes what a reader cannot see (controls, escape sequences, bidirectional
    // overrides, zero-width characters) and turns tabs into spaces: a label it changes hides something.
    if (strip_control(text) != text) return "must not contain tabs, control characters or invisible characters";
    if (text.find_first_not_of(' ') == std::string_view::npos) return "must not be blank";
    std::size_t characters = 0;
    for (unsigned char c : text) characters += (c & 0xC0) != 0x80;
    if (characters > max_characters)
        return "is " + std::to_string(characters) + " characters long; at most " + std::to_string(max_characters) + " fit a page";
    return std::nullopt;
}

ReportLabels merge_labels(const ReportLabels& base, const ReportLabels& over) {
    ReportLabels out = base;
    if (!over.title.empty()) out.title = over.title;
    if (!over.organisation.empty()) out.organisation = over.organisation;
    if (!over.classification.empty()) out.classification = over.classification;
    return out;
}

}  // namespace sbd
