// The SARIF 2.1.0 log (docs/reports.md#sarif), for code-scanning tools such as GitHub's: one run;
// the rules are the pack's gate criteria and the finding kinds; the results are the gates that did
// not pass, the findings, and the errors of INVALID files, each located in the vendor's YAML file.
#include <nlohmann/json.hpp>

#include "util/escape.hpp"
#include "report/renderers.hpp"
#include "util/version.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

using json = nlohmann::ordered_json;  // keys in a fixed order: byte-identical outputs

constexpr const char* schema_uri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* invalid_rule = "invalid-response";

struct RuleText {
    const char* id;
    const char* name;
    const char* text;
};

// The finding kinds scoring produces (to_string(FindingKind), score/scoring.cpp), as rules.
constexpr RuleText finding_rules[] = {
    {"unanswered", "UnansweredCriterion", "A scored criterion is unanswered and counts as 0."},
    {"unevidenced-claim", "UnevidencedClaim", "A positive answer lacks the evidence the criterion expects, so it earns reduced credit."},
    {"not-applicable", "NotApplicableAnswer", "A criterion was answered n/a and is left out of its priority's score."},
    {"gate-unverified", "GateUnverified", "A must-have is claimed without evidence: the verdict is at best REVIEW."},
    {invalid_rule, "InvalidResponse", "The response file could not be read or checked; it is not scored (INVALID)."},
};

json message(const std::string& text) { return {{"text", sarif_text(text)}}; }

json location(const std::string& file, const SourceLocation& at) {
    json physical = {{"artifactLocation", {{"uri", uri_path_escape(file)}}}};
    if (at.line > 0) {
        json region = {{"startLine", at.line}};
        if (at.column > 0) region["startColumn"] = at.column;
        physical["region"] = region;
    }
    return json::array({{{"physicalLocation", physical}}});
}

json gate_rule(const Criterion& c, const std::string& priority_id) {
    std::string help = c.question;
    if (!c.guidance.empty()) help += " " + c.guidance;
    help += " Passes with: " + c.gate_requirement() + (c.evidence ? ", with evidence." : ".");
    return {{"id", c.id},
            {"name", c.title},
            {"shortDescription", message(c.title)},
            {"fullDescription", message(c.question)},
            {"defaultConfiguration", {{"level", "error"}}},
            {"help", message(help)},
            {"properties", {{"priority", priority_id}, {"gate", true}, {"weight", c.weight}}}};
}

std::string vendor_label(const VendorResult& r) { return r.vendor + " " + r.product; }

json vendor_properties(const VendorResult& r) {
    return {{"vendor", sarif_text(r.vendor)}, {"product", sarif_text(r.product)}, {"verdict", to_string(r.verdict)}};
}

json gate_result(const VendorResult& r, const GateResult& g) {
    const bool blocks = gate_blocks(g.status);
    json j = {{"ruleId", g.criterion->id},
              {"kind", blocks ? "fail" : "review"},
              {"level", blocks ? "error" : g.status == GateStatus::waived ? "note" : "warning"},
              {"message", message(vendor_label(r) + ": must-have " + g.criterion->id + " (" + g.criterion->title + ") is " +
                                  to_string(g.status) + ": " + g.reason)},
              {"locations", location(r.file, g.where)}};
    if (g.status == GateStatus::waived) j["suppressions"] = json::array({{{"kind", "external"}, {"justification", sarif_text(g.reason)}}});
    j["properties"] = vendor_properties(r);
    j["properties"]["status"] = to_string(g.status);
    return j;
}

const char* level_of(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "warning";
}

json finding_result(const VendorResult& r, const Finding& f) {
    json j = {{"ruleId", to_string(f.kind)},
              {"level", level_of(f.severity)},
              {"message", message(vendor_label(r) + ": " + f.message)},
              {"locations", location(r.file, f.where)}};
    j["properties"] = vendor_properties(r);
    j["properties"]["criterion"] = f.criterion_id;
    return j;
}

json diagnostic_result(const VendorResult& r, const Diagnostic& d) {
    const std::string file = d.where.file.empty() ? r.file : d.where.file;
    return {{"ruleId", invalid_rule},
            {"level", level_of(d.severity)},
            {"message", message(d.message + (d.hint.empty() ? "" : " (hint: " + d.hint + ")"))},
            {"locations", location(file, d.where)}};
}

}  // namespace

std::string render_sarif(const RunReport& report) {
    const RulePack& pack = *report.pack;
    json rules = json::array();
    for (const auto& p : pack.priorities)
        for (const auto& c : p.criteria)
            if (c.gate) rules.push_back(gate_rule(c, p.id));
    for (const auto& k : finding_rules)
        rules.push_back({{"id", k.id},
                         {"name", k.name},
                         {"shortDescription", message(k.text)},
                         {"defaultConfiguration", {{"level", k.id == std::string(invalid_rule) ? "error" : "warning"}}},
                         {"properties", {{"gate", false}}}});

    json results = json::array();
    for (const auto& r : report.results) {
        if (r.verdict == Verdict::invalid) {
            for (const auto& d : r.diagnostics) results.push_back(diagnostic_result(r, d));
            continue;
        }
        for (const auto& g : r.gates)
            if (g.status != GateStatus::pass && g.status != GateStatus::not_applicable) results.push_back(gate_result(r, g));
        for (const auto& f : r.findings) results.push_back(finding_result(r, f));
    }

    json driver = {{"name", "sbdscore"}, {"version", sbdscore_version()}, {"semanticVersion", sbdscore_version()}};
#ifdef SBDSCORE_HOMEPAGE
    driver["informationUri"] = SBDSCORE_HOMEPAGE;  // the project's public page, when the build names one
#endif
    driver["rules"] = rules;
    json run = {{"tool", {{"driver", driver}}}, {"results", results}};
    json properties = {{"pack", pack.id}, {"packVersion", pack.version}};
    if (!report.as_of.empty()) properties["asOf"] = report.as_of;
    if (!report.profile.empty()) properties["profile"] = report.profile;
    run["properties"] = properties;

    json doc = {{"$schema", schema_uri}, {"version", "2.1.0"}, {"runs", json::array({run})}};
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace sbd
