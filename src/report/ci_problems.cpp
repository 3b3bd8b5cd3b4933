#include "report/ci_problems.hpp"

#include "score/verdict_checks.hpp"
#include "util/sha256.hpp"

namespace sbd {

namespace {

CiProblem::Severity severity_of(const VerdictCheck& check, FailOn fail_on) {
    if (fails_the_run(check.outcome, fail_on)) return CiProblem::Severity::fails_run;
    if (check.outcome == VerdictCheck::Outcome::waived) return CiProblem::Severity::note;
    return check.outcome == VerdictCheck::Outcome::reviews ? CiProblem::Severity::review : CiProblem::Severity::warning;
}

// Findings already told by a verdict check: a gate's own findings, and the floor findings.
bool told_by_a_check(const Finding& f, const RulePack& pack) {
    if (f.kind == FindingKind::below_floor || f.kind == FindingKind::gate_unverified || f.kind == FindingKind::gate_waived ||
        f.kind == FindingKind::risk_tolerance_exceeded || f.kind == FindingKind::risk_tolerance_signed_off ||
        f.kind == FindingKind::answers_stale || f.kind == FindingKind::signature_required)
        return true;
    const Criterion* c = pack.find_criterion(f.criterion_id);
    return c && c->gate;
}

// The rule a check's problem is reported under: a gate's criterion, or what went wrong.
std::string rule_of(const VerdictCheck& check) {
    switch (check.kind) {
        case VerdictCheck::Kind::gate: return check.id;
        case VerdictCheck::Kind::threshold: return "below-threshold";
        case VerdictCheck::Kind::floor: return "below-floor";
        case VerdictCheck::Kind::risk_tolerance: return "risk-tolerance-exceeded";
        case VerdictCheck::Kind::answer_age: return "answers-stale";
        case VerdictCheck::Kind::signature: return "signature-required";
    }
    return check.id;
}

}  // namespace

std::string vendor_label(const VendorResult& r) { return r.vendor + " " + r.product; }

std::vector<CiProblem> ci_problems(const VendorResult& r, const RulePack& pack, FailOn fail_on) {
    std::vector<CiProblem> out;
    if (r.verdict == Verdict::invalid) {
        for (const auto& d : r.diagnostics) {
            CiProblem p;
            p.rule = "invalid-response";
            p.subject = d.message;  // what is wrong tells one error from another in the same file
            p.severity = d.severity == Severity::error ? CiProblem::Severity::fails_run : CiProblem::Severity::warning;
            p.title = "invalid response";
            p.message = d.message + (d.hint.empty() ? "" : " (hint: " + d.hint + ")");
            p.where = d.where;
            if (p.where.file.empty()) p.where.file = r.file;
            out.push_back(std::move(p));
        }
        return out;
    }
    for (const auto& check : verdict_checks(r, pack)) {
        if (check.outcome == VerdictCheck::Outcome::met || check.outcome == VerdictCheck::Outcome::not_applicable) continue;
        CiProblem p;
        p.gate = check.kind == VerdictCheck::Kind::gate;
        p.rule = rule_of(check);
        p.subject = check.id;
        p.severity = severity_of(check, fail_on);
        p.waived = check.outcome == VerdictCheck::Outcome::waived;
        p.title = check.name;
        p.message = vendor_label(r) + ": " +
                    reason_text(check);
        p.where = check.where.in_file(r.file);
        out.push_back(std::move(p));
    }
    for (const auto& f : r.findings) {
        if (told_by_a_check(f, pack)) continue;
        CiProblem p;
        p.rule = to_string(f.kind);
        p.subject = f.criterion_id;
        p.severity = f.severity == Severity::note ? CiProblem::Severity::note : CiProblem::Severity::warning;
        p.title = f.criterion_id + " " + to_string(f.kind);
        p.message = vendor_label(r) + ": " + f.message;
        p.where = f.where.in_file(r.file);
        out.push_back(std::move(p));
    }
    return out;
}

std::string located_message(const CiProblem& p) {
    return p.where.is_cell() && p.where.line > 0 ? cell_reference(p.where) + ": " + p.message : p.message;
}

std::string ci_fingerprint(const VendorResult& r, const CiProblem& p) {
    return sha256_hex(r.file + "\n" + p.rule + "\n" + p.subject + "\n" + r.vendor + "\n" + r.product);
}

const std::vector<CiRuleText>& ci_rule_texts() {
    static const std::vector<CiRuleText> rules = {
        {"below-threshold", "ScoreBelowThreshold", "The overall score is below the pass threshold: the verdict is at best REVIEW."},
        {"below-floor", "PriorityBelowFloor", "A priority scores below the floor the profile sets: the verdict is at best REVIEW."},
        {"risk-tolerance-exceeded", "RiskToleranceExceeded",
         "The result exceeds the profile's risk tolerance for its product category: it needs a documented sign-off (a waiver of risk-tolerance); the verdict is at best REVIEW."},
        {"answers-stale", "AnswersStale",
         "The answers are older than the profile's maximum answer age: the vendor is due for reassessment; the verdict is at best REVIEW."},
        {"unanswered", "UnansweredCriterion", "A scored criterion is unanswered and counts as 0."},
        {"unevidenced-claim", "UnevidencedClaim", "A positive answer lacks the evidence the criterion expects, so it earns reduced credit."},
        {"not-applicable", "NotApplicableAnswer", "A criterion was answered n/a and is left out of its priority's score."},
        {"evidence-tampered", "EvidenceTampered",
         "A cited file's SHA-256 differs from the one the response pins: the claim it supports counts as unevidenced."},
        {"evidence-invalid", "EvidenceInvalid",
         "A cited file is missing, was refused (outside the bundle, not a regular file, too large) or fails its format check (--verify-evidence)."},
        {"sbom-mismatch", "SbomMismatch", "The SBOM describes another product or version than the response."},
        {"signature-unverified", "SignatureUnverified",
         "The response's detached OpenPGP signature is bad, corrupt, or by an unknown, expired or revoked key."},
        {"signature-required", "SignatureRequired",
         "--require-signature: the response is not signed by a key of the keyring, so the verdict is at best REVIEW."},
        {"invalid-response", "InvalidResponse", "The response file could not be read or checked; it is not scored (INVALID)."},
    };
    return rules;
}

}  // namespace sbd
