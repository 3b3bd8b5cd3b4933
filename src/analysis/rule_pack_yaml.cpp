#include "analysis/rule_pack_yaml.hpp"

#include "analysis/questionnaire.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

std::string q(const std::string& text) { return yaml_double_quoted(text); }
std::string num(double v) { return format_number(v); }

// A comment that cannot end early: one line, control characters removed.
std::string comment_text(const std::string& text) { return strip_control(text); }

void write_criterion(std::string& out, const RulePack& pack, const Criterion& c) {
    const std::string in = "      ";
    std::string origin = "defined at " + format_location(c.where);
    if (!c.defined_in.empty() && c.defined_in != pack.id) origin += " (pack " + c.defined_in + ")";
    if (!c.overridden_at.file.empty()) origin += "; overridden at " + format_location(c.overridden_at);
    out += "    # " + comment_text(origin) + "\n";
    out += "    - id: " + q(c.id) + "\n";
    out += in + "title: " + q(c.title) + "\n";
    out += in + "question: " + q(c.question) + "\n";
    out += in + "type: " + to_string(c.type) + "\n";
    if (c.type != AnswerType::text) out += in + "weight: " + num(c.weight) + "\n";
    if (c.gate) {
        out += in + "gate: true\n";
        if (c.gate_min_score != 1.0) out += in + "gate_min_score: " + num(c.gate_min_score) + "\n";
    }
    if (c.evidence) out += in + "evidence: true\n";
    if (c.evidence_format != EvidenceFormat::unknown) out += in + "evidence_format: " + to_string(c.evidence_format) + "\n";
    if (c.na_allowed) out += in + "na: true\n";
    if (pack.stages_declared) out += in + "stage: " + q(c.stage) + "\n";
    if (c.type == AnswerType::yesno && (c.yes_score != 1.0 || c.partial_score != 0.5 || c.no_score != 0.0))
        out += in + "scores: { yes: " + num(c.yes_score) + ", partial: " + num(c.partial_score) + ", no: " + num(c.no_score) + " }\n";
    if (!c.options.empty()) {
        out += in + "options:\n";
        for (const auto& o : c.options)
            out += in + "  - { value: " + q(o.value) + ", score: " + num(o.score) + (o.label.empty() ? "" : ", label: " + q(o.label)) + " }\n";
    }
    if (c.type == AnswerType::number) {
        out += in + "unit: " + q(c.unit) + "\n";
        if (c.minimum) out += in + "minimum: " + num(*c.minimum) + "\n";
        if (c.maximum) out += in + "maximum: " + num(*c.maximum) + "\n";
        out += in + "bands:\n";
        for (const auto& b : c.bands) {
            std::string band;
            if (b.min) band += "min: " + num(*b.min) + ", ";
            if (b.max) band += "max: " + num(*b.max) + ", ";
            out += in + "  - { " + band + "score: " + num(b.score) + " }\n";
        }
    }
    if (!c.guidance.empty()) out += in + "guidance: " + q(c.guidance) + "\n";
}

}  // namespace

std::string render_pack_yaml(const RulePack& pack) {
    std::string out = "# Rule pack " + comment_text(pack.id + " " + pack.version) + " (" + comment_text(pack.origin) + "), resolved";
    std::vector<std::string> bases;
    for (const auto& b : pack.bases) bases.push_back(comment_text(b.id + " " + b.version + " (" + b.origin + ")"));
    if (!bases.empty()) out += "; it extends " + join(bases, ", which extends ");
    out += ".\n# It scores responses written for: " + join(pack.accepted_pack_ids(), ", ") + ".\n";
    for (const auto& [id, removed] : pack.removed)
        out += "# Removed " + id + " (answers to it in responses for " + join(removed.accepted_from, ", ") + " are ignored): " +
               comment_text(format_location(removed.where)) + "\n";
    out += "format: 1\n";
    out += "id: " + q(pack.id) + "\n";
    out += "version: " + q(pack.version) + "\n";
    out += "title: " + q(pack.title) + "\n";
    if (!pack.description.empty()) out += "description: " + q(pack.description) + "\n";
    if (!pack.sources.empty()) {
        out += "sources:\n";
        for (const auto& s : pack.sources) {
            out += "  - title: " + q(s.title) + "\n";
            if (!s.publisher.empty()) out += "    publisher: " + q(s.publisher) + "\n";
            if (!s.date.empty()) out += "    date: " + q(s.date) + "\n";
            if (!s.url.empty()) out += "    url: " + q(s.url) + "\n";
        }
    }
    out += "pass_threshold: " + num(pack.pass_threshold) + "\n";
    out += "unevidenced_credit: " + num(pack.unevidenced_credit) + "\n";
    if (pack.stages_declared) {
        std::vector<std::string> stages;
        for (const auto& s : pack.stages) stages.push_back(q(s));
        out += "stages: [" + join(stages, ", ") + "]\n";
    }
    if (!pack.categories.empty()) {
        out += "categories:\n";
        for (const auto& c : pack.categories) out += "  - { id: " + q(c.id) + ", title: " + q(c.title) + " }\n";
    }
    out += "priorities:\n";
    for (const auto& p : pack.priorities) {
        std::string origin = "defined at " + format_location(p.where);
        if (!p.defined_in.empty() && p.defined_in != pack.id) origin += " (pack " + p.defined_in + ")";
        if (!p.overridden_at.file.empty()) origin += "; overridden at " + format_location(p.overridden_at);
        out += "  # " + comment_text(origin) + "\n";
        out += "  - id: " + q(p.id) + "\n";
        out += "    title: " + q(p.title) + "\n";
        out += "    weight: " + num(p.weight) + "\n";
        if (!p.description.empty()) out += "    description: " + q(p.description) + "\n";
        if (!p.references.empty()) {
            out += "    references:\n";
            for (const auto& [scheme, refs] : p.references) {
                std::vector<std::string> quoted;
                for (const auto& r : refs) quoted.push_back(q(r));
                out += "      " + q(scheme) + ": [" + join(quoted, ", ") + "]\n";
            }
        }
        out += "    criteria:\n";
        for (const auto& c : p.criteria) write_criterion(out, pack, c);
    }
    return out;
}

}  // namespace sbd
