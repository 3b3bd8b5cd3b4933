#include "score/waiver_apply.hpp"

#include <set>

#include "score/scoring.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

std::string subject(const Waiver& w) {
    return "waiver of " + w.criterion + " for " + quote_text(w.vendor, shown::name) + (w.product.empty() ? "" : " " + quote_text(w.product, shown::name));
}

bool matches(const Waiver& w, const VendorResult& r) {
    return r.verdict != Verdict::invalid && r.vendor == w.vendor && (w.product.empty() || r.product == w.product);
}

GateResult* find_gate(VendorResult& r, const std::string& criterion) {
    for (auto& g : r.gates)
        if (g.criterion->id == criterion) return &g;
    return nullptr;
}

Diagnostic warning(const SourceLocation& at, std::string message, std::string hint = {}) {
    return {Severity::warning, at, std::move(message), std::move(hint)};
}

}  // namespace

Result<void> apply_waivers(std::vector<VendorResult>& results, const std::vector<Waiver>& waivers,
                           const std::string& today, const RulePack& pack) {
    Result<void> result;
    auto& warnings = result.diagnostics;
    std::set<VendorResult*> touched;
    for (const Waiver& w : waivers) {
        if (w.expires < today) {  // YYYY-MM-DD compares as text; the expiry day itself still counts
            warnings.push_back(warning(w.expires_where, subject(w) + " expired on " + w.expires + "; not applied",
                                       "renew it with a new approval and date, or remove it"));
            continue;
        }
        const Criterion* c = pack.find_criterion(w.criterion);
        if (!c || !c->gate) {
            warnings.push_back(warning(w.where, subject(w) + ": " + w.criterion + " is not a must-have in this pack or profile; not applied",
                                       "waivers only cover gates"));
            continue;
        }
        std::vector<VendorResult*> matched;
        for (auto& r : results)
            if (matches(w, r)) matched.push_back(&r);
        if (matched.empty()) {
            std::vector<std::string> vendors;
            for (const auto& r : results)
                if (r.verdict != Verdict::invalid) vendors.push_back(r.vendor);
            auto suggestion = closest_match(w.vendor, vendors);
            warnings.push_back(warning(w.where, subject(w) + " matches no vendor in this run; not applied",
                                       suggestion ? "vendor and product match exactly, case included; did you mean " + quote_text(*suggestion, shown::name) + "?"
                                                  : "vendor and product match exactly, case included"));
            continue;
        }
        std::vector<std::string> statuses;
        bool applied = false;
        for (VendorResult* r : matched) {
            GateResult* g = find_gate(*r, w.criterion);
            if (!g) continue;
            if (!gate_blocks(g->status)) {
                statuses.push_back(to_string(g->status));
                continue;
            }
            const std::string reason = "waived by " + strip_control(w.approved_by) + " until " + w.expires + ": " + strip_control(w.reason);
            g->status = GateStatus::waived;
            g->reason = reason + " (was: " + g->reason + ")";
            g->waiver = w.where;
            r->findings.push_back({Severity::note, FindingKind::gate_waived, c->id,
                                   "must-have " + c->id + " (" + c->title + ") " + reason, g->where});
            touched.insert(r);
            applied = true;
        }
        if (!applied)
            warnings.push_back(warning(w.where, subject(w) + ": nothing to waive, the gate's status is '" + join(statuses, "', '") + "'; not applied",
                                       "remove the waiver; only failed or unanswered must-haves can be waived"));
    }
    for (VendorResult* r : touched) r->verdict = verdict_for(*r, pack);
    return result;
}

}  // namespace sbd
