#include <fmt/core.h>

#include "analysis/criterion_text.hpp"
#include "analysis/questionnaire.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

constexpr std::size_t comment_width = 96;
const std::string rule(comment_width - 4, '-');

// Pack text as YAML comment lines: wrap_words removes line breaks, so nothing can end the comment.
void comment(std::string& out, const std::string& indent, const std::string& label, const std::string& text) {
    const std::string first = label.empty() ? "" : label + ": ";
    const std::string pad(label.empty() ? 0 : 2, ' ');
    auto lines = wrap_words(first + text, comment_width - indent.size() - 2);
    for (std::size_t i = 0; i < lines.size(); ++i) out += indent + "# " + (i == 0 ? "" : pad) + lines[i] + "\n";
}

void write_criterion(std::string& out, const RulePack& pack, const Criterion& c) {
    out += "\n  # " + c.id + "  " + strip_control(c.title) + "\n";
    if (c.gate) comment(out, "  ", "MUST-HAVE (gate)", "passes only with " + c.gate_requirement());
    if (pack.stages_declared) comment(out, "  ", "Stage", c.stage + " (when the buyer can first verify the answer)");
    comment(out, "  ", "Question", c.question);
    comment(out, "  ", "Answer", allowed_answers(c) + (c.na_allowed ? "; or n/a if it does not apply" : "; n/a is not accepted"));
    for (const auto& option : option_lines(c)) {
        auto lines = wrap_words(option, comment_width - 8);
        for (std::size_t i = 0; i < lines.size(); ++i) out += std::string(i == 0 ? "  #   - " : "  #     ") + lines[i] + "\n";
    }
    if (c.type == AnswerType::number) comment(out, "  ", "Scoring", join(band_lines(c), "; "));
    if (c.evidence) comment(out, "  ", "Evidence", "expected with a positive answer: list document paths or URLs under evidence");
    if (!c.guidance.empty()) comment(out, "  ", "Guidance", c.guidance);
    // Criteria expecting evidence get the long form, with a slot for it.
    if (c.evidence) out += "  " + c.id + ":\n    value: ~\n    evidence: []\n";
    else out += "  " + c.id + ": ~\n";
}

}  // namespace

std::string yaml_double_quoted(const std::string& text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char ch = static_cast<unsigned char>(text[i]);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += static_cast<char>(ch);
        } else if (ch < 0x20 || ch == 0x7f) {
            fmt::format_to(std::back_inserter(out), "\\x{:02x}", ch);
        } else if (ch == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9f) {  // C1 controls, U+0080..U+009F
            fmt::format_to(std::back_inserter(out), "\\x{:02x}", static_cast<unsigned char>(text[++i]));
        } else if (ch == 0xe2 && text.compare(i, 3, "\xe2\x80\xa8") == 0) {
            out += "\\L";
            i += 2;
        } else if (ch == 0xe2 && text.compare(i, 3, "\xe2\x80\xa9") == 0) {
            out += "\\P";
            i += 2;
        } else {
            out += static_cast<char>(ch);
        }
    }
    return out + "\"";
}

std::string render_questionnaire_yaml(const RulePack& pack, const QuestionnaireOptions& options) {
    const std::string schema = options.schema_ref.empty() ? "./" + pack.id + ".schema.json" : strip_control(options.schema_ref);
    std::string out = "# yaml-language-server: $schema=" + schema + "\n";
    comment(out, "", "", "Questionnaire: " + pack.title + " (rule pack " + pack.id + " " + pack.version + ").");
    comment(out, "", "", "Fill in the header, then replace each ~ below with your answer; keep the evidence lists "
                         "filled where evidence is expected. A criterion left ~ is not answered and scores 0. "
                         "Check the file with: sbdscore validate FILE");
    out += "format: 1\n";
    out += "pack: " + yaml_double_quoted(pack.id) + "\n";
    out += "pack_version: " + yaml_double_quoted(pack.version) + "\n";
    out += "vendor: " + yaml_double_quoted(options.vendor.empty() ? "<vendor name>" : options.vendor) + "\n";
    out += "product: " + yaml_double_quoted(options.product.empty() ? "<product name>" : options.product) + "\n";
    out += "version: \"<product version>\"   # the product version assessed\n";
    out += "date: \"<YYYY-MM-DD>\"           # the date of the answers\n";
    out += "# contact: security@vendor.example   # optional\n";
    if (!pack.categories.empty()) {
        std::vector<std::string> ids;
        for (const auto& c : pack.categories) ids.push_back(c.id);
        comment(out, "", "", "category: the kind of product or service, as the buyer's request names it (for its risk "
                             "tolerance): one of " + join(ids, ", "));
        out += "# category: " + ids.front() + "\n";
    }
    out += "answers:\n";
    for (const auto& p : pack.priorities) {
        out += "\n  # " + rule + "\n";
        comment(out, "  ", "", p.id + "  " + p.title + "  (priority weight " + format_number(p.weight) + ", " +
                                   std::to_string(p.criteria.size()) + " criteria)");
        if (!p.description.empty()) comment(out, "  ", "", p.description);
        out += "  # " + rule + "\n";
        for (const auto& c : p.criteria) write_criterion(out, pack, c);
    }
    return out;
}

}  // namespace sbd
