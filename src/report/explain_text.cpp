// `explain` as aligned text for a terminal or a report appendix.
#include <algorithm>

#include "report/analysis_renderers.hpp"
#include "score/scoring.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

std::string signed_points(double v) {
    std::string s = format_fixed(v, 1);
    return (s[0] == '-' ? "" : "+") + s;
}

}  // namespace

std::string render_explanation_text(const Explanation& e, const RulePack& pack, const std::string& profile) {
    const VendorResult& r = e.result;
    std::string out = clip_text(r.vendor, shown::name) + " " + clip_text(r.product, shown::name) + " " + clip_text(r.version, shown::short_field) + " (" + strip_control(r.file) + ")\n";
    out += "pack " + pack.id + " " + pack.version + " (" + pack.origin + ")" + (profile.empty() ? "" : " | profile " + profile) +
           " | pass threshold " + format_number(pack.pass_threshold) + "\n";
    out += "Score " + format_fixed(r.score, 1) + " of 100: " + to_string(r.verdict) + "\n";

    out += "\nHow the score adds up (points: share of the priority's 0-100, and of the overall 0-100)\n";
    const std::string header = "  " + pad_display("Criterion", 9) + "  " + pad_display("Answer", 28) + "  " + pad_display("Raw", 4, true) + "  " +
                               pad_display("Credit", 6, true) + "  " + pad_display("Weight", 6, true) + "  " + pad_display("Priority", 8, true) + "  " +
                               pad_display("Total", 5, true) + "  Note";
    for (const auto& p : e.priorities) {
        out += "\n" + p.priority->id + " " + p.priority->title + ": ";
        if (!p.applicable) out += "not applicable (every scored criterion n/a)\n";
        else
            out += format_fixed(p.score, 1) + " of 100 × weight " + format_number(p.priority->weight) + " (" +
                   format_fixed(100.0 * p.share, 1) + "% of the total) = " + format_fixed(p.total_points, 2) + " points" +
                   (p.priority->floor > 0 ? "; floor " + format_number(p.priority->floor) : "") + "\n";
        out += header + "\n";
        for (const auto& c : e.criteria) {
            if (c.priority != p.priority) continue;
            const bool text = c.criterion->type == AnswerType::text;
            std::string note = c.why_reduced;
            if (!c.scored && !text) note = c.answer == "n/a" ? "left out (n/a)" : "weight 0";
            if (text) note = "text: shown, not scored";
            if (c.criterion->gate) note = "gate" + std::string(note.empty() ? "" : "; ") + note;
            const bool no_score = text || c.answer == "n/a";
            std::string line = "  " + pad_display(c.criterion->id, 9) + "  " + pad_display(clip_text(c.answer, 28), 28) + "  " +
                               pad_display(no_score ? "-" : format_fixed(c.raw, 2), 4, true) + "  " +
                               pad_display(no_score ? "-" : format_fixed(c.credit, 2), 6, true) + "  " +
                               pad_display(format_number(c.criterion->weight), 6, true) + "  " +
                               pad_display(c.scored ? format_fixed(c.priority_points, 1) : "-", 8, true) + "  " +
                               pad_display(c.scored ? format_fixed(c.total_points, 2) : "-", 5, true) + "  " + note;
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out += line + "\n";
        }
    }

    out += "\nGates\n";
    if (r.gates.empty()) out += "  (none in this pack)\n";
    for (const auto& g : r.gates)
        out += "  " + pad_display(g.criterion->id, 9) + "  " + pad_display(to_string(g.status), 10) + "  " + strip_control(g.reason) + "\n";

    out += "\nEvidence" + std::string(r.evidence_verified ? " (verified by content)" : " (cited; --verify-evidence checks the files)") + "\n";
    bool any = false;
    for (const auto& p : r.priorities)
        for (const auto& cr : p.criteria)
            if (cr.answer)
                for (const auto& ev : cr.answer->evidence_checks) {
                    out += "  " + pad_display(cr.criterion->id, 9) + "  " + pad_display(ev.status_text().substr(0, 8), 8) + "  " +
                           clip_text(ev.cited, shown::list_item) +
                           (ev.status == EvidenceStatus::cited || ev.status == EvidenceStatus::verified
                                ? std::string()
                                : ": " + strip_control(ev.status == EvidenceStatus::invalid ? ev.reason() : ev.status_text() + ", " + ev.reason())) +
                           (ev.sha256().empty() ? "" : " sha256 " + ev.sha256()) + "\n";
                    any = true;
                }
    if (!any) out += "  none cited\n";
    if (r.signature.status != SignatureStatus::not_checked)
        out += "  signature  " + std::string(to_string(r.signature.status)) + ": " + strip_control(r.signature.reason) +
               (r.signature.fingerprint.empty() ? "" : ", fingerprint " + r.signature.fingerprint) + "\n";

    out += "\nWhat would raise the score (each change re-scored alone)\n";
    if (e.improvements.empty()) out += "  nothing: every criterion has its best credit\n";
    for (const auto& w : e.improvements)
        out += "  " + pad_display(signed_points(w.gain), 6, true) + " points  " + w.change +
               (w.verdict != r.verdict ? " (verdict " + std::string(to_string(w.verdict)) + ")" : "") + "\n";

    out += "\nWhat would change the verdict\n";
    bool said = false;
    if (e.points_to_threshold > 0) {
        out += "  the score is " + format_fixed(e.points_to_threshold, 1) + " points below the pass threshold " +
               format_number(e.pass_threshold) + "\n";
        said = true;
    }
    for (const auto& p : r.priorities)
        if (below_floor(p)) {
            out += "  " + p.priority->id + " scores " + format_fixed(p.score, 1) + ", below its floor " + format_number(p.priority->floor) + "\n";
            said = true;
        }
    for (const auto& f : r.findings)  // beyond the risk tolerance, answers too old
        if (holds_for_review(f.kind)) {
            out += "  " + strip_control(f.message) + "\n";
            said = true;
        }
    for (const auto& w : e.gate_fixes) {
        out += "  " + std::string(w.criteria.size() > 1 ? "all gates together: " : "gate alone: ") + w.change + ": " +
               to_string(r.verdict) + " -> " + to_string(w.verdict) + "\n";
        said = true;
    }
    if (!said) out += "  nothing: the verdict is PASS\n";
    return out;
}

}  // namespace sbd
