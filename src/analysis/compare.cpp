// Differences between two scored submissions of one product.
#include "analysis/compare.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace sbd {

namespace {

std::vector<std::string> missing_from(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::string> out;
    for (const auto& x : a)
        if (std::find(b.begin(), b.end(), x) == b.end()) out.push_back(x);
    return out;
}

const CriterionResult* find_criterion(const VendorResult& r, const std::string& id) {
    for (const auto& p : r.priorities)
        for (const auto& c : p.criteria)
            if (c.criterion->id == id) return &c;
    return nullptr;
}

}  // namespace

Comparison compare_results(VendorResult old_result, VendorResult new_result) {
    Comparison cmp;
    cmp.old_result = std::move(old_result);
    cmp.new_result = std::move(new_result);
    const VendorResult& o = cmp.old_result;
    const VendorResult& n = cmp.new_result;
    if (o.vendor != n.vendor) cmp.warnings.push_back("the files name different vendors: " + quote_text(o.vendor, shown::name) + " and " + quote_text(n.vendor, shown::name));
    if (o.product != n.product) cmp.warnings.push_back("the files name different products: " + quote_text(o.product, shown::name) + " and " + quote_text(n.product, shown::name));

    for (const auto& np : n.priorities) {
        const PriorityResult* op = o.find_priority(np.priority->id);
        if (!op) continue;
        cmp.priorities.push_back({np.priority, op->applicable, np.applicable, op->score, np.score});
        for (const auto& nc : np.criteria) {
            const CriterionResult* oc = find_criterion(o, nc.criterion->id);
            if (!oc) continue;
            AnswerChange ch;
            ch.criterion = nc.criterion;
            ch.old_answer = answer_in_words(*oc);
            ch.new_answer = answer_in_words(nc);
            const std::vector<std::string> none;
            const auto& old_ev = oc->answer ? oc->answer->evidence : none;
            const auto& new_ev = nc.answer ? nc.answer->evidence : none;
            ch.evidence_added = missing_from(new_ev, old_ev);
            ch.evidence_removed = missing_from(old_ev, new_ev);
            ch.old_credit = oc->credit;
            ch.new_credit = nc.credit;
            if (ch.old_answer != ch.new_answer || !ch.evidence_added.empty() || !ch.evidence_removed.empty())
                cmp.answers.push_back(std::move(ch));
        }
    }
    for (const auto& ng : n.gates) {
        for (const auto& og : o.gates)
            if (og.criterion->id == ng.criterion->id && og.status != ng.status)
                cmp.gates.push_back({ng.criterion, og.status, ng.status, ng.reason});
    }
    return cmp;
}

}  // namespace sbd
