// The SARIF 2.1.0 log (docs/reports.md#sarif), for code-scanning tools such as GitHub's: one run;
// the rules are the pack's gate criteria, the threshold and floors, and the finding kinds; the
// results are the problems of each vendor (ci_problems: one per thing to fix) and the errors of
// INVALID files, each located in the vendor's YAML file. Levels follow --fail-on: "error" exactly
// for what fails the run; a problem that makes a verdict REVIEW without failing the run has kind
// "review" and level "none" (SARIF 2.1.0, 3.27.10).
#include "report/ci_problems.hpp"
#include "report/json_writer.hpp"
#include "report/renderers.hpp"
#include "util/escape.hpp"
#include "util/html_escape.hpp"
#include "util/version.hpp"

namespace sbd {

namespace {

constexpr const char* schema_uri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

// GitHub's security-severity (0.0-10.0; 7.0 and up is "high"): a failed must-have blocks a
// purchase, so every gate is high; other rules have none.
constexpr const char* gate_security_severity = "8.0";

void message(JsonWriter& w, const char* key, const std::string& text) {
    w.key(key).begin_object().field("text", sarif_text(text)).end_object();
}

// A line of a YAML file is a region; a cell of a workbook has no region in SARIF's terms (lines and
// columns of text), so it is a logical location ("Answers!F14") and properties, and the message
// names it too (located_message).
void locations(JsonWriter& w, const SourceLocation& at) {
    w.key("locations").begin_array().begin_object();
    w.key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().field("uri", uri_path_escape(at.file)).end_object();
    if (at.line > 0 && !at.is_cell()) {
        w.key("region").begin_object().field("startLine", at.line);
        if (at.column > 0) w.field("startColumn", at.column);
        w.end_object();
    }
    w.end_object();
    if (at.is_cell()) {
        w.key("logicalLocations").begin_array().begin_object();
        w.field("name", sarif_text(at.line > 0 ? cell_name(at.line, at.column) : at.sheet))
            .field("fullyQualifiedName", sarif_text(cell_reference(at)))
            .field("kind", "element")
            .end_object()
            .end_array();
        w.key("properties").begin_object().field("sheet", sarif_text(at.sheet));
        if (at.line > 0) w.field("cell", cell_name(at.line, at.column));
        w.end_object();
    }
    w.end_object().end_array();
}

// The guide the pack cites first, when it has a web address: where a gate's help lives.
std::string guide_uri(const RulePack& pack) {
    for (const auto& s : pack.sources)
        if (is_web_url(s.url)) return s.url;
    return "";
}

void gate_rule(JsonWriter& w, const Criterion& c, const std::string& priority_id, const std::string& help_uri) {
    std::string help = c.question;
    if (!c.guidance.empty()) help += " " + c.guidance;
    help += " Passes with: " + c.gate_requirement() + (c.evidence ? ", with evidence." : ".");
    w.begin_object().field("id", c.id).field("name", c.title);
    message(w, "shortDescription", c.title);
    message(w, "fullDescription", c.question);
    w.key("defaultConfiguration").begin_object().field("level", "error").end_object();
    message(w, "help", help);
    if (!help_uri.empty()) w.field("helpUri", help_uri);
    w.key("properties")
        .begin_object()
        .field("priority", priority_id)
        .field("gate", true)
        .field("weight", c.weight)
        .field("security-severity", gate_security_severity)
        .end_object();
    w.end_object();
}

const char* level_of(CiProblem::Severity s) {
    switch (s) {
        case CiProblem::Severity::fails_run: return "error";
        case CiProblem::Severity::review: return "none";
        case CiProblem::Severity::warning: return "warning";
        case CiProblem::Severity::note: return "note";
    }
    return "warning";
}

void result(JsonWriter& w, const VendorResult& r, const CiProblem& p) {
    w.begin_object().field("ruleId", p.rule);
    if (p.severity == CiProblem::Severity::review) w.field("kind", "review");
    w.field("level", level_of(p.severity));
    message(w, "message", located_message(p));
    locations(w, p.where);
    w.key("partialFingerprints").begin_object().field("sbdscoreProblem/v1", ci_fingerprint(r, p)).end_object();
    if (p.waived)
        w.key("suppressions").begin_array().begin_object().field("kind", "external").field("justification", sarif_text(p.message)).end_object().end_array();
    if (r.verdict != Verdict::invalid) {
        w.key("properties")
            .begin_object()
            .field("vendor", sarif_text(r.vendor))
            .field("product", sarif_text(r.product))
            .field("verdict", to_string(r.verdict))
            .field("subject", p.subject)
            .end_object();
    }
    w.end_object();
}

// One run: the rules, the results vendor by vendor, and the run's properties last.
class SarifWriter : public ReportWriter {
public:
    explicit SarifWriter(FailOn fail_on) : fail_on_(fail_on) {}

    void begin(const RunInfo& run, std::string& out) override {
        run_ = &run;
        w_.retarget(out);
        w_.begin_object().field("$schema", schema_uri).field("version", "2.1.0");
        w_.key("runs").begin_array().begin_object();
        w_.key("tool").begin_object().key("driver").begin_object();
        w_.field("name", "sbdscore").field("version", sbdscore_version()).field("semanticVersion", sbdscore_version());
#ifdef SBDSCORE_HOMEPAGE
        w_.field("informationUri", SBDSCORE_HOMEPAGE);  // the project's public page, when the build names one
#endif
        w_.key("rules").begin_array();
        const std::string help_uri = guide_uri(*run.pack);
        for (const auto& p : run.pack->priorities)
            for (const auto& c : p.criteria)
                if (c.gate) gate_rule(w_, c, p.id, help_uri);
        for (const auto& k : ci_rule_texts()) {
            w_.begin_object().field("id", k.id).field("name", k.name);
            message(w_, "shortDescription", k.text);
            const bool error = std::string_view(k.id) == "invalid-response";
            w_.key("defaultConfiguration").begin_object().field("level", error ? "error" : "warning").end_object();
            w_.key("properties").begin_object().field("gate", false).end_object();
            w_.end_object();
        }
        w_.end_array().end_object().end_object();  // rules, driver, tool
        w_.key("results").begin_array();
    }

    void vendor(const VendorResult& r, std::string& out) override {
        w_.retarget(out);
        for (const auto& p : ci_problems(r, *run_->pack, fail_on_)) result(w_, r, p);
    }

    void end(std::string& out) override {
        w_.retarget(out);
        w_.end_array();  // results
        w_.key("properties").begin_object().field("pack", run_->pack->id).field("packVersion", run_->pack->version);
        if (!run_->as_of.empty()) w_.field("asOf", run_->as_of);
        if (!run_->profile.empty()) w_.field("profile", run_->profile);
        if (!run_->stage.empty()) w_.field("stage", run_->stage);
        if (run_->screen) w_.field("screening", true);
        w_.field("failOn", to_string(fail_on_));
        w_.end_object();
        w_.end_object().end_array().end_object();  // run, runs, document
        w_.finish();
    }

private:
    FailOn fail_on_;
    const RunInfo* run_ = nullptr;
    std::string unused_;
    JsonWriter w_{unused_};
};

}  // namespace

std::unique_ptr<ReportWriter> make_sarif_writer(const RenderOptions& options) { return std::make_unique<SarifWriter>(options.fail_on); }

}  // namespace sbd
