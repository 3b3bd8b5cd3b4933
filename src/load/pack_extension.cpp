#include "load/pack_extension.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace sbd::pack_extension {

using yaml::Context;
using yaml::MapReader;

namespace {

std::vector<std::string> priority_ids(const RulePack& pack) {
    std::vector<std::string> out;
    for (const auto& p : pack.priorities) out.push_back(p.id);
    return out;
}

Priority* find_priority(RulePack& pack, const std::string& id) {
    for (auto& p : pack.priorities)
        if (p.id == id) return &p;
    return nullptr;
}

Criterion* find_criterion(RulePack& pack, const std::string& id) {
    for (auto& p : pack.priorities)
        for (auto& c : p.criteria)
            if (c.id == id) return &c;
    return nullptr;
}

// "unknown criterion 'X' in the base pack sbd-ot (hint: did you mean ...)", or "... removed above".
void unknown_id(Context& ctx, const yaml::Node& at, const std::string& kind, const std::string& id, const RulePack& pack,
                const std::vector<std::string>& known) {
    if (auto it = pack.removed.find(id); it != pack.removed.end()) {
        ctx.error(ctx.where(at), kind + " " + quote_text(id) + " is removed by this pack",
                  "removed at " + format_location(it->second.where) + "; keep it or change it, not both");
        return;
    }
    auto suggestion = closest_match(id, known);
    ctx.error(ctx.where(at), "no " + kind + " " + quote_text(id) + " in the base pack" + (pack.bases.empty() ? "" : " " + pack.bases.front().id),
              suggestion ? "did you mean '" + *suggestion + "'?" : "see 'sbdscore rules list' for the base pack's ids");
}

// The ids listed under `remove.priorities` / `remove.criteria`, each with its node.
std::vector<std::pair<std::string, yaml::Node>> id_list(Context& ctx, const yaml::Node& node, const std::string& what) {
    std::vector<std::pair<std::string, yaml::Node>> out;
    if (!node.is_defined()) return out;
    if (!yaml::read_string_list(ctx, node, what, false)) return out;
    for (const auto& item : node) out.emplace_back(item.scalar(), item);
    return out;
}

void remove_ids(Context& ctx, const yaml::Node& node, RulePack& pack, const std::vector<std::string>& base_ids) {
    MapReader m(ctx, node, "remove", {"priorities", "criteria"});
    if (!m.ok()) return;
    auto record = [&](const Criterion& c, const yaml::Node& at) {
        pack.removed[c.id] = RemovedCriterion{pack.id, base_ids, ctx.where(at)};
    };
    for (const auto& [id, at] : id_list(ctx, m.get("priorities"), "remove.priorities")) {
        const std::string& wanted = id;  // Clang before 16 cannot capture a structured binding
        auto it = std::find_if(pack.priorities.begin(), pack.priorities.end(), [&](const Priority& p) { return p.id == wanted; });
        if (it == pack.priorities.end()) {
            unknown_id(ctx, at, "priority", id, pack, priority_ids(pack));
            continue;
        }
        for (const auto& c : it->criteria) record(c, at);
        pack.priorities.erase(it);
    }
    if (pack.priorities.empty() && m.find("priorities"))
        ctx.error(ctx.where(m.get("priorities")), "removing these priorities leaves the pack with none",
                  "an extension keeps at least one priority of its base, or adds its own under add.priorities");
    for (const auto& [id, at] : id_list(ctx, m.get("criteria"), "remove.criteria")) {
        const std::string& wanted = id;  // Clang before 16 cannot capture a structured binding
        bool found = false;
        for (auto& p : pack.priorities) {
            auto it = std::find_if(p.criteria.begin(), p.criteria.end(), [&](const Criterion& c) { return c.id == wanted; });
            if (it == p.criteria.end()) continue;
            found = true;
            record(*it, at);
            p.criteria.erase(it);
            if (p.criteria.empty())
                ctx.error(ctx.where(at), "removing " + id + " leaves priority " + p.id + " (" + p.title + ") with no criteria",
                          "remove the whole priority instead: remove: { priorities: [" + p.id + "] }");
            break;
        }
        if (!found) unknown_id(ctx, at, "criterion", id, pack, pack.criterion_ids());
    }
}

void override_priority(Context& ctx, const yaml::Entry& e, Priority& p) {
    MapReader m(ctx, e.value, "the override of " + p.id, {"title", "weight", "description"});
    if (!m.ok()) return;
    if (auto t = yaml::read_string(ctx, m.get("title"), p.id + " title")) p.title = *t;
    if (auto d = yaml::read_string(ctx, m.get("description"), p.id + " description")) p.description = *d;
    if (auto w = pack_reading::read_in_range(ctx, m.get("weight"), p.id + " weight", 0, 100, true)) p.weight = *w;
    p.overridden_at = ctx.where(e.key_node);
}

// Responses written for the base pack must stay valid: an override may rescore, relabel and add
// options, never drop one; it may not forbid n/a where the base allowed it.
void keep_base_answers_valid(Context& ctx, const MapReader& m, const Criterion& base, const Criterion& c) {
    if (m.find("options")) {
        std::vector<std::string> dropped;
        for (const auto& o : base.options)
            if (!c.find_option(o.value)) dropped.push_back(o.value);
        if (!dropped.empty())
            ctx.error(ctx.where(m.get("options")), "the options of " + c.id + " drop " + join(dropped, ", ") +
                                                       ", which responses written for the base pack may give",
                      "keep every base option (give it score: 0 to make it worthless); new options may be added");
    }
    if (base.na_allowed && !c.na_allowed)
        ctx.error(ctx.where(m.get("na")), c.id + " allows n/a in the base pack; an extension cannot forbid it",
                  "responses written for the base pack may answer n/a");
}

void override_criterion(Context& ctx, const yaml::Entry& e, Criterion& c, const pack_reading::StageRules& stages) {
    MapReader m(ctx, e.value, "the override of " + c.id,
                {"title", "question", "guidance", "weight", "gate", "gate_min_score", "evidence", "na", "options", "scores",
                 "bands", "unit", "stage", "evidence_format"});
    if (!m.ok()) return;
    const std::size_t errors_before = ctx.error_count();
    const Criterion base = c;
    const std::string& id = c.id;
    if (auto v = yaml::read_string(ctx, m.get("title"), id + " title")) c.title = *v;
    if (auto v = yaml::read_string(ctx, m.get("question"), id + " question")) c.question = *v;
    if (auto v = yaml::read_string(ctx, m.get("guidance"), id + " guidance")) c.guidance = *v;
    if (auto v = yaml::read_bool(ctx, m.get("gate"), id + " gate")) c.gate = *v;
    if (auto v = yaml::read_bool(ctx, m.get("evidence"), id + " evidence")) c.evidence = *v;
    if (auto v = yaml::read_bool(ctx, m.get("na"), id + " na")) c.na_allowed = *v;
    if (m.find("evidence_format")) pack_reading::read_evidence_format(ctx, m.get("evidence_format"), id, c);
    if (auto v = pack_reading::read_in_range(ctx, m.get("gate_min_score"), id + " gate_min_score", 0, 1, true)) c.gate_min_score = *v;
    if (m.find("stage") && stages.stages)
        if (auto v = pack_reading::read_stage(ctx, m.get("stage"), id + " stage", *stages.stages)) c.stage = *v;

    auto only_for = [&](const char* key, bool applies, const char* types) {
        if (!m.find(key) || applies) return false;
        ctx.error(ctx.where(m.find(key)->key_node),
                  std::string("'") + key + "' applies to " + types + " criteria only, and " + id + " is " + to_string(c.type));
        return true;
    };
    if (m.find("weight")) {
        if (c.type == AnswerType::text) ctx.error(ctx.where(m.get("weight")), id + " is a text criterion: it is unscored and has no weight");
        else if (auto v = pack_reading::read_in_range(ctx, m.get("weight"), id + " weight", 0, 100)) c.weight = *v;
    }
    if (c.gate && c.type == AnswerType::text) ctx.error(ctx.where(m.get("gate")), id + " is a text criterion and cannot be a gate");
    if (!only_for("options", c.type == AnswerType::choice || c.type == AnswerType::multi, "choice and multi"))
        if (m.find("options")) pack_reading::read_options(ctx, m.get("options"), c);
    if (!only_for("scores", c.type == AnswerType::yesno, "yesno"))
        if (m.find("scores")) pack_reading::read_yesno_scores(ctx, m.get("scores"), c);
    if (!only_for("bands", c.type == AnswerType::number, "number"))
        if (m.find("bands")) pack_reading::read_bands(ctx, m.get("bands"), c);
    if (!only_for("unit", c.type == AnswerType::number, "number"))
        if (auto v = yaml::read_string(ctx, m.get("unit"), id + " unit")) c.unit = *v;
    keep_base_answers_valid(ctx, m, base, c);
    c.overridden_at = ctx.where(e.key_node);
    if (ctx.error_count() == errors_before) pack_reading::check_gate_passable(ctx, c, c.overridden_at);
}

void override_ids(Context& ctx, const yaml::Node& node, RulePack& pack, const pack_reading::StageRules& stages) {
    MapReader m(ctx, node, "override", {"priorities", "criteria"});
    if (!m.ok()) return;
    if (const yaml::Node priorities = m.get("priorities"); priorities.is_defined()) {
        MapReader list(ctx, priorities, "override.priorities");
        for (const auto& e : list.entries()) {
            if (Priority* p = find_priority(pack, e.key)) override_priority(ctx, e, *p);
            else unknown_id(ctx, e.key_node, "priority", e.key, pack, priority_ids(pack));
        }
    }
    if (const yaml::Node criteria = m.get("criteria"); criteria.is_defined()) {
        MapReader list(ctx, criteria, "override.criteria");
        for (const auto& e : list.entries()) {
            if (Criterion* c = find_criterion(pack, e.key)) override_criterion(ctx, e, *c, stages);
            else unknown_id(ctx, e.key_node, "criterion", e.key, pack, pack.criterion_ids());
        }
    }
}

// Where each criterion id of the pack is defined, to report an added id that is taken.
std::map<std::string, SourceLocation> criterion_sites(const RulePack& pack) {
    std::map<std::string, SourceLocation> out;
    for (const auto& p : pack.priorities)
        for (const auto& c : p.criteria) out.emplace(c.id, c.where);
    return out;
}

void add_criteria(Context& ctx, const yaml::Node& node, RulePack& pack, const pack_reading::StageRules& stages) {
    if (!node.is_sequence()) {
        ctx.error(ctx.where(node), "add.criteria must be a list of criteria, not " + yaml::describe(node));
        return;
    }
    auto sites = criterion_sites(pack);
    for (const auto& item : node) {
        MapReader peek(ctx, item, "an added criterion");  // any key: read_criterion checks them
        if (!peek.ok()) continue;
        const yaml::Node priority_node = peek.get("priority");
        auto priority_id = yaml::read_string(ctx, priority_node, "the priority of an added criterion");
        if (!priority_node.is_defined()) {
            ctx.error(ctx.where(item), "missing required key 'priority' in an added criterion",
                      "name the priority it joins, e.g. priority: AUT");
            continue;
        }
        if (!priority_id) continue;
        Priority* p = find_priority(pack, *priority_id);
        if (!p) {
            unknown_id(ctx, priority_node, "priority", *priority_id, pack, priority_ids(pack));
            continue;
        }
        auto c = pack_reading::read_criterion(ctx, item, *p, stages, {"priority"});
        if (!c) continue;
        if (auto it = sites.find(c->id); it != sites.end()) {
            ctx.error(c->where, "criterion " + c->id + " is already in the pack (" + format_location(it->second) + ")",
                      "change it under override.criteria, or give the new criterion a free id");
            continue;
        }
        if (pack.removed.count(c->id)) {
            ctx.error(c->where, "criterion id " + c->id + " is removed by this pack; give the new criterion another id",
                      "responses written for the base pack answer " + c->id + " as the base pack asks it");
            continue;
        }
        c->defined_in = pack.id;
        sites.emplace(c->id, c->where);
        p->criteria.push_back(std::move(*c));
    }
}

}  // namespace

void apply(Context& ctx, const Changes& changes, RulePack& pack, const std::vector<std::string>& base_ids,
           const pack_reading::StageRules& stages, const std::vector<PackFile>& files, std::vector<Diagnostic>& diagnostics,
           std::set<std::string>& listed_files) {
    if (changes.remove.is_defined()) remove_ids(ctx, changes.remove, pack, base_ids);
    if (changes.override_.is_defined()) override_ids(ctx, changes.override_, pack, stages);
    if (!changes.add.is_defined()) return;
    MapReader m(ctx, changes.add, "add", {"priorities", "criteria"});
    if (!m.ok()) return;
    if (const yaml::Node list = m.get("priorities"); list.is_defined())
        if (auto names = yaml::read_string_list(ctx, list, "add.priorities", false))
            pack_reading::read_listed_priorities(ctx, list, *names, files, stages, pack, diagnostics, listed_files);
    if (const yaml::Node criteria = m.get("criteria"); criteria.is_defined()) add_criteria(ctx, criteria, pack, stages);
}

}  // namespace sbd::pack_extension
