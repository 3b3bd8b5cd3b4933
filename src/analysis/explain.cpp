// The arithmetic of one vendor's score, and what-if gains measured by re-scoring.
#include "analysis/explain.hpp"

#include <algorithm>
#include <cmath>

#include "model/criterion_scoring.hpp"
#include "score/scoring.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

// The response with `criterion` answered its best way (keeping the vendor's answer when only the
// evidence is missing). Returns the description of the change.
std::string improve(VendorResponse& response, const Criterion& c, const CriterionResult& cr) {
    Answer best = *best_answer(c, true);
    const bool same_answer = cr.answer && !cr.answer->not_applicable && cr.raw + score_tolerance >= best_raw_score(c);
    if (same_answer) {
        Answer kept = *cr.answer;
        kept.evidence = best.evidence;
        response.answers[c.id] = kept;
        return "adding evidence for " + c.id + " (" + clip_text(kept.display, shown::word) + ")";
    }
    best.where = response.where_answer(c.id);
    response.answers[c.id] = best;
    return "answering " + c.id + " " + best.display + (best.evidence.empty() ? "" : " with evidence");
}

// Gains equal to 6 decimals tie (and keep pack order): floating-point noise must not reorder them.
long long gain_key(const WhatIf& w) { return std::llround(w.gain * 1e6); }

bool at_best(const Criterion& c, const CriterionResult& cr) {
    if (c.type == AnswerType::text || (cr.answer && cr.answer->not_applicable)) return true;
    return cr.credit + score_tolerance >= best_raw_score(c);
}

}  // namespace

Explanation explain(const RulePack& pack, const VendorResponse& response, const Scorer& scorer) {
    Explanation e;
    e.result = scorer(response);
    e.pass_threshold = pack.pass_threshold;
    e.points_to_threshold = std::max(0.0, pack.pass_threshold - e.result.score);

    double weight_total = 0;
    for (const auto& pr : e.result.priorities)
        if (pr.applicable) weight_total += pr.priority->weight;
    for (const auto& pr : e.result.priorities) {
        PriorityExplanation pe;
        pe.priority = pr.priority;
        pe.applicable = pr.applicable;
        pe.score = pr.score;
        pe.share = pr.applicable && weight_total > 0 ? pr.priority->weight / weight_total : 0;
        pe.total_points = pe.share * pe.score;
        e.priorities.push_back(pe);

        double criteria_weight = 0;
        for (const auto& cr : pr.criteria)
            if (cr.applicable && cr.criterion->weight > 0) criteria_weight += cr.criterion->weight;
        for (const auto& cr : pr.criteria) {
            CriterionExplanation ce;
            ce.criterion = cr.criterion;
            ce.priority = pr.priority;
            ce.answer = answer_in_words(cr);
            ce.scored = cr.applicable && cr.criterion->weight > 0 && criteria_weight > 0;
            ce.raw = cr.raw;
            ce.credit = cr.credit;
            if (cr.evidence_missing)
                ce.why_reduced = "no evidence: credit " + format_number(cr.credit) + " instead of " + format_number(cr.raw);
            if (ce.scored) {
                ce.priority_points = 100.0 * cr.criterion->weight * cr.credit / criteria_weight;
                ce.total_points = pe.share * ce.priority_points;
            }
            e.criteria.push_back(ce);
        }
    }

    // What-if: each criterion below its best, re-scored alone.
    for (const auto& pr : e.result.priorities)
        for (const auto& cr : pr.criteria) {
            const Criterion& c = *cr.criterion;
            if (at_best(c, cr) || !best_answer(c, true)) continue;
            VendorResponse modified = response;
            WhatIf w;
            w.criteria = {c.id};
            w.change = improve(modified, c, cr);
            VendorResult rescored = scorer(modified);
            w.gain = rescored.score - e.result.score;
            w.verdict = rescored.verdict;
            e.improvements.push_back(w);
        }
    std::stable_sort(e.improvements.begin(), e.improvements.end(),
                     [](const WhatIf& a, const WhatIf& b) { return gain_key(a) > gain_key(b); });

    // Gates that do not pass: fixed one by one, then all together.
    VendorResponse all_fixed = response;
    std::vector<std::string> fixed_ids;
    std::vector<std::string> changes;
    for (const auto& g : e.result.gates) {
        if (g.status != GateStatus::fail && g.status != GateStatus::unanswered && g.status != GateStatus::unverified) continue;
        const CriterionResult* cr = nullptr;
        for (const auto& pr : e.result.priorities)
            for (const auto& c : pr.criteria)
                if (c.criterion == g.criterion) cr = &c;
        if (!cr) continue;
        VendorResponse modified = response;
        WhatIf w;
        w.criteria = {g.criterion->id};
        w.change = improve(modified, *g.criterion, *cr);
        VendorResult rescored = scorer(modified);
        w.gain = rescored.score - e.result.score;
        w.verdict = rescored.verdict;
        e.gate_fixes.push_back(w);
        changes.push_back(improve(all_fixed, *g.criterion, *cr));
        fixed_ids.push_back(g.criterion->id);
    }
    if (fixed_ids.size() > 1) {
        WhatIf w;
        w.criteria = fixed_ids;
        w.change = join(changes, ", ");
        VendorResult rescored = scorer(all_fixed);
        w.gain = rescored.score - e.result.score;
        w.verdict = rescored.verdict;
        e.gate_fixes.push_back(w);
    }
    return e;
}

}  // namespace sbd
