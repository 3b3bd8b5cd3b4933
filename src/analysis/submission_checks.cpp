#include "analysis/submission_checks.hpp"

#include "model/criterion_scoring.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

std::string percent(double factor) { return format_number(factor * 100) + "%"; }

}  // namespace

Result<void> check_before_submission(const RulePack& pack, const VendorResponse& response, const std::set<std::string>& skip) {
    Result<void> result;
    auto& out = result.diagnostics;
    std::vector<std::string> missing;  // scored criteria absent from the file: one warning for all
    std::vector<std::string> missing_gates;
    for (const auto& p : pack.priorities) {
        for (const auto& c : p.criteria) {
            if (skip.count(c.id)) continue;
            const std::string name = c.id + " (" + strip_control(c.title) + ")";
            auto answered = response.answers.find(c.id);
            if (answered == response.answers.end()) {
                if (!c.scored() && !c.gate) continue;
                auto blank = response.blank_answers.find(c.id);
                if (blank == response.blank_answers.end()) {
                    missing.push_back(c.id);
                    if (c.gate) missing_gates.push_back(c.id);
                    continue;
                }
                out.push_back({Severity::warning, blank->second, name + " is not answered yet",
                               c.gate ? "a must-have gate: unanswered, it fails the vendor; it needs " + c.gate_requirement()
                                      : "an unanswered criterion scores 0"});
                continue;
            }
            const Answer& a = answered->second;
            if (a.not_applicable || c.type == AnswerType::text) continue;
            const double raw = raw_score(c, a);
            if (c.gate && !meets_gate(c, raw)) {
                out.push_back({Severity::warning, a.where,
                               name + " is a must-have gate and the answer " + quote_text(a.display) + " does not pass it",
                               "it needs " + c.gate_requirement() + "; if that is the true answer, the vendor fails"});
            } else if (lacks_expected_evidence(c, a, raw)) {
                // A workbook has an Evidence column where a YAML file has an evidence list.
                const std::string add = a.where.is_cell() ? "add a document path or URL in the Evidence column, one per line"
                                                          : "add evidence: [document path or URL]";
                const std::string shortfall = evidence_shortfall(c, a);
                out.push_back({Severity::warning, a.where,
                               name + " is answered " + quote_text(a.display) +
                                   (shortfall.empty() ? " without the evidence it expects" : " without evidence that counts: " + strip_control(shortfall)),
                               !shortfall.empty()
                                   ? (c.gate ? std::string("a must-have gate: without evidence that counts it is only 'unverified'")
                                             : "without evidence that counts the answer earns " + percent(pack.unevidenced_credit) +
                                                   " of its credit") + "; see docs/evidence.md"
                               : c.gate ? "a must-have gate: without evidence it is only 'unverified'; " + add
                                        : "without evidence the answer earns " + percent(pack.unevidenced_credit) + " of its credit; " + add});
            }
        }
    }
    if (!missing.empty())
        out.push_back({Severity::warning, response.answers_where,
                       std::to_string(missing.size()) + (missing.size() == 1 ? " criterion is" : " criteria are") +
                           " not answered (missing from answers): " + join(missing, ", "),
                       missing_gates.empty() ? "each scores 0; 'sbdscore template' lists every criterion"
                                             : "each scores 0, and the must-have gates among them fail the vendor: " +
                                                   join(missing_gates, ", ")});
    // Each file the response cites and what became of it (--verify-evidence, or a pinned file).
    std::set<std::string> told;
    for (const auto& [id, a] : response.answers)
        for (const auto& e : a.evidence_checks) {
            if (e.url || e.status == EvidenceStatus::cited || !told.insert(e.cited + "\n" + e.pinned_sha256).second) continue;
            const std::string file = quote_text(strip_control(e.cited));
            if (e.status == EvidenceStatus::verified)
                out.push_back({Severity::note, e.at(response.file), "evidence " + file + " verified: " + e.kind() + ", " + strip_control(e.reason()),
                               "sha256 " + e.sha256()});
            else
                out.push_back({Severity::warning, e.at(response.file), "evidence " + file + " of " + id + " is " + strip_control(e.status_text()) +
                                   (e.status == EvidenceStatus::missing || e.status == EvidenceStatus::tampered ? ": " + strip_control(e.reason()) : ""),
                               e.status == EvidenceStatus::tampered ? "the file changed since the response pinned it; the claim counts as unevidenced"
                               : e.status == EvidenceStatus::missing ? "put the file in the response's folder (paths are relative to the response)"
                                                                     : "see docs/evidence.md for what each check accepts"});
        }
    const SignatureCheck& s = response.signature;
    if (s.status == SignatureStatus::good)
        out.push_back({Severity::note, SourceLocation{response.file, 0, 0},
                       "signed by " + strip_control(s.signer) + ", fingerprint " + s.fingerprint, ""});
    else if (s.status != SignatureStatus::not_checked && (s.required || s.status != SignatureStatus::unsigned_))
        out.push_back({Severity::warning, SourceLocation{response.file, 0, 0},
                       std::string("signature ") + to_string(s.status) + ": " + strip_control(s.reason),
                       s.required ? "--require-signature: the verdict is at best REVIEW" : ""});
    sort_in_file_order(out);
    return result;
}

}  // namespace sbd
