#include "analysis/criterion_text.hpp"

#include "util/text.hpp"

namespace sbd {

std::string allowed_answers(const Criterion& c) {
    std::string unit = c.unit.empty() ? "" : " " + c.unit;
    switch (c.type) {
        case AnswerType::yesno: return "yes | partial | no";
        case AnswerType::choice: return "one of: " + join(c.option_values(), " | ");
        case AnswerType::multi: return "a list of any of: " + join(c.option_values(), ", ") + " ([] for none)";
        case AnswerType::number: {
            std::string range;
            if (c.minimum && c.maximum) range = ", from " + format_number(*c.minimum) + " to " + format_number(*c.maximum);
            else if (c.minimum) range = ", at least " + format_number(*c.minimum);
            else if (c.maximum) range = ", at most " + format_number(*c.maximum);
            return "a number" + (c.unit.empty() ? std::string() : " of " + c.unit) + range;
        }
        case AnswerType::text: return "free text (not scored)";
    }
    return "";
}

std::vector<std::string> option_lines(const Criterion& c) {
    std::vector<std::string> out;
    for (const auto& o : c.options)
        out.push_back(o.value + ": " + (o.label.empty() ? "" : o.label + " ") + "(scores " + format_number(o.score) + ")");
    return out;
}

std::vector<std::string> band_lines(const Criterion& c) {
    std::vector<std::string> out;
    const std::string unit = c.unit.empty() ? "" : " " + c.unit;
    for (const auto& b : c.bands) {
        std::string range;
        if (b.min && b.max) range = "from " + format_number(*b.min) + " to " + format_number(*b.max) + unit;
        else if (b.max) range = "up to " + format_number(*b.max) + unit;
        else if (b.min) range = "from " + format_number(*b.min) + unit;
        else range = "any other value";
        out.push_back(range + ": scores " + format_number(b.score));
    }
    return out;
}


}  // namespace sbd
