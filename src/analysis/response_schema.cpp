#include "analysis/response_schema.hpp"

#include <nlohmann/json.hpp>

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

// What the value of an answer may be, by answer type: the alternatives of an anyOf, with null
// (not answered yet) and `n/a` only where the criterion allows it.
json value_alternatives(const Criterion& c) {
    json type;
    switch (c.type) {
        case AnswerType::yesno: type = {{"enum", {"yes", "partial", "no"}}}; break;
        case AnswerType::choice: type = {{"enum", c.option_values()}}; break;
        case AnswerType::multi:
            type = {{"type", "array"}, {"items", {{"enum", c.option_values()}}}, {"uniqueItems", true}};
            break;
        case AnswerType::number:
            type = {{"type", "number"}};
            if (c.minimum) type["minimum"] = number(*c.minimum);
            if (c.maximum) type["maximum"] = number(*c.maximum);
            break;
        case AnswerType::text: type = {{"type", {"string", "number", "boolean"}}}; break;
    }
    json alternatives = json::array({type, {{"type", "null"}, {"description", "not answered yet"}}});
    if (c.na_allowed) alternatives.push_back({{"const", "n/a"}, {"description", "does not apply to this product"}});
    return alternatives;
}

json evidence_schema() {
    json item = {{"type", "string"}, {"pattern", "\\S"}};
    return {{"description", "Document paths or URLs that show the answer is true"},
            {"anyOf", json::array({item, {{"type", "array"}, {"items", item}}})}};
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
    return schema.dump(2) + "\n";
}

}  // namespace sbd
