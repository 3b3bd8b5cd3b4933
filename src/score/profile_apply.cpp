#include "score/profile_apply.hpp"

#include <algorithm>

#include "model/criterion_scoring.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

class Applier {
public:
    Applier(RulePack& pack, std::vector<Diagnostic>& diags) : pack_(pack), diags_(diags) {
        for (const auto& p : pack.priorities) priority_ids_.push_back(p.id);
        criterion_ids_ = pack.criterion_ids();
    }

    void apply(const Profile& profile) {
        if (!profile.pack.empty() && !pack_.accepts(profile.pack)) {
            error(profile.pack_where, "profile " + profile.name + " is written for pack " + profile.pack + ", not " + pack_.id,
                  "use a profile written for " + pack_.id + ", or choose the pack with --pack " + profile.pack);
            return;
        }
        if (profile.pass_threshold) {
            if (in_range(*profile.pass_threshold, "pass_threshold", 0, 100, false)) pack_.pass_threshold = profile.pass_threshold->value;
        }
        for (const auto& [id, setting] : profile.weights) set_weight(id, setting);
        for (const auto& [id, setting] : profile.floors) {
            Priority* p = find_priority(id);
            if (!p) {
                unknown(setting.where, "priority", id, priority_ids_);
                continue;
            }
            if (in_range(setting, "floor of " + id, 0, 100, false)) p->floor = setting.value;
        }
        for (const auto& [category, tolerance] : profile.risk_tolerance) set_tolerance(category, tolerance);
        if (profile.max_answer_age_days) pack_.max_answer_age_days = static_cast<int>(profile.max_answer_age_days->value);
        if (profile.verify_evidence) pack_.verify_evidence = *profile.verify_evidence;
        for (const auto& change : profile.gates_add) {
            if (std::any_of(profile.gates_remove.begin(), profile.gates_remove.end(),
                            [&](const ProfileGateChange& r) { return r.criterion_id == change.criterion_id; }))
                error(change.where, "gate " + change.criterion_id + " is both added and removed", "keep it in one list");
            Criterion* c = find_criterion(change.criterion_id, change.where);
            if (!c) continue;
            if (c->type == AnswerType::text) {
                error(change.where, c->id + " is a text criterion and cannot be a gate");
            } else if (best_raw_score(*c) < c->gate_min_score) {
                error(change.where, c->id + " cannot be a gate: no answer reaches its gate_min_score " + format_fixed(c->gate_min_score, 2));
            } else {
                c->gate = true;
            }
        }
        for (const auto& change : profile.gates_remove) {
            Criterion* c = find_criterion(change.criterion_id, change.where);
            if (!c) continue;
            if (!c->gate) {
                std::vector<std::string> gates;
                for (const Criterion* g : pack_.gates()) gates.push_back(g->id);
                error(change.where, c->id + " is not a gate in this pack", "its gates: " + join(gates, ", "));
                continue;
            }
            c->gate = false;
        }
    }

private:
    RulePack& pack_;
    std::vector<Diagnostic>& diags_;
    std::vector<std::string> priority_ids_;
    std::vector<std::string> criterion_ids_;

    void error(const SourceLocation& at, std::string message, std::string hint = {}) {
        diags_.push_back({Severity::error, at, std::move(message), std::move(hint)});
    }

    void unknown(const SourceLocation& at, const std::string& kind, const std::string& id, const std::vector<std::string>& known) {
        auto suggestion = closest_match(id, known);
        error(at, "unknown " + kind + " id " + quote_text(id) + " in pack " + pack_.id,
              suggestion ? "did you mean '" + *suggestion + "'?" : "");
    }

    bool in_range(const ProfileSetting& s, const std::string& what, double lo, double hi, bool lo_open) {
        if ((lo_open ? s.value <= lo : s.value < lo) || s.value > hi) {
            error(s.where, what + " must be " + (lo_open ? "greater than " : "at least ") + format_number(lo) + " and at most " +
                               format_number(hi) + ", not " + format_number(s.value));
            return false;
        }
        return true;
    }

    Priority* find_priority(const std::string& id) {
        for (auto& p : pack_.priorities)
            if (p.id == id) return &p;
        return nullptr;
    }

    Criterion* find_criterion(const std::string& id, const SourceLocation& at) {
        for (auto& p : pack_.priorities)
            for (auto& c : p.criteria)
                if (c.id == id) return &c;
        unknown(at, "criterion", id, criterion_ids_);
        return nullptr;
    }

    // A category's tolerance replaces what a base profile set for it.
    void set_tolerance(const std::string& category, const ProfileTolerance& t) {
        if (!category.empty() && !pack_.find_category(category)) {
            std::vector<std::string> ids;
            for (const auto& c : pack_.categories) ids.push_back(c.id);
            auto suggestion = closest_match(category, ids);
            error(t.where, "unknown product category " + quote_text(category) + " in pack " + pack_.id,
                  suggestion ? "did you mean '" + *suggestion + "'?"
                  : ids.empty() ? "the pack declares no categories: set the tolerance under default"
                                : "categories: " + join(ids, ", ") + "; or default for every other response");
            return;
        }
        RiskTolerance out;
        out.where = t.where;
        if (t.min_score && in_range(*t.min_score, "min_score", 0, 100, false)) out.min_score = t.min_score->value;
        for (const auto& [id, floor] : t.floors) {
            if (!find_priority(id)) {
                unknown(floor.where, "priority", id, priority_ids_);
                continue;
            }
            if (in_range(floor, "floor of " + id, 0, 100, false)) out.floors[id] = floor.value;
        }
        pack_.risk_tolerance[category] = out;
    }

    void set_weight(const std::string& id, const ProfileSetting& s) {
        if (Priority* p = find_priority(id)) {
            if (in_range(s, "weight of " + id, 0, 100, true)) p->weight = s.value;
            return;
        }
        for (auto& p : pack_.priorities)
            for (auto& c : p.criteria) {
                if (c.id != id) continue;
                if (c.type == AnswerType::text) error(s.where, id + " is a text criterion: it is unscored and has no weight");
                else if (in_range(s, "weight of " + id, 0, 100, false)) c.weight = s.value;
                return;
            }
        std::vector<std::string> known = priority_ids_;
        known.insert(known.end(), criterion_ids_.begin(), criterion_ids_.end());
        unknown(s.where, "priority or criterion", id, known);
    }
};

}  // namespace

Result<RulePack> apply_profile(const RulePack& pack, const Profile& profile) {
    Result<RulePack> result;
    RulePack adjusted = pack;
    Applier applier(adjusted, result.diagnostics);
    if (profile.base_profile) applier.apply(*profile.base_profile);
    applier.apply(profile);
    if (!has_errors(result.diagnostics)) result.value = std::move(adjusted);
    return result;
}

}  // namespace sbd
