#include "analysis/criterion_text.hpp"
#include "analysis/questionnaire.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

// Pack text (possibly user-supplied) as inline Markdown: on one line, with the characters that
// start emphasis, links, HTML, entities, code or strike-through escaped. The text always follows
// a label, so line-start syntax (#, -, 1.) cannot trigger. `|` matters only in table cells.
std::string md(const std::string& text, bool table_cell = false) {
    std::string out;
    for (const std::string& line : wrap_words(text, std::string::npos)) {
        if (!out.empty()) out += ' ';
        for (char ch : line) {
            if (ch == '&') out += "&amp;";
            else if (std::string_view("\\`*_[]<>~").find(ch) != std::string_view::npos || (table_cell && ch == '|'))
                out += std::string("\\") + ch;
            else out += ch;
        }
    }
    return out;
}

void write_criterion(std::string& out, const RulePack& pack, const Criterion& c) {
    out += "### " + c.id + " " + md(c.title) + "\n\n";
    if (c.gate) out += "- **Must-have (gate):** passes only with " + md(c.gate_requirement()) + "\n";
    if (pack.stages_declared) out += "- **Stage:** " + md(c.stage) + " (when the buyer can first verify the answer)\n";
    out += "- **Question:** " + md(c.question) + "\n";
    out += "- **Answer:** " + md(allowed_answers(c)) + (c.na_allowed ? "; or n/a if it does not apply" : "; n/a is not accepted") + "\n";
    for (const auto& o : c.options)
        out += "  - `" + o.value + "`" + (o.label.empty() ? "" : ": " + md(o.label)) + " (scores " + format_number(o.score) + ")\n";
    if (c.type == AnswerType::number) out += "- **Scoring:** " + md(join(band_lines(c), "; ")) + "\n";
    out += std::string("- **Evidence:** ") + (c.evidence ? "expected with a positive answer (document or URL)" : "optional") + "\n";
    if (!c.guidance.empty()) out += "- **Guidance:** " + md(c.guidance) + "\n";
    out += "\n> **Your answer:**\n>\n> **Evidence:**\n\n";
}

}  // namespace

std::string render_questionnaire_markdown(const RulePack& pack, const QuestionnaireOptions& options) {
    std::string out = "# Questionnaire: " + md(pack.title) + "\n\n";
    out += "Rule pack `" + pack.id + "` version " + md(pack.version) + ": " + std::to_string(pack.criterion_ids().size()) +
           " questions in " + std::to_string(pack.priorities.size()) + " priorities, " +
           std::to_string(pack.gates().size()) + " of them must-haves (gates) that a product has to pass.\n";
    out += "Answer each question with one of the allowed answers and, where evidence is expected, name the "
           "document or URL that shows it. The same questionnaire as a file to fill in: `sbdscore template`.\n\n";
    out += "| Field | Answer |\n|---|---|\n";
    out += "| Vendor | " + md(options.vendor, true) + " |\n";
    out += "| Product | " + md(options.product, true) + " |\n";
    out += "| Product version | |\n| Date (YYYY-MM-DD) | |\n| Contact (optional) | |\n";
    if (!pack.categories.empty()) {
        std::vector<std::string> ids;
        for (const auto& c : pack.categories) ids.push_back("`" + c.id + "`");
        out += "| Category: " + join(ids, ", ") + " | |\n";
    }
    out += "\n";
    for (const auto& p : pack.priorities) {
        out += "## " + p.id + " " + md(p.title) + "\n\n";
        if (!p.description.empty()) out += md(p.description) + "\n\n";
        out += "Priority weight " + format_number(p.weight) + ", " + std::to_string(p.criteria.size()) + " criteria.\n\n";
        for (const auto& c : p.criteria) write_criterion(out, pack, c);
    }
    out.pop_back();  // one newline at the end, not a blank line
    return out;
}

}  // namespace sbd
