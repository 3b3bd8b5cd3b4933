// `compare --format json`: the same figures as the text, at full precision, for tools.
#include <nlohmann/json.hpp>

#include "report/analysis_renderers.hpp"
#include "util/version.hpp"

namespace sbd {

std::string render_comparison_json(const Comparison& c, const RulePack& pack) {
    using json = nlohmann::ordered_json;
    auto side = [](const VendorResult& r) {
        return json{{"file", r.file}, {"sha256", r.sha256}, {"vendor", r.vendor}, {"product", r.product}, {"version", r.version},
                    {"date", r.date}, {"score", r.score}, {"verdict", to_string(r.verdict)}};
    };
    json doc;
    doc["format"] = "sbdscore-comparison";
    doc["format_version"] = 1;
    doc["tool"] = {{"name", "sbdscore"}, {"version", sbdscore_version()}};
    doc["pack"] = {{"id", pack.id}, {"version", pack.version}, {"origin", pack.origin}, {"pass_threshold", pack.pass_threshold}};
    doc["old"] = side(c.old_result);
    doc["new"] = side(c.new_result);
    doc["warnings"] = c.warnings;
    doc["score_delta"] = c.new_result.score - c.old_result.score;
    doc["verdict_changed"] = c.old_result.verdict != c.new_result.verdict;
    json priorities = json::array();
    for (const auto& p : c.priorities) {
        auto score = [](bool applicable, double v) { return applicable ? json(v) : json(nullptr); };
        priorities.push_back({{"id", p.priority->id}, {"old", score(p.old_applicable, p.old_score)},
                              {"new", score(p.new_applicable, p.new_score)},
                              {"delta", p.old_applicable && p.new_applicable ? json(p.new_score - p.old_score) : json(nullptr)}});
    }
    doc["priorities"] = priorities;
    json gates = json::array();
    for (const auto& g : c.gates)
        gates.push_back({{"criterion", g.criterion->id}, {"old", to_string(g.old_status)}, {"new", to_string(g.new_status)},
                         {"reason", g.new_reason}});
    doc["gates"] = gates;
    json answers = json::array();
    for (const auto& a : c.answers)
        answers.push_back({{"criterion", a.criterion->id}, {"old", a.old_answer}, {"new", a.new_answer},
                           {"evidence_added", a.evidence_added}, {"evidence_removed", a.evidence_removed},
                           {"old_credit", a.old_credit}, {"new_credit", a.new_credit}});
    doc["answers"] = answers;
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace sbd
