#include "model/rule_pack.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace sbd {

const char* to_string(AnswerType t) {
    switch (t) {
        case AnswerType::yesno: return "yesno";
        case AnswerType::choice: return "choice";
        case AnswerType::multi: return "multi";
        case AnswerType::number: return "number";
        case AnswerType::text: return "text";
    }
    return "text";
}

const Option* Criterion::find_option(const std::string& value) const {
    for (const auto& o : options)
        if (o.value == value) return &o;
    return nullptr;
}

std::vector<std::string> Criterion::option_values() const {
    std::vector<std::string> out;
    for (const auto& o : options) out.push_back(o.value);
    return out;
}

std::string Criterion::gate_requirement() const {
    std::vector<std::string> passing;
    switch (type) {
        case AnswerType::yesno:
            if (yes_score >= gate_min_score) passing.push_back("yes");
            if (partial_score >= gate_min_score) passing.push_back("partial");
            if (no_score >= gate_min_score) passing.push_back("no");
            break;
        case AnswerType::choice:
            for (const auto& o : options)
                if (o.score >= gate_min_score) passing.push_back(o.value);
            break;
        case AnswerType::multi:
            return "choices worth at least " + format_fixed(gate_min_score, 2) + " together";
        case AnswerType::number: {
            for (const auto& b : bands) {
                if (b.score < gate_min_score) continue;
                std::string range;
                // The limits as written: "max: 7.5" must not read as "<= 8".
                if (b.min && b.max) range = format_number(*b.min) + ".." + format_number(*b.max);
                else if (b.min) range = ">= " + format_number(*b.min);
                else if (b.max) range = "<= " + format_number(*b.max);
                else range = "any value";
                passing.push_back(range + (unit.empty() ? "" : " " + unit));
            }
            break;
        }
        case AnswerType::text: return "an answer";
    }
    if (passing.empty()) return "an answer no option can give";
    if (passing.size() == 1) return passing[0];
    std::string last = passing.back();
    passing.pop_back();
    return join(passing, ", ") + " or " + last;
}

const Criterion* RulePack::find_criterion(const std::string& criterion_id) const {
    for (const auto& p : priorities)
        for (const auto& c : p.criteria)
            if (c.id == criterion_id) return &c;
    return nullptr;
}

const Priority* RulePack::priority_of(const std::string& criterion_id) const {
    for (const auto& p : priorities)
        for (const auto& c : p.criteria)
            if (c.id == criterion_id) return &p;
    return nullptr;
}

std::vector<std::string> RulePack::criterion_ids() const {
    std::vector<std::string> out;
    for (const auto& p : priorities)
        for (const auto& c : p.criteria) out.push_back(c.id);
    return out;
}

const std::vector<std::string>& default_stages() {
    static const std::vector<std::string> stages = {"pre-purchase", "transition", "operation", "end-of-life"};
    return stages;
}

std::vector<std::string> RulePack::accepted_pack_ids() const {
    std::vector<std::string> out = {id};
    for (const auto& b : bases) out.push_back(b.id);
    return out;
}

bool RulePack::accepts(const std::string& pack_id) const {
    const auto ids = accepted_pack_ids();
    return std::find(ids.begin(), ids.end(), pack_id) != ids.end();
}

std::string RulePack::version_of(const std::string& pack_id) const {
    if (pack_id == id) return version;
    for (const auto& b : bases)
        if (b.id == pack_id) return b.version;
    return "";
}

std::optional<std::size_t> RulePack::stage_index(const std::string& stage) const {
    for (std::size_t i = 0; i < stages.size(); ++i)
        if (stages[i] == stage) return i;
    return std::nullopt;
}

const ProductCategory* RulePack::find_category(const std::string& category_id) const {
    for (const auto& c : categories)
        if (c.id == category_id) return &c;
    return nullptr;
}

const RiskTolerance* RulePack::tolerance_for(const std::string& category) const {
    if (auto it = risk_tolerance.find(category); it != risk_tolerance.end() && !category.empty()) return &it->second;
    if (auto it = risk_tolerance.find(""); it != risk_tolerance.end()) return &it->second;
    return nullptr;
}

std::vector<const Criterion*> RulePack::gates() const {
    std::vector<const Criterion*> out;
    for (const auto& p : priorities)
        for (const auto& c : p.criteria)
            if (c.gate) out.push_back(&c);
    return out;
}

}  // namespace sbd
