#include "analysis/rule_pack_listing.hpp"

#include "analysis/criterion_text.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

constexpr std::size_t title_width = 60;
constexpr std::size_t text_width = 92;

std::string safe(const std::string& text) { return strip_control(text); }

// Rows of cells as left-aligned columns two spaces apart; the last column is not padded.
std::string table(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], display_width(row[i]));
        }
    std::string out;
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            out += row[i];
            if (i + 1 < row.size()) out += std::string(widths[i] - display_width(row[i]) + 2, ' ');
        }
        out += "\n";
    }
    return out;
}

void paragraph(std::string& out, const std::string& label, const std::string& text) {
    if (text.empty()) return;
    out += label + ":\n";
    for (const auto& line : wrap_words(text, text_width - 2)) out += "  " + line + "\n";
}

void list(std::string& out, const std::string& label, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out += label + ":\n";
    for (const auto& item : items) out += "  - " + safe(item) + "\n";
}

std::string criterion_detail(const RulePack& pack, const Criterion& c) {
    const Priority* p = pack.priority_of(c.id);
    std::string out = c.id + "  " + safe(c.title) + "\n";
    std::vector<std::vector<std::string>> rows = {{"Priority:", p->id + "  " + safe(p->title)},
                                                  {"Type:", to_string(c.type)},
                                                  {"Weight:", format_number(c.weight)},
                                                  {"Gate:", c.gate ? "yes, a must-have: passes only with " + c.gate_requirement() : "no"},
                                                  {"Evidence:", c.evidence ? "expected with a positive answer" : "optional"},
                                                  {"n/a:", c.na_allowed ? "allowed" : "not accepted"}};
    if (pack.stages_declared) rows.push_back({"Stage:", c.stage + " (its answer can first be verified then)"});
    rows.push_back({"Defined at:", format_location(c.where) + (c.defined_in != pack.id && !c.defined_in.empty() ? " (pack " + c.defined_in + ")" : "")});
    if (!c.overridden_at.file.empty()) rows.push_back({"Overridden at:", format_location(c.overridden_at)});
    out += table(rows);
    paragraph(out, "Question", c.question);
    out += "Answer: " + safe(allowed_answers(c)) + "\n";
    if (c.type == AnswerType::yesno)
        out += "Scores: yes " + format_number(c.yes_score) + ", partial " + format_number(c.partial_score) + ", no " +
               format_number(c.no_score) + "\n";
    list(out, "Options", option_lines(c));
    list(out, "Bands (the first that holds the number gives its score)", band_lines(c));
    paragraph(out, "Guidance", c.guidance);
    return out;
}

std::string priority_detail(const Priority& p) {
    std::string out = p.id + "  " + safe(p.title) + "\n";
    int gates = 0;
    for (const auto& c : p.criteria) gates += c.gate ? 1 : 0;
    std::vector<std::vector<std::string>> facts = {{"Weight:", format_number(p.weight)},
                                                  {"Criteria:", std::to_string(p.criteria.size()) + " (" + std::to_string(gates) + " gates)"},
                                                  {"Defined at:", format_location(p.where)}};
    if (!p.overridden_at.file.empty()) facts.push_back({"Overridden at:", format_location(p.overridden_at)});
    out += table(facts);
    paragraph(out, "Description", p.description);
    if (!p.references.empty()) {
        out += "References:\n";
        for (const auto& [scheme, refs] : p.references) out += "  " + safe(scheme) + ": " + safe(join(refs, ", ")) + "\n";
    }
    out += "Criteria:\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : p.criteria)
        rows.push_back({"  " + c.id, to_string(c.type), c.gate ? "gate" : "", truncate_display(safe(c.title), title_width)});
    return out + table(rows);
}

}  // namespace

std::string render_rules_list(const RulePack& pack) {
    std::string out = "Rule pack " + pack.id + " " + safe(pack.version) + ": " + safe(pack.title) + " (" + safe(pack.origin) + ")\n";
    out += std::to_string(pack.priorities.size()) + " priorities, " + std::to_string(pack.criterion_ids().size()) +
           " criteria, " + std::to_string(pack.gates().size()) + " gates; pass threshold " +
           format_number(pack.pass_threshold) + "\n";
    if (!pack.bases.empty()) {
        std::vector<std::string> bases;
        for (const auto& b : pack.bases) bases.push_back(b.id + " " + safe(b.version) + " (" + safe(b.origin) + ")");
        out += "Extends " + join(bases, ", which extends ") + "; scores responses for " + join(pack.accepted_pack_ids(), ", ") +
               (pack.removed.empty() ? "" : "; removes " + std::to_string(pack.removed.size()) + (pack.removed.size() == 1 ? " criterion" : " criteria")) + "\n";
    }
    if (pack.stages_declared) out += "Stages: " + join(pack.stages, ", ") + "\n";
    if (!pack.categories.empty()) {
        std::vector<std::string> categories;
        for (const auto& c : pack.categories) categories.push_back(c.id);
        out += "Product categories: " + join(categories, ", ") + "\n";
    }
    out += "\n";
    std::vector<std::vector<std::string>> priorities = {{"PRIORITY", "WEIGHT", "CRITERIA", "GATES", "TITLE"}};
    std::vector<std::vector<std::string>> criteria = {{"CRITERION", "TYPE", "WEIGHT", "GATE", "EVIDENCE", "TITLE"}};
    if (pack.stages_declared) criteria.front().insert(criteria.front().begin() + 5, "STAGE");
    for (const auto& p : pack.priorities) {
        int gates = 0;
        for (const auto& c : p.criteria) {
            gates += c.gate ? 1 : 0;
            criteria.push_back({c.id, to_string(c.type), format_number(c.weight), c.gate ? "gate" : "-",
                                c.evidence ? "expected" : "-", truncate_display(safe(c.title), title_width)});
            if (pack.stages_declared) criteria.back().insert(criteria.back().begin() + 5, c.stage);
        }
        priorities.push_back({p.id, format_number(p.weight), std::to_string(p.criteria.size()), std::to_string(gates),
                              truncate_display(safe(p.title), title_width)});
    }
    return out + table(priorities) + "\n" + table(criteria);
}

std::optional<std::string> render_rule_detail(const RulePack& pack, const std::string& id) {
    for (const auto& p : pack.priorities)
        if (p.id == id) return priority_detail(p);
    if (const Criterion* c = pack.find_criterion(id)) return criterion_detail(pack, *c);
    return std::nullopt;
}

std::vector<std::string> rule_ids(const RulePack& pack) {
    std::vector<std::string> ids;
    for (const auto& p : pack.priorities) ids.push_back(p.id);
    for (const auto& id : pack.criterion_ids()) ids.push_back(id);
    return ids;
}

}  // namespace sbd
