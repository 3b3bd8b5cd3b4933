#include "score/waiver_apply.hpp"

#include "score/scoring.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

std::string subject(const Waiver& w) {
    return "waiver of " + w.criterion + " for " + quote_text(w.vendor, shown::name) + (w.product.empty() ? "" : " " + quote_text(w.product, shown::name));
}

bool expired(const Waiver& w, const std::string& today) { return w.expires < today; }  // YYYY-MM-DD compares as text; the expiry day itself still counts

bool names_a_gate(const Waiver& w, const RulePack& pack) {
    const Criterion* c = pack.find_criterion(w.criterion);
    return c && c->gate;
}

bool signs_off(const Waiver& w) { return w.criterion == risk_tolerance_sign_off; }

// A waiver of `risk-tolerance`: the documented sign-off of a result beyond the risk tolerance.
bool sign_off(VendorResult& r, const Waiver& w) {
    bool applied = false;
    for (auto& f : r.findings) {
        if (f.kind != FindingKind::risk_tolerance_exceeded) continue;
        f.kind = FindingKind::risk_tolerance_signed_off;
        f.severity = Severity::note;
        const std::string beyond = f.message.substr(0, f.message.rfind(": needs sign-off"));
        f.message = beyond + ": signed off by " + strip_control(w.approved_by) + " until " + w.expires + ": " + strip_control(w.reason);
        applied = true;
    }
    return applied;
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

std::vector<WaiverMatch> waive_result(VendorResult& r, const std::vector<Waiver>& waivers, const std::string& today,
                                      const RulePack& pack) {
    std::vector<WaiverMatch> found;
    bool touched = false;
    for (std::size_t k = 0; k < waivers.size(); ++k) {
        const Waiver& w = waivers[k];
        if (expired(w, today) || !(signs_off(w) || names_a_gate(w, pack)) || !matches(w, r)) continue;
        WaiverMatch match{k, false, std::nullopt};
        if (signs_off(w)) {
            match.applied = sign_off(r, w);
            touched = touched || match.applied;
        } else if (GateResult* g = find_gate(r, w.criterion)) {
            if (!gate_blocks(g->status)) {
                match.gate_status = g->status;
            } else {
                const Criterion* c = pack.find_criterion(w.criterion);
                const std::string reason =
                    "waived by " + strip_control(w.approved_by) + " until " + w.expires + ": " + strip_control(w.reason);
                g->status = GateStatus::waived;
                g->reason = reason + " (was: " + g->reason + ")";
                g->waiver = w.where;
                r.findings.push_back({Severity::note, FindingKind::gate_waived, c->id,
                                      "must-have " + c->id + " (" + c->title + ") " + reason, g->where});
                match.applied = touched = true;
            }
        }
        found.push_back(match);
    }
    if (touched) r.verdict = verdict_for(r, pack);
    return found;
}

Result<void> waiver_warnings(const std::vector<Waiver>& waivers, const std::vector<WaivedVendor>& run,
                             const std::string& today, const RulePack& pack) {
    Result<void> result;
    auto& warnings = result.diagnostics;
    for (std::size_t k = 0; k < waivers.size(); ++k) {
        const Waiver& w = waivers[k];
        if (expired(w, today)) {
            warnings.push_back(warning(w.expires_where, subject(w) + " expired on " + w.expires + "; not applied",
                                       "renew it with a new approval and date, or remove it"));
            continue;
        }
        if (!signs_off(w) && !names_a_gate(w, pack)) {
            warnings.push_back(warning(w.where, subject(w) + ": " + w.criterion + " is not a must-have in this pack or profile; not applied",
                                       "waivers only cover gates"));
            continue;
        }
        bool matched = false;
        bool applied = false;
        std::vector<std::string> statuses;
        for (const auto& vendor : run)
            for (const auto& m : vendor.matches) {
                if (m.waiver != k) continue;
                matched = true;
                applied = applied || m.applied;
                if (m.gate_status) statuses.push_back(to_string(*m.gate_status));
            }
        if (!matched) {
            std::vector<std::string> vendors;
            for (const auto& v : run) vendors.push_back(v.vendor);
            auto suggestion = closest_match(w.vendor, vendors);
            warnings.push_back(warning(w.where, subject(w) + " matches no vendor in this run; not applied",
                                       suggestion ? "vendor and product match exactly, case included; did you mean " + quote_text(*suggestion, shown::name) + "?"
                                                  : "vendor and product match exactly, case included"));
            continue;
        }
        if (!applied && signs_off(w))
            warnings.push_back(warning(w.where, subject(w) + ": nothing to sign off, the result is within the profile's risk tolerance; not applied",
                                       "remove the waiver, or check the --profile of this run"));
        else if (!applied)
            warnings.push_back(warning(w.where, subject(w) + ": nothing to waive, the gate's status is '" + join(statuses, "', '") + "'; not applied",
                                       "remove the waiver; only failed or unanswered must-haves can be waived"));
    }
    return result;
}

Result<void> apply_waivers(std::vector<VendorResult>& results, const std::vector<Waiver>& waivers,
                           const std::string& today, const RulePack& pack) {
    std::vector<WaivedVendor> run;
    for (auto& r : results) {
        auto matches = waive_result(r, waivers, today, pack);
        if (r.verdict != Verdict::invalid) run.push_back({r.vendor, std::move(matches)});
    }
    return waiver_warnings(waivers, run, today, pack);
}

}  // namespace sbd
