#include "score/scoring.hpp"

#include <algorithm>
#include <set>

#include "util/dates.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

GateResult evaluate_gate(const Criterion& c, const std::string& priority_id, const CriterionResult& cr,
                         const VendorResponse& response) {
    GateResult g;
    g.criterion = &c;
    g.priority_id = priority_id;
    const std::string needs = "this must-have needs " + c.gate_requirement();
    if (!cr.answer) {
        g.status = GateStatus::unanswered;
        g.reason = "unanswered; " + needs;
        g.where = response.where_answer(c.id);
        return g;
    }
    g.where = cr.answer->where;
    const std::string answered = "answered " + quote_text(cr.answer->display, shown::name);
    if (cr.answer->not_applicable) {
        g.status = GateStatus::not_applicable;
        g.reason = "answered n/a, which this criterion allows";
    } else if (!meets_gate(c, cr.raw)) {
        g.status = GateStatus::fail;
        g.reason = answered + "; " + needs;
    } else if (cr.evidence_missing) {
        g.status = GateStatus::unverified;
        const std::string shortfall = evidence_shortfall(c, *cr.answer);
        g.reason = shortfall.empty() ? answered + " without evidence; attach the document or URL that shows it"
                                     : answered + " but its evidence does not count: " + shortfall;
    } else {
        g.status = GateStatus::pass;
        g.reason = answered + (c.evidence ? (c.evidence_format != EvidenceFormat::unknown && cr.answer->evidence_verified
                                                 ? std::string(" with a verified ") + format_name(c.evidence_format)
                                                 : std::string(" with evidence"))
                                          : "");
    }
    return g;
}

// The gate of a criterion whose stage comes after the one scored: not checked yet.
GateResult later_stage_gate(const Criterion& c, const std::string& priority_id, const VendorResponse& response,
                            const std::string& stage) {
    GateResult g;
    g.criterion = &c;
    g.priority_id = priority_id;
    g.status = GateStatus::later_stage;
    g.reason = "not scored at this stage (" + stage + "): its answer can first be verified at " + c.stage;
    g.where = response.where_answer(c.id);
    return g;
}

// A criterion's answer and its raw score and credit (docs/scoring.md, 1-2), with the findings it raises.
CriterionResult score_criterion(const RulePack& pack, const Priority& p, const Criterion& c, const VendorResponse& response,
                                std::vector<Finding>& findings) {
    CriterionResult cr;
    cr.criterion = &c;
    if (auto it = response.answers.find(c.id); it != response.answers.end()) cr.answer = it->second;
    cr.applicable = c.type != AnswerType::text && !(cr.answer && cr.answer->not_applicable);
    auto at = [&] { return response.where_answer(c.id); };  // only for a finding: most criteria raise none
    if (cr.answer && cr.answer->not_applicable) {
        findings.push_back({Severity::note, FindingKind::not_applicable, c.id, c.id + " (" + c.title + ") answered n/a: left out of " + p.id, at()});
    } else if (cr.answer && c.type != AnswerType::text) {
        cr.raw = raw_score(c, *cr.answer);
        cr.credit = cr.raw;
        if (lacks_expected_evidence(c, *cr.answer, cr.raw)) {
            cr.evidence_missing = true;
            cr.credit = cr.raw * pack.unevidenced_credit;
            const std::string shortfall = evidence_shortfall(c, *cr.answer);
            findings.push_back({Severity::warning, FindingKind::unevidenced_claim, c.id,
                                c.id + " (" + c.title + ") answered " + quote_text(cr.answer->display, shown::name) +
                                    (shortfall.empty() ? " without the expected evidence" : " without evidence that counts (" + shortfall + ")") +
                                    ": credit " + format_number(cr.credit) + " instead of " + format_number(cr.raw),
                                at()});
        }
    } else if (!cr.answer && c.scored()) {
        findings.push_back({Severity::warning, FindingKind::unanswered, c.id, c.id + " (" + c.title + ") is unanswered: counts as 0", at()});
    }
    return cr;
}

// What each file a response cites turned out to be, when it is a problem: tampered, missing,
// refused or invalid, or an SBOM of another product. Each file once, where it is first cited.
void evidence_findings(const VendorResponse& response, std::vector<Finding>& findings) {
    std::set<std::string> reported;
    for (const auto& [id, answer] : response.answers)
        for (const auto& e : answer.evidence_checks) {
            if (e.status == EvidenceStatus::cited || e.status == EvidenceStatus::verified) continue;
            if (!reported.insert(e.cited + "\n" + e.pinned_sha256).second) continue;
            if (e.status == EvidenceStatus::tampered)
                findings.push_back({Severity::warning, FindingKind::evidence_tampered, id,
                                    "evidence " + quote_text(e.cited, shown::name) + " of " + id + " is tampered: " + e.reason() +
                                        "; the claim counts as unevidenced",
                                    e.at(response.file)});
            else if (e.product_mismatch())
                findings.push_back({Severity::warning, FindingKind::sbom_mismatch, id,
                                    "SBOM " + quote_text(e.cited, shown::name) + " of " + id + " " + e.reason(), e.at(response.file)});
            else
                findings.push_back({Severity::warning, FindingKind::evidence_invalid, id,
                                    "evidence " + quote_text(e.cited, shown::name) + " of " + id + " is " + e.status_text() +
                                        (e.status == EvidenceStatus::missing ? ": " + e.reason() : ""),
                                    e.at(response.file)});
        }
}

// The response's signature: required (--require-signature) and not good holds the verdict at
// REVIEW; a bad one is always worth a warning.
void signature_findings(const VendorResponse& response, std::vector<Finding>& findings) {
    const SignatureCheck& s = response.signature;
    if (s.status == SignatureStatus::not_checked || s.status == SignatureStatus::good) return;
    const SourceLocation at{response.file, 0, 0};
    if (s.required)
        findings.push_back({Severity::warning, FindingKind::signature_required, "",
                            "the response must be signed by a key of the keyring: " + std::string(to_string(s.status)) + ", " +
                                s.reason + "; the verdict is at best REVIEW",
                            at});
    else if (s.status != SignatureStatus::unsigned_)
        findings.push_back({Severity::warning, FindingKind::signature_unverified, "",
                            "the response's signature is " + std::string(to_string(s.status)) + ": " + s.reason, at});
}

// A criterion of a later stage: its answer is kept for reports, nothing is scored or found.
CriterionResult later_stage_criterion(const Criterion& c, const VendorResponse& response) {
    CriterionResult cr;
    cr.criterion = &c;
    if (auto it = response.answers.find(c.id); it != response.answers.end()) cr.answer = it->second;
    cr.applicable = false;
    cr.in_stage = false;
    return cr;
}

// Screening: the gates alone, no priority scores.
void screen_gates(const RulePack& pack, const VendorResponse& response, const ScoreOptions& options, VendorResult& r) {
    std::vector<Finding> ignored;  // the findings of non-gate concerns (credit, unanswered) do not matter here
    for (const auto& p : pack.priorities)
        for (const auto& c : p.criteria) {
            if (!c.gate) continue;
            if (!in_stage(pack, c, options.stage)) {
                r.gates.push_back(later_stage_gate(c, p.id, response, options.stage));
                continue;
            }
            r.gates.push_back(evaluate_gate(c, p.id, score_criterion(pack, p, c, response, ignored), response));
        }
}

void score_priorities(const RulePack& pack, const VendorResponse& response, const ScoreOptions& options, VendorResult& r) {
    double weighted_total = 0;
    double weight_total = 0;
    for (const auto& p : pack.priorities) {
        PriorityResult pr;
        pr.priority = &p;
        pr.criteria.reserve(p.criteria.size());
        double sum = 0;
        double weights = 0;
        bool any_in_stage = false;
        for (const auto& c : p.criteria) {
            if (!in_stage(pack, c, options.stage)) {
                CriterionResult cr = later_stage_criterion(c, response);
                if (c.gate) r.gates.push_back(later_stage_gate(c, p.id, response, options.stage));
                pr.criteria.push_back(std::move(cr));
                continue;
            }
            any_in_stage = any_in_stage || c.scored();
            CriterionResult cr = score_criterion(pack, p, c, response, r.findings);
            if (cr.applicable && c.weight > 0) {
                sum += c.weight * cr.credit;
                weights += c.weight;
            }
            if (c.gate) r.gates.push_back(evaluate_gate(c, p.id, cr, response));
            pr.criteria.push_back(std::move(cr));
        }
        pr.in_stage = any_in_stage;
        pr.applicable = weights > 0;
        const double fraction = pr.applicable ? sum / weights : 0;  // the total adds fractions (docs/scoring.md, 4)
        pr.score = 100.0 * fraction;
        if (pr.applicable) {
            weighted_total += p.weight * fraction;
            weight_total += p.weight;
        }
        r.priorities.push_back(std::move(pr));
    }
    r.score = weight_total > 0 ? 100.0 * weighted_total / weight_total : 0;
}

// The profile's risk tolerance for the response's category (docs/profiles.md#risk-tolerance): a
// score or priority below it needs a documented sign-off.
void check_risk_tolerance(const RulePack& pack, const VendorResponse& response, VendorResult& r) {
    const RiskTolerance* tolerance = pack.tolerance_for(response.category);
    if (!tolerance) return;
    std::vector<std::string> causes;
    if (tolerance->min_score && r.score + score_tolerance < *tolerance->min_score)
        causes.push_back("score " + format_fixed(r.score, 1) + " < " + format_number(*tolerance->min_score));
    for (const auto& [id, floor] : tolerance->floors) {
        const PriorityResult* pr = r.find_priority(id);
        if (pr && pr->applicable && pr->score + score_tolerance < floor)
            causes.push_back(id + " " + format_fixed(pr->score, 1) + " < " + format_number(floor));
    }
    if (causes.empty()) return;
    const bool own = !response.category.empty() && pack.risk_tolerance.count(response.category);
    const std::string subject = own ? "risk tolerance for category '" + response.category + "'" : "the default risk tolerance";
    r.findings.push_back({Severity::warning, FindingKind::risk_tolerance_exceeded, "",
                          "exceeds " + subject + " (" + join(causes, "; ") + "): needs sign-off",
                          response.category.empty() ? response.answers_where : response.category_where});
}

// The profile's maximum answer age, measured to the run date: older answers need reassessment.
void check_answer_age(const RulePack& pack, const VendorResponse& response, const ScoreOptions& options, VendorResult& r) {
    if (!pack.max_answer_age_days || options.today.empty() || !is_calendar_date(response.date)) return;
    if (days_between(response.date, options.today) <= *pack.max_answer_age_days) return;
    r.findings.push_back({Severity::warning, FindingKind::answers_stale, "",
                          "answers from " + response.date + ", older than " + std::to_string(*pack.max_answer_age_days) +
                              " days: reassess",
                          response.date_where});
}

}  // namespace

bool in_stage(const RulePack& pack, const Criterion& c, const std::string& stage) {
    if (stage.empty()) return true;
    auto scored = pack.stage_index(stage);
    return !scored || pack.stage_index(c.stage).value_or(0) <= *scored;
}

VendorResult score_response(const RulePack& pack, const VendorResponse& response, std::vector<Diagnostic> load_warnings,
                            const ScoreOptions& options) {
    VendorResult r;
    r.file = response.file;
    r.sha256 = response.sha256;
    r.vendor = response.vendor;
    r.product = response.product;
    r.version = response.version;
    r.date = response.date;
    r.category = response.category;
    r.diagnostics = std::move(load_warnings);
    r.contact = response.contact;
    r.answers_where = response.answers_where;
    r.signature = response.signature;
    for (const auto& [id, answer] : response.answers) r.evidence_verified = r.evidence_verified || answer.evidence_verified;
    r.scored = !options.screen;

    if (options.screen) screen_gates(pack, response, options, r);
    else score_priorities(pack, response, options, r);

    for (const auto& g : r.gates) {
        if (g.status == GateStatus::unverified) {
            r.findings.push_back({Severity::warning, FindingKind::gate_unverified, g.criterion->id,
                                  "must-have " + g.criterion->id + " (" + g.criterion->title + ") is claimed without evidence: the verdict is at best REVIEW",
                                  g.where});
        }
    }
    for (const auto& pr : r.priorities) {
        if (below_floor(pr))
            r.findings.push_back({Severity::warning, FindingKind::below_floor, "",
                                  pr.priority->id + " (" + pr.priority->title + ") scores " + format_fixed(pr.score, 1) +
                                      ", below the profile's floor of " + format_number(pr.priority->floor) + ": the verdict is at best REVIEW",
                                  response.answers_where});
    }
    evidence_findings(response, r.findings);
    signature_findings(response, r.findings);
    if (r.scored) check_risk_tolerance(pack, response, r);
    check_answer_age(pack, response, options, r);
    r.verdict = verdict_for(r, pack);
    return r;
}

bool below_floor(const PriorityResult& pr) { return pr.applicable && below_floor(pr.score, pr.priority->floor); }

bool below_floor(double score, double floor) { return floor > 0 && score + score_tolerance < floor; }

Verdict verdict_from(bool gate_blocks, bool needs_review, double score, double pass_threshold) {
    if (gate_blocks) return Verdict::fail;
    return needs_review || score + score_tolerance < pass_threshold ? Verdict::review : Verdict::pass;
}

Verdict verdict_for(const VendorResult& r, const RulePack& pack) {
    bool blocked = false;
    bool review = false;
    for (const auto& g : r.gates) {
        blocked = blocked || gate_blocks(g.status);
        review = review || g.status == GateStatus::unverified;
    }
    for (const auto& pr : r.priorities) review = review || below_floor(pr);
    for (const auto& f : r.findings) review = review || holds_for_review(f.kind);
    if (!r.scored) return blocked ? Verdict::fail : review ? Verdict::review : Verdict::pass;  // a screening has no score
    return verdict_from(blocked, review, r.score, pack.pass_threshold);
}

VendorResult invalid_result(const std::string& file, std::vector<Diagnostic> diagnostics) {
    VendorResult r;
    r.file = file;
    r.verdict = Verdict::invalid;
    r.diagnostics = std::move(diagnostics);
    return r;
}

}  // namespace sbd
