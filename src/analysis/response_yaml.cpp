#include "analysis/response_yaml.hpp"

#include <cctype>

#include "analysis/questionnaire.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

// An option value as YAML: plain when it is a simple word YAML reads as that text (fido2,
// ssl-tls10-11), double-quoted otherwise (a value such as "yes please", "1.0" or "null").
std::string option_value(const std::string& value) {
    bool word = !value.empty() && value.size() <= 64 && std::isalpha(static_cast<unsigned char>(value[0]));
    for (char c : value) word = word && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.');
    static const char* const special[] = {"null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "y", "Y", "n", "N",
                                          "on", "On", "ON", "off", "Off", "OFF"};
    for (const char* s : special) word = word && value != s;
    return word ? value : yaml_double_quoted(value);
}

std::string answer_value(const Criterion& c, const Answer& a) {
    if (a.not_applicable) return "n/a";
    switch (c.type) {
        case AnswerType::yesno: return a.value;  // yes, partial or no
        case AnswerType::choice: return option_value(a.value);
        case AnswerType::multi: {
            std::vector<std::string> items;
            for (const auto& choice : a.choices) items.push_back(option_value(choice));
            return "[" + join(items, ", ") + "]";
        }
        case AnswerType::number: return a.value;  // as read: a number YAML reads back as the same number
        case AnswerType::text: return yaml_double_quoted(a.value);
    }
    return yaml_double_quoted(a.value);
}

void write_answer(std::string& out, const Criterion& c, const Answer& a) {
    if (a.evidence.empty() && a.comment.empty()) {
        out += "  " + c.id + ": " + answer_value(c, a) + "\n";
        return;
    }
    out += "  " + c.id + ":\n    value: " + answer_value(c, a) + "\n";
    if (!a.evidence.empty()) {
        out += "    evidence:\n";
        for (std::size_t i = 0; i < a.evidence.size(); ++i) {
            const std::string pin = i < a.evidence_checks.size() ? a.evidence_checks[i].pinned_sha256 : std::string();
            if (pin.empty()) out += "      - " + yaml_double_quoted(a.evidence[i]) + "\n";
            else out += "      - {path: " + yaml_double_quoted(a.evidence[i]) + ", sha256: " + yaml_double_quoted(pin) + "}\n";
        }
    }
    if (!a.comment.empty()) out += "    comment: " + yaml_double_quoted(a.comment) + "\n";
}

}  // namespace

std::string render_response_yaml(const RulePack& pack, const VendorResponse& r, const std::string& source) {
    std::string out = "# Imported by sbdscore from " + strip_control(source) + "\n";
    out += "format: 1\n";
    out += "pack: " + yaml_double_quoted(r.pack_id.empty() ? pack.id : r.pack_id) + "\n";
    if (!r.pack_version.empty()) out += "pack_version: " + yaml_double_quoted(r.pack_version) + "\n";
    out += "vendor: " + yaml_double_quoted(r.vendor) + "\n";
    out += "product: " + yaml_double_quoted(r.product) + "\n";
    out += "version: " + yaml_double_quoted(r.version) + "\n";
    out += "date: " + yaml_double_quoted(r.date) + "\n";
    if (!r.contact.empty()) out += "contact: " + yaml_double_quoted(r.contact) + "\n";
    if (!r.category.empty()) out += "category: " + yaml_double_quoted(r.category) + "\n";
    std::string answers;
    for (const auto& p : pack.priorities) {
        for (const auto& c : p.criteria) {
            if (auto a = r.answers.find(c.id); a != r.answers.end()) write_answer(answers, c, a->second);
            else if (r.blank_answers.count(c.id)) answers += "  " + c.id + ": ~\n";
        }
    }
    return out + (answers.empty() ? "answers: {}\n" : "answers:\n" + answers);
}

}  // namespace sbd
