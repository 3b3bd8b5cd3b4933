#include "score/verdict_checks.hpp"

#include "score/scoring.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

VerdictCheck::Outcome gate_outcome(GateStatus s) {
    switch (s) {
        case GateStatus::pass: return VerdictCheck::Outcome::met;
        case GateStatus::fail:
        case GateStatus::unanswered: return VerdictCheck::Outcome::fails;
        case GateStatus::unverified: return VerdictCheck::Outcome::reviews;
        case GateStatus::not_applicable: return VerdictCheck::Outcome::not_applicable;
        case GateStatus::waived: return VerdictCheck::Outcome::waived;
        case GateStatus::later_stage: return VerdictCheck::Outcome::not_applicable;
    }
    return VerdictCheck::Outcome::fails;
}

const Finding* find_finding(const VendorResult& r, FindingKind kind) {
    for (const auto& f : r.findings)
        if (f.kind == kind) return &f;
    return nullptr;
}

// The risk tolerance the profile sets for the response's category (or its default), when it sets one.
void tolerance_check(const VendorResult& r, const RulePack& pack, std::vector<VerdictCheck>& checks) {
    if (!r.scored || !pack.tolerance_for(r.category)) return;
    const bool own = !r.category.empty() && pack.risk_tolerance.count(r.category);
    const std::string name = own ? "within the risk tolerance for category '" + r.category + "'" : "within the default risk tolerance";
    VerdictCheck check{VerdictCheck::Kind::risk_tolerance, "risk-tolerance", name, VerdictCheck::Outcome::met, "met",
                       "the result is " + name, r.answers_where};
    if (const Finding* f = find_finding(r, FindingKind::risk_tolerance_exceeded)) {
        check.outcome = VerdictCheck::Outcome::reviews;
        check.status = "exceeded";
        check.message = f->message;
        check.where = f->where;
    } else if (const Finding* signed_off = find_finding(r, FindingKind::risk_tolerance_signed_off)) {
        check.outcome = VerdictCheck::Outcome::waived;
        check.status = "signed-off";
        check.message = signed_off->message;
        check.where = signed_off->where;
    }
    checks.push_back(std::move(check));
}

// The oldest answers the profile accepts.
void answer_age_check(const VendorResult& r, const RulePack& pack, std::vector<VerdictCheck>& checks) {
    if (!pack.max_answer_age_days) return;
    const std::string days = std::to_string(*pack.max_answer_age_days);
    VerdictCheck check{VerdictCheck::Kind::answer_age, "answer-age", "answers not older than " + days + " days",
                       VerdictCheck::Outcome::met, "met", "answers from " + r.date + ", within " + days + " days", r.answers_where};
    if (const Finding* f = find_finding(r, FindingKind::answers_stale)) {
        check.outcome = VerdictCheck::Outcome::reviews;
        check.status = "too-old";
        check.message = f->message;
        check.where = f->where;
    }
    checks.push_back(std::move(check));
}

// --require-signature: the response signed by a key of the analyst's keyring (docs/evidence.md).
void signature_check(const VendorResult& r, std::vector<VerdictCheck>& checks) {
    if (!r.signature.required) return;
    VerdictCheck check{VerdictCheck::Kind::signature, "signature", "signed by a key of the keyring", VerdictCheck::Outcome::met,
                       "good", "good signature by " + r.signature.fingerprint, SourceLocation{r.file, 0, 0}};
    if (const Finding* f = find_finding(r, FindingKind::signature_required)) {
        check.outcome = VerdictCheck::Outcome::reviews;
        check.status = to_string(r.signature.status);
        check.message = f->message;
    }
    checks.push_back(std::move(check));
}

}  // namespace

std::vector<VerdictCheck> verdict_checks(const VendorResult& r, const RulePack& pack) {
    std::vector<VerdictCheck> checks;
    if (r.verdict == Verdict::invalid) return checks;
    for (const auto& g : r.gates)
        checks.push_back({VerdictCheck::Kind::gate, g.criterion->id, g.criterion->id + " " + g.criterion->title,
                          gate_outcome(g.status), to_string(g.status), g.reason, g.where});
    // The threshold and floors are about the whole response: located at its answers: line. A
    // screening has neither: it has no score.
    const SourceLocation& answers = r.answers_where;
    if (!r.scored) {
        answer_age_check(r, pack, checks);
        signature_check(r, checks);
        return checks;
    }
    const bool below = r.score + score_tolerance < pack.pass_threshold;
    checks.push_back({VerdictCheck::Kind::threshold, "threshold",
                      "score meets the pass threshold (" + format_number(pack.pass_threshold) + ")",
                      below ? VerdictCheck::Outcome::reviews : VerdictCheck::Outcome::met, below ? "below-threshold" : "met",
                      "score " + format_fixed(r.score, 1) + (below ? " is below" : " meets") + " the pass threshold " +
                          format_number(pack.pass_threshold),
                      answers});
    for (const auto& p : r.priorities) {
        if (p.priority->floor <= 0) continue;
        const bool missed = below_floor(p);
        checks.push_back({VerdictCheck::Kind::floor, p.priority->id,
                          p.priority->id + " meets its floor (" + format_number(p.priority->floor) + ")",
                          !p.applicable ? VerdictCheck::Outcome::not_applicable
                          : missed      ? VerdictCheck::Outcome::reviews
                                        : VerdictCheck::Outcome::met,
                          !p.applicable ? "n/a" : missed ? "below-floor" : "met",
                          p.priority->id + " (" + p.priority->title + ") " +
                              (p.applicable ? "scores " + format_fixed(p.score, 1) + (missed ? ", below" : ", at or above") +
                                                  " the profile's floor of " + format_number(p.priority->floor)
                                            : "is not applicable"),
                          answers});
    }
    tolerance_check(r, pack, checks);
    answer_age_check(r, pack, checks);
    signature_check(r, checks);
    return checks;
}

std::string reason_text(const VerdictCheck& check) {
    if (check.kind == VerdictCheck::Kind::gate) return "must-have " + check.name + " is " + check.status + ": " + check.message;
    return check.message;
}

std::string reason_brief(const VerdictCheck& check) {
    if (check.kind == VerdictCheck::Kind::gate) return "must-have " + check.name + ": " + check.status;
    return check.message;
}

namespace {

bool keeps_from_pass(const VerdictCheck& check) {
    return check.outcome == VerdictCheck::Outcome::fails || check.outcome == VerdictCheck::Outcome::reviews;
}

}  // namespace

std::vector<std::string> verdict_reasons(const std::vector<VerdictCheck>& checks) {
    std::vector<std::string> reasons;
    for (const auto& check : checks)
        if (keeps_from_pass(check)) reasons.push_back(reason_text(check));
    return reasons;
}

std::vector<std::string> verdict_brief_reasons(const std::vector<VerdictCheck>& checks) {
    std::vector<std::string> reasons;
    for (const auto& check : checks)
        if (keeps_from_pass(check)) reasons.push_back(reason_brief(check));
    return reasons;
}

bool fails_the_run(VerdictCheck::Outcome outcome, FailOn fail_on) {
    switch (outcome) {
        case VerdictCheck::Outcome::fails: return fail_on != FailOn::never;
        case VerdictCheck::Outcome::reviews: return fail_on == FailOn::review;
        default: return false;
    }
}

ResultSummary summarize_result(const VendorResult& r, std::size_t input, const RulePack& pack) {
    ResultSummary s;
    s.input = input;
    s.file = r.file;
    s.sha256 = r.sha256;
    s.vendor = r.vendor;
    s.product = r.product;
    s.version = r.version;
    s.verdict = r.verdict;
    s.scored = r.scored;
    s.score = r.score;
    s.rank = r.rank;
    for (const auto& p : r.priorities) s.priority_scores.push_back(p.applicable ? std::optional<double>(p.score) : std::nullopt);
    s.gates = gate_summary(r);
    const auto checks = verdict_checks(r, pack);
    for (const auto& check : checks) {
        ++s.checks;
        s.failing_checks += check.outcome == VerdictCheck::Outcome::fails;
        s.reviewing_checks += check.outcome == VerdictCheck::Outcome::reviews;
    }
    s.reasons = verdict_reasons(checks);
    s.brief_reasons = verdict_brief_reasons(checks);
    for (const auto& g : r.gates) s.gate_statuses.push_back(g.status);
    if (r.verdict == Verdict::invalid) s.diagnostics = r.diagnostics;
    if (r.signature.status != SignatureStatus::not_checked) s.signature = to_string(r.signature.status);
    if (r.signature.status == SignatureStatus::good) s.signer_fingerprint = r.signature.fingerprint;
    return s;
}

}  // namespace sbd
