// `compare` as aligned text for a terminal.
#include "report/analysis_renderers.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

std::string delta(double v) {
    std::string s = format_fixed(v, 1);
    return (s[0] == '-' || s == "0.0" ? "" : "+") + s;
}

std::string describe(const VendorResult& r) {
    return clip_text(r.vendor, shown::name) + " " + clip_text(r.product, shown::name) + " " + clip_text(r.version, shown::short_field) + ", " + clip_text(r.date, shown::short_field) + " (" +
           strip_control(r.file) + ")";
}

std::string safe_list(const std::vector<std::string>& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(clip_text(i, shown::list_item));
    return join(out, ", ");
}

}  // namespace

std::string render_comparison_text(const Comparison& c, const RulePack& pack) {
    const VendorResult& o = c.old_result;
    const VendorResult& n = c.new_result;
    std::string out = "old: " + describe(o) + "\nnew: " + describe(n) + "\n";
    out += "pack " + pack.id + " " + pack.version + " (" + pack.origin + ") | pass threshold " + format_number(pack.pass_threshold) + "\n";
    for (const auto& w : c.warnings) out += "warning: " + w + "\n";
    out += "\nScore " + format_fixed(o.score, 1) + " -> " + format_fixed(n.score, 1) + " (" + delta(n.score - o.score) + ")\n";
    out += "Verdict " + std::string(to_string(o.verdict)) + " -> " + to_string(n.verdict) +
           (o.verdict == n.verdict ? " (unchanged)" : "") + "\n";

    out += "\nPriorities\n";
    for (const auto& p : c.priorities) {
        auto shown = [](bool applicable, double v) { return applicable ? format_fixed(v, 1) : std::string("-"); };
        std::string d = p.old_applicable && p.new_applicable ? delta(p.new_score - p.old_score) : "";
        out += "  " + pad_display(p.priority->id, 4) + pad_display(shown(p.old_applicable, p.old_score), 6, true) + " -> " +
               pad_display(shown(p.new_applicable, p.new_score), 5, true) + "  " + pad_display(d, 6, true) + "  " + p.priority->title + "\n";
    }

    out += "\nGates that changed\n";
    if (c.gates.empty()) out += "  none\n";
    for (const auto& g : c.gates)
        out += "  " + pad_display(g.criterion->id, 8) + std::string(to_string(g.old_status)) + " -> " + to_string(g.new_status) + ": " +
               strip_control(g.new_reason) + "\n";

    out += "\nAnswers that changed (" + std::to_string(c.answers.size()) + ")\n";
    if (c.answers.empty()) out += "  none\n";
    for (const auto& a : c.answers) {
        out += "  " + pad_display(a.criterion->id, 8) + clip_text(a.old_answer, shown::word) + " -> " + clip_text(a.new_answer, shown::word);
        if (a.criterion->type != AnswerType::text)
            out += "  (credit " + format_fixed(a.old_credit, 2) + " -> " + format_fixed(a.new_credit, 2) + ")";
        out += "\n";
        if (!a.evidence_added.empty()) out += "          evidence added: " + safe_list(a.evidence_added) + "\n";
        if (!a.evidence_removed.empty()) out += "          evidence removed: " + safe_list(a.evidence_removed) + "\n";
    }
    return out;
}

}  // namespace sbd
