// The SARIF 2.1.0 log (docs/reports.md#sarif), for code-scanning tools such as GitHub's: one run;
// the rules are the pack's gate criteria and the finding kinds; the results are the gates that did
// not pass, the findings, and the errors of INVALID files, each located in the vendor's YAML file.
#include "report/json_writer.hpp"
#include "report/renderers.hpp"
#include "util/escape.hpp"
#include "util/version.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

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

void message(JsonWriter& w, const char* key, const std::string& text) {
    w.key(key).begin_object().field("text", sarif_text(text)).end_object();
}

void locations(JsonWriter& w, const std::string& file, const SourceLocation& at) {
    w.key("locations").begin_array().begin_object();
    w.key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().field("uri", uri_path_escape(file)).end_object();
    if (at.line > 0) {
        w.key("region").begin_object().field("startLine", at.line);
        if (at.column > 0) w.field("startColumn", at.column);
        w.end_object();
    }
    w.end_object().end_object().end_array();
}

void gate_rule(JsonWriter& w, const Criterion& c, const std::string& priority_id) {
    std::string help = c.question;
    if (!c.guidance.empty()) help += " " + c.guidance;
    help += " Passes with: " + c.gate_requirement() + (c.evidence ? ", with evidence." : ".");
    w.begin_object().field("id", c.id).field("name", c.title);
    message(w, "shortDescription", c.title);
    message(w, "fullDescription", c.question);
    w.key("defaultConfiguration").begin_object().field("level", "error").end_object();
    message(w, "help", help);
    w.key("properties").begin_object().field("priority", priority_id).field("gate", true).field("weight", c.weight).end_object();
    w.end_object();
}

std::string vendor_label(const VendorResult& r) { return r.vendor + " " + r.product; }

// Opens the result's "properties" with the vendor; the caller adds its own and closes it.
void vendor_properties(JsonWriter& w, const VendorResult& r) {
    w.key("properties")
        .begin_object()
        .field("vendor", sarif_text(r.vendor))
        .field("product", sarif_text(r.product))
        .field("verdict", to_string(r.verdict));
}

void gate_result(JsonWriter& w, const VendorResult& r, const GateResult& g) {
    const bool blocks = gate_blocks(g.status);
    w.begin_object()
        .field("ruleId", g.criterion->id)
        .field("kind", blocks ? "fail" : "review")
        .field("level", blocks ? "error" : g.status == GateStatus::waived ? "note" : "warning");
    message(w, "message", vendor_label(r) + ": must-have " + g.criterion->id + " (" + g.criterion->title + ") is " +
                              to_string(g.status) + ": " + g.reason);
    locations(w, r.file, g.where);
    if (g.status == GateStatus::waived) {
        w.key("suppressions").begin_array().begin_object().field("kind", "external").field("justification", sarif_text(g.reason));
        w.end_object().end_array();
    }
    vendor_properties(w, r);
    w.field("status", to_string(g.status)).end_object();
    w.end_object();
}

const char* level_of(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "warning";
}

void finding_result(JsonWriter& w, const VendorResult& r, const Finding& f) {
    w.begin_object().field("ruleId", to_string(f.kind)).field("level", level_of(f.severity));
    message(w, "message", vendor_label(r) + ": " + f.message);
    locations(w, r.file, f.where);
    vendor_properties(w, r);
    w.field("criterion", f.criterion_id).end_object();
    w.end_object();
}

void diagnostic_result(JsonWriter& w, const VendorResult& r, const Diagnostic& d) {
    const std::string file = d.where.file.empty() ? r.file : d.where.file;
    w.begin_object().field("ruleId", invalid_rule).field("level", level_of(d.severity));
    message(w, "message", d.message + (d.hint.empty() ? "" : " (hint: " + d.hint + ")"));
    locations(w, file, d.where);
    w.end_object();
}

// One run: the rules (the pack's gates and the finding kinds), the results vendor by vendor, and
// the run's properties last.
class SarifWriter : public ReportWriter {
public:
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
        for (const auto& p : run.pack->priorities)
            for (const auto& c : p.criteria)
                if (c.gate) gate_rule(w_, c, p.id);
        for (const auto& k : finding_rules) {
            w_.begin_object().field("id", k.id).field("name", k.name);
            message(w_, "shortDescription", k.text);
            w_.key("defaultConfiguration").begin_object().field("level", k.id == std::string(invalid_rule) ? "error" : "warning").end_object();
            w_.key("properties").begin_object().field("gate", false).end_object();
            w_.end_object();
        }
        w_.end_array().end_object().end_object();  // rules, driver, tool
        w_.key("results").begin_array();
    }

    void vendor(const VendorResult& r, std::string& out) override {
        w_.retarget(out);
        if (r.verdict == Verdict::invalid) {
            for (const auto& d : r.diagnostics) diagnostic_result(w_, r, d);
            return;
        }
        for (const auto& g : r.gates)
            if (g.status != GateStatus::pass && g.status != GateStatus::not_applicable) gate_result(w_, r, g);
        for (const auto& f : r.findings) finding_result(w_, r, f);
    }

    void end(std::string& out) override {
        w_.retarget(out);
        w_.end_array();  // results
        w_.key("properties").begin_object().field("pack", run_->pack->id).field("packVersion", run_->pack->version);
        if (!run_->as_of.empty()) w_.field("asOf", run_->as_of);
        if (!run_->profile.empty()) w_.field("profile", run_->profile);
        w_.end_object();
        w_.end_object().end_array().end_object();  // run, runs, document
        w_.finish();
    }

private:
    const RunInfo* run_ = nullptr;
    std::string unused_;
    JsonWriter w_{unused_};
};

}  // namespace

std::unique_ptr<ReportWriter> make_sarif_writer(const RenderOptions&) { return std::make_unique<SarifWriter>(); }

}  // namespace sbd
