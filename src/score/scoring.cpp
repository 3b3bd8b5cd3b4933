#include "score/scoring.hpp"

#include <algorithm>

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
        g.reason = answered + " without evidence; attach the document or URL that shows it";
    } else {
        g.status = GateStatus::pass;
        g.reason = answered + (c.evidence ? " with evidence" : "");
    }
    return g;
}

}  // namespace


VendorResult score_response(const RulePack& pack, const VendorResponse& response, std::vector<Diagnostic> load_warnings) {
    VendorResult r;
    r.file = response.file;
    r.sha256 = response.sha256;
    r.vendor = response.vendor;
    r.product = response.product;
    r.version = response.version;
    r.date = response.date;
    r.diagnostics = std::move(load_warnings);
    r.contact = response.contact;
    r.answers_where = response.answers_where;

    double weighted_total = 0;
    double weight_total = 0;
    for (const auto& p : pack.priorities) {
        PriorityResult pr;
        pr.priority = &p;
        double sum = 0;
        double weights = 0;
        for (const auto& c : p.criteria) {
            CriterionResult cr;
            cr.criterion = &c;
            if (auto it = response.answers.find(c.id); it != response.answers.end()) cr.answer = it->second;
            cr.applicable = c.type != AnswerType::text && !(cr.answer && cr.answer->not_applicable);
            const SourceLocation at = response.where_answer(c.id);
            if (cr.answer && cr.answer->not_applicable) {
                r.findings.push_back({Severity::note, FindingKind::not_applicable, c.id, c.id + " (" + c.title + ") answered n/a: left out of " + p.id, at});
            } else if (cr.answer && c.type != AnswerType::text) {
                cr.raw = raw_score(c, *cr.answer);
                cr.credit = cr.raw;
                if (lacks_expected_evidence(c, *cr.answer, cr.raw)) {
                    cr.evidence_missing = true;
                    cr.credit = cr.raw * pack.unevidenced_credit;
                    r.findings.push_back({Severity::warning, FindingKind::unevidenced_claim, c.id,
                                          c.id + " (" + c.title + ") answered " + quote_text(cr.answer->display, shown::name) +
                                              " without the expected evidence: credit " + format_number(cr.credit) +
                                              " instead of " + format_number(cr.raw),
                                          at});
                }
            } else if (!cr.answer && c.scored()) {
                r.findings.push_back({Severity::warning, FindingKind::unanswered, c.id,
                                      c.id + " (" + c.title + ") is unanswered: counts as 0", at});
            }
            if (cr.applicable && c.weight > 0) {
                sum += c.weight * cr.credit;
                weights += c.weight;
            }
            if (c.gate) r.gates.push_back(evaluate_gate(c, p.id, cr, response));
            pr.criteria.push_back(std::move(cr));
        }
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
