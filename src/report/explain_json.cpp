// `explain --format json`: the same figures as the text, at full precision, for tools.
#include <nlohmann/json.hpp>

#include "report/analysis_renderers.hpp"
#include "util/version.hpp"

namespace sbd {

namespace {

using json = nlohmann::ordered_json;

json what_if_json(const WhatIf& w) {
    return {{"criteria", w.criteria}, {"change", w.change}, {"gain", w.gain}, {"verdict", to_string(w.verdict)}};
}

}  // namespace

std::string render_explanation_json(const Explanation& e, const RulePack& pack, const std::string& profile) {
    const VendorResult& r = e.result;
    json doc;
    doc["format"] = "sbdscore-explanation";
    doc["format_version"] = 1;
    doc["tool"] = {{"name", "sbdscore"}, {"version", sbdscore_version()}};
    doc["pack"] = {{"id", pack.id}, {"version", pack.version}, {"origin", pack.origin}, {"pass_threshold", pack.pass_threshold},
                   {"profile", profile.empty() ? json(nullptr) : json(profile)}};
    doc["file"] = r.file;
    doc["vendor"] = r.vendor;
    doc["product"] = r.product;
    doc["version"] = r.version;
    doc["score"] = r.score;
    doc["verdict"] = to_string(r.verdict);
    doc["points_to_threshold"] = e.points_to_threshold;
    json priorities = json::array();
    for (const auto& p : e.priorities) {
        json pj = {{"id", p.priority->id}, {"title", p.priority->title}, {"weight", p.priority->weight},
                   {"applicable", p.applicable}, {"score", p.applicable ? json(p.score) : json(nullptr)},
                   {"share", p.share}, {"points", p.total_points},
                   {"floor", p.priority->floor > 0 ? json(p.priority->floor) : json(nullptr)}};
        json criteria = json::array();
        for (const auto& c : e.criteria) {
            if (c.priority != p.priority) continue;
            json cj = {{"id", c.criterion->id}, {"title", c.criterion->title}, {"gate", c.criterion->gate},
                       {"answer", c.answer}, {"scored", c.scored}, {"weight", c.criterion->weight}};
            if (c.criterion->type != AnswerType::text) {
                cj["raw"] = c.raw;
                cj["credit"] = c.credit;
            }
            cj["reduced_because"] = c.why_reduced.empty() ? json(nullptr) : json(c.why_reduced);
            cj["priority_points"] = c.scored ? json(c.priority_points) : json(nullptr);
            cj["points"] = c.scored ? json(c.total_points) : json(nullptr);
            criteria.push_back(cj);
        }
        pj["criteria"] = criteria;
        priorities.push_back(pj);
    }
    doc["priorities"] = priorities;
    json gates = json::array();
    for (const auto& g : r.gates)
        gates.push_back({{"criterion", g.criterion->id}, {"status", to_string(g.status)}, {"reason", g.reason}});
    doc["gates"] = gates;
    json improvements = json::array();
    for (const auto& w : e.improvements) improvements.push_back(what_if_json(w));
    doc["improvements"] = improvements;
    json fixes = json::array();
    for (const auto& w : e.gate_fixes) fixes.push_back(what_if_json(w));
    doc["gate_fixes"] = fixes;
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace sbd
