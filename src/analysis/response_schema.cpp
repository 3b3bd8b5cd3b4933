#include "analysis/response_schema.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>

#include "analysis/criterion_text.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

using json = nlohmann::ordered_json;

// Header text fields: not empty, not a template placeholder such as "<vendor name>".
json header_text(const std::string& title, const std::string& description) {
    return {{"title", title},
            {"description", description},
            {"type", "string"},
            {"pattern", "\\S"},
            {"not", {{"pattern", "^<(vendor name|product name|product version|YYYY-MM-DD)>$"}}}};
}

// Whole numbers as JSON integers (0, not 0.0), for readable bounds.
json number(double v) {
    if (v == std::floor(v) && std::fabs(v) < 1e15) return static_cast<long long>(v);
    return v;
}

// A pattern matching any of `words` whatever the letter case: the loader reads "YES" and "FIDO2"
// as "yes" and "fido2" (with a warning), so the schema accepts them too (docs/responses.md).
std::string any_case(const std::vector<std::string>& words) {
    std::string out = "^(";
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i) out += "|";
        for (char ch : words[i]) {
            const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
            if (letter) out += std::string("[") + static_cast<char>(std::tolower(ch)) + static_cast<char>(std::toupper(ch)) + "]";
            else if (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_') out += ch;
            else out += std::string("\\") + ch;
        }
    }
    return out + ")$";
}

// The spellings an editor should offer (exact), and the case variants the loader also reads.
json options_schema(const std::vector<std::string>& options) {
    return {{"anyOf", json::array({{{"enum", options}}, {{"type", "string"}, {"pattern", any_case(options)}}})}};
}

// What the value of an answer may be, by answer type: the alternatives of an anyOf, with null
// (not answered yet) and `n/a` only where the criterion allows it.
json value_alternatives(const Criterion& c) {
    json type;
    switch (c.type) {
        case AnswerType::yesno: type = options_schema({"yes", "partial", "no"}); break;
        case AnswerType::choice: type = options_schema(c.option_values()); break;
        case AnswerType::multi:
            type = {{"type", "array"}, {"items", options_schema(c.option_values())}, {"uniqueItems", true}};
            break;
        case AnswerType::number: {
            json plain = {{"type", "number"}};
            if (c.minimum) plain["minimum"] = number(*c.minimum);
            if (c.maximum) plain["maximum"] = number(*c.maximum);
            // A number in quotes is read (with a warning); its range is checked by the loader.
            json quoted = {{"type", "string"}, {"pattern", "^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?$"}};
            type = {{"anyOf", json::array({plain, quoted})}};
            break;
        }
        case AnswerType::text: type = {{"type", {"string", "number", "boolean"}}}; break;
    }
    json alternatives = json::array({type, {{"type", "null"}, {"description", "not answered yet"}}});
    if (c.na_allowed)
        alternatives.push_back({{"type", "string"}, {"pattern", any_case({"n/a"})}, {"description", "does not apply to this product"}});
    return alternatives;
}

json evidence_schema() {
    json text = {{"type", "string"}, {"pattern", "\\S"}};
    // The long form pins a file in the bundle by its SHA-256 (docs/evidence.md#pinning-a-file).
    json pinned = {{"type", "object"},
                   {"additionalProperties", false},
                   {"required", {"path", "sha256"}},
                   {"properties", {{"path", text}, {"sha256", {{"type", "string"}, {"pattern", "^[0-9a-fA-F]{64}$"}}}}}};
    json item = {{"anyOf", json::array({text, pinned})}};
    return {{"description", "Document paths (relative to the response) or URLs that show the answer is true, or "
                            "{path, sha256} pinning a file (empty: none)"},
            {"anyOf", json::array({text, pinned, {{"type", "array"}, {"items", item}}, {{"type", "null"}}})}};
}

json answer_schema(const Criterion& c) {
    const std::string title = c.id + " " + strip_control(c.title);
    std::string description = strip_control(c.question) + " Answer: " + allowed_answers(c) + ".";
    if (c.gate) description += " Must-have: passes only with " + c.gate_requirement() + ".";
    if (c.evidence) description += " Evidence expected.";
    json alternatives = value_alternatives(c);
    json long_form = {{"type", "object"},
                      {"additionalProperties", false},
                      {"required", {"value"}},
                      {"properties",
                       {{"value", {{"anyOf", alternatives}}},
                        {"evidence", evidence_schema()},
                        {"comment", {{"type", "string"}}}}}};
    alternatives.push_back(long_form);
    return {{"title", title}, {"description", description}, {"anyOf", alternatives}};
}

// `category`: one of the pack's product categories (a pack without categories has no such property,
// and additionalProperties refuses it).
json category_schema(const RulePack& pack) {
    json ids = json::array();
    std::vector<std::string> listed;
    for (const auto& c : pack.categories) {
        ids.push_back(c.id);
        listed.push_back(c.id + " (" + strip_control(c.title) + ")");
    }
    return {{"title", "Product category"},
            {"description", "The kind of product or service, for the buyer's risk tolerance: " + join(listed, ", ")},
            {"enum", ids}};
}

}  // namespace

std::string render_response_schema(const RulePack& pack) {
    json answers = json::object();
    for (const auto& p : pack.priorities)
        for (const auto& c : p.criteria) answers[c.id] = answer_schema(c);
    json schema = {
        {"$schema", "http://json-schema.org/draft-07/schema#"},
        {"title", "Response to " + strip_control(pack.title) + " (" + pack.id + " " + pack.version + ")"},
        {"description", "A vendor's answers to rule pack " + pack.id + ", read by sbdscore (see docs/responses.md)."},
        {"type", "object"},
        {"additionalProperties", false},
        {"required", {"format", "pack", "vendor", "product", "version", "date", "answers"}},
        {"properties",
         {{"format", {{"title", "Response format"}, {"description", "The response format version: 1"}, {"const", 1}}},
          {"pack", {{"title", "Rule pack"}, {"description", "The id of the rule pack this file answers"}, {"const", pack.id}}},
          {"pack_version",
           {{"title", "Rule pack version"}, {"description", "The version of the pack the vendor answered"}, {"type", "string"}}},
          {"vendor", header_text("Vendor", "The vendor's name")},
          {"product", header_text("Product", "The product's name")},
          {"version", header_text("Product version", "The product version assessed (quote it: 7.10 is not 7.1)")},
          {"date",
           {{"title", "Date"},
            {"description", "The date of the answers, YYYY-MM-DD"},
            {"type", "string"},
            {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}},
          {"contact", {{"title", "Contact"}, {"description", "Who answers questions about this response"}, {"type", "string"}}},
          {"answers",
           {{"title", "Answers"},
            {"description", "Criterion id to answer: the value alone, or {value, evidence, comment}"},
            {"type", "object"},
            {"additionalProperties", false},
            {"properties", answers}}}}}};
    if (!pack.categories.empty()) {
        auto& properties = schema["properties"];
        properties["category"] = category_schema(pack);
    }
    return schema.dump(2) + "\n";
}

}  // namespace sbd
