#include "model/scorecard.hpp"

#include <fmt/core.h>

#include "util/text.hpp"

namespace sbd {

const char* to_string(Verdict v) {
    switch (v) {
        case Verdict::pass: return "PASS";
        case Verdict::review: return "REVIEW";
        case Verdict::fail: return "FAIL";
        case Verdict::invalid: return "INVALID";
    }
    return "INVALID";
}

const char* to_string(GateStatus s) {
    switch (s) {
        case GateStatus::pass: return "pass";
        case GateStatus::fail: return "fail";
        case GateStatus::unanswered: return "unanswered";
        case GateStatus::unverified: return "unverified";
        case GateStatus::not_applicable: return "n/a";
        case GateStatus::waived: return "waived";
        case GateStatus::later_stage: return "later-stage";
    }
    return "fail";
}

const char* to_string(FindingKind k) {
    switch (k) {
        case FindingKind::unanswered: return "unanswered";
        case FindingKind::unevidenced_claim: return "unevidenced-claim";
        case FindingKind::not_applicable: return "not-applicable";
        case FindingKind::gate_unverified: return "gate-unverified";
        case FindingKind::below_floor: return "below-floor";
        case FindingKind::gate_waived: return "gate-waived";
        case FindingKind::risk_tolerance_exceeded: return "risk-tolerance-exceeded";
        case FindingKind::risk_tolerance_signed_off: return "risk-tolerance-signed-off";
        case FindingKind::answers_stale: return "answers-stale";
        case FindingKind::evidence_tampered: return "evidence-tampered";
        case FindingKind::evidence_invalid: return "evidence-invalid";
        case FindingKind::sbom_mismatch: return "sbom-mismatch";
        case FindingKind::signature_unverified: return "signature-unverified";
        case FindingKind::signature_required: return "signature-required";
    }
    return "unanswered";
}

const std::vector<FindingKind>& all_finding_kinds() {
    static const std::vector<FindingKind> kinds = {
        FindingKind::unanswered,         FindingKind::unevidenced_claim,       FindingKind::not_applicable,
        FindingKind::gate_unverified,    FindingKind::below_floor,             FindingKind::gate_waived,
        FindingKind::risk_tolerance_exceeded, FindingKind::risk_tolerance_signed_off, FindingKind::answers_stale,
        FindingKind::evidence_tampered, FindingKind::evidence_invalid, FindingKind::sbom_mismatch,
        FindingKind::signature_unverified, FindingKind::signature_required};
    return kinds;
}

bool holds_for_review(FindingKind k) {
    return k == FindingKind::risk_tolerance_exceeded || k == FindingKind::answers_stale || k == FindingKind::signature_required;
}

bool gate_blocks(GateStatus s) { return s == GateStatus::fail || s == GateStatus::unanswered; }

std::string answer_in_words(const CriterionResult& cr) {
    if (!cr.answer) return "unanswered";
    return cr.answer->not_applicable ? "n/a" : cr.answer->display;
}

const PriorityResult* VendorResult::find_priority(const std::string& id) const {
    for (const auto& p : priorities)
        if (p.priority && p.priority->id == id) return &p;
    return nullptr;
}

std::vector<const GateResult*> VendorResult::blocking_gates() const {
    std::vector<const GateResult*> out;
    for (const auto& g : gates)
        if (gate_blocks(g.status)) out.push_back(&g);
    return out;
}

std::string gate_summary(const VendorResult& r) {
    std::vector<std::string> failed;
    std::vector<std::string> unverified;
    std::vector<std::string> waived;
    for (const auto& g : r.gates) {
        if (gate_blocks(g.status)) failed.push_back(g.criterion->id + (g.status == GateStatus::unanswered ? " (unanswered)" : ""));
        if (g.status == GateStatus::unverified) unverified.push_back(g.criterion->id);
        if (g.status == GateStatus::waived) waived.push_back(g.criterion->id);
    }
    std::string out = join(failed, ", ");
    if (!unverified.empty()) out += std::string(out.empty() ? "" : "; ") + "unverified: " + join(unverified, ", ");
    if (!waived.empty()) out += std::string(out.empty() ? "" : "; ") + "waived: " + join(waived, ", ");
    return out;
}

void VerdictCounts::add(Verdict v) {
    switch (v) {
        case Verdict::pass: ++pass; break;
        case Verdict::review: ++review; break;
        case Verdict::fail: ++fail; break;
        case Verdict::invalid: ++invalid; break;
    }
}

VerdictCounts count_verdicts(const std::vector<ResultSummary>& results) {
    VerdictCounts c;
    for (const auto& r : results) c.add(r.verdict);
    return c;
}


std::string format_verdict_counts(const VerdictCounts& c) {
    return fmt::format("{} PASS, {} REVIEW, {} FAIL, {} INVALID", c.pass, c.review, c.fail, c.invalid);
}

}  // namespace sbd
