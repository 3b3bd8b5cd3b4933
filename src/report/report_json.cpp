// The versioned JSON scorecard (documented in docs/json.md).
#include <nlohmann/json.hpp>

#include "report/renderers.hpp"
#include "util/version.hpp"

namespace sbd {

namespace {

using json = nlohmann::ordered_json;  // keys in the documented order

json location(const SourceLocation& at) {
    json j = json::object();
    j["line"] = at.line > 0 ? json(at.line) : json(nullptr);
    j["column"] = at.column > 0 ? json(at.column) : json(nullptr);
    return j;
}

json criterion_json(const CriterionResult& cr) {
    const Criterion& c = *cr.criterion;
    json j = {{"id", c.id}, {"title", c.title}, {"type", to_string(c.type)}, {"weight", c.weight}, {"gate", c.gate},
              {"answered", cr.answer.has_value()}, {"applicable", cr.applicable}};
    if (cr.answer) {
        const Answer& a = *cr.answer;
        j["answer"] = a.display;
        j["evidence"] = a.evidence;
        j["comment"] = a.comment;
        j.update(location(a.where));
    } else {
        j["answer"] = nullptr;
    }
    if (c.type != AnswerType::text) {
        j["raw"] = cr.raw;
        j["credit"] = cr.credit;
        j["evidence_missing"] = cr.evidence_missing;
    }
    return j;
}

json result_json(const VendorResult& r) {
    json j;
    j["rank"] = r.rank > 0 ? json(r.rank) : json(nullptr);
    j["file"] = r.file;
    j["verdict"] = to_string(r.verdict);
    if (r.verdict == Verdict::invalid) {
        j["score"] = nullptr;
    } else {
        j["sha256"] = r.sha256;
        j["vendor"] = r.vendor;
        j["product"] = r.product;
        j["version"] = r.version;
        j["date"] = r.date;
        j["score"] = r.score;
        json priorities = json::array();
        for (const auto& p : r.priorities) {
            json pj = {{"id", p.priority->id}, {"title", p.priority->title}, {"weight", p.priority->weight},
                       {"applicable", p.applicable}, {"score", p.applicable ? json(p.score) : json(nullptr)}};
            json criteria = json::array();
            for (const auto& cr : p.criteria) criteria.push_back(criterion_json(cr));
            pj["criteria"] = criteria;
            priorities.push_back(pj);
        }
        j["priorities"] = priorities;
        json gates = json::array();
        for (const auto& g : r.gates) {
            json gj = {{"criterion", g.criterion->id}, {"priority", g.priority_id}, {"title", g.criterion->title},
                       {"status", to_string(g.status)}, {"reason", g.reason}};
            gj.update(location(g.where));
            if (g.status == GateStatus::waived)
                gj["waiver"] = {{"file", g.waiver.file}, {"line", g.waiver.line}, {"column", g.waiver.column}};
            gates.push_back(gj);
        }
        j["gates"] = gates;
        json findings = json::array();
        for (const auto& f : r.findings) {
            json fj = {{"severity", to_string(f.severity)}, {"kind", to_string(f.kind)}, {"criterion", f.criterion_id},
                       {"message", f.message}};
            fj.update(location(f.where));
            findings.push_back(fj);
        }
        j["findings"] = findings;
    }
    json diagnostics = json::array();
    for (const auto& d : r.diagnostics) {
        json dj = {{"severity", to_string(d.severity)}, {"file", d.where.file}, {"message", d.message}, {"hint", d.hint}};
        dj.update(location(d.where));
        diagnostics.push_back(dj);
    }
    j["diagnostics"] = diagnostics;
    return j;
}

}  // namespace

std::string render_json(const RunReport& report) {
    const RulePack& pack = *report.pack;
    json doc;
    doc["format"] = "sbdscore-scorecard";
    doc["format_version"] = json_schema_version;
    doc["tool"] = {{"name", "sbdscore"}, {"version", sbdscore_version()}};
    doc["as_of"] = report.as_of.empty() ? json(nullptr) : json(report.as_of);
    doc["pack"] = {{"id", pack.id},
                   {"version", pack.version},
                   {"title", pack.title},
                   {"origin", pack.origin},
                   {"pass_threshold", pack.pass_threshold},
                   {"unevidenced_credit", pack.unevidenced_credit},
                   {"profile", report.profile.empty() ? json(nullptr) : json(report.profile)}};
    const VerdictCounts counts = count_verdicts(report.results);
    doc["summary"] = {{"vendors", report.results.size()}, {"pass", counts.pass}, {"review", counts.review},
                      {"fail", counts.fail}, {"invalid", counts.invalid}};
    json results = json::array();
    for (const auto& r : report.results) results.push_back(result_json(r));
    doc["results"] = results;
    // Input is checked to be UTF-8 before it gets here; `replace` keeps a stray byte from aborting the run.
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace sbd
