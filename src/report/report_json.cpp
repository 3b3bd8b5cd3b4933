// The versioned JSON scorecard (documented in docs/json.md), written one vendor at a time.
#include "report/json_writer.hpp"
#include "report/renderers.hpp"
#include "score/verdict_checks.hpp"
#include "util/version.hpp"

namespace sbd {

namespace {

// "line" and "column" of a place, null when not known. A cell of a workbook has no line: its
// "line" and "column" are null and "sheet" and "cell" ("Answers", "F14") say where it is; the
// two keys appear only for workbooks, so a YAML response's scorecard is as it always was.
void location(JsonWriter& w, const SourceLocation& at) {
    const bool text = !at.is_cell();
    w.key("line");
    text && at.line > 0 ? w.value(at.line) : w.null();
    w.key("column");
    text && at.column > 0 ? w.value(at.column) : w.null();
    if (!text) {
        w.field("sheet", at.sheet);
        w.key("cell");
        at.line > 0 && at.column > 0 ? w.value(cell_name(at.line, at.column)) : w.null();
    }
}

void text_or_null(JsonWriter& w, std::string_view name, const std::string& text) {
    w.key(name);
    text.empty() ? w.null() : w.value(text);
}

// What became of each piece of evidence (docs/evidence.md), in the order of `evidence`.
void evidence_checks(JsonWriter& w, const Answer& a) {
    w.key("evidence_checks").begin_array();
    for (const auto& e : a.evidence_checks) {
        w.begin_object().field("cited", e.cited).field("url", e.url).field("status", to_string(e.status));
        text_or_null(w, "reason", e.reason());
        text_or_null(w, "format", to_string(e.format));
        text_or_null(w, "kind", e.kind());
        text_or_null(w, "sha256", e.sha256());
        text_or_null(w, "pinned_sha256", e.pinned_sha256);
        if (e.format == EvidenceFormat::sbom && e.sbom() && !e.sbom()->format.empty()) {
            const SbomSummary& s = *e.sbom();
            w.key("sbom").begin_object().field("format", s.format).field("product", s.product).field("version", s.version);
            w.field("components", s.components).field("author", s.has_author).field("timestamp", s.has_timestamp);
            w.field("dependency_relationships", s.relationships).field("product_mismatch", e.product_mismatch());
            w.key("coverage").begin_object();
            for (const auto& c : s.coverage) {
                std::string key = c.element;  // "unique identifier" -> "unique_identifier"
                for (char& ch : key)
                    if (ch == ' ') ch = '_';
                w.field(key, c.have);
            }
            w.end_object().end_object();
        } else {
            w.null_field("sbom");
        }
        w.end_object();
    }
    w.end_array();
}

void signature(JsonWriter& w, const SignatureCheck& s) {
    w.key("signature");
    if (s.status == SignatureStatus::not_checked) {
        w.null();
        return;
    }
    w.begin_object().field("status", to_string(s.status)).field("required", s.required);
    text_or_null(w, "file", s.file);
    text_or_null(w, "fingerprint", s.fingerprint);
    text_or_null(w, "signer", s.signer);
    w.field("reason", s.reason).end_object();
}

void criterion(JsonWriter& w, const CriterionResult& cr) {
    const Criterion& c = *cr.criterion;
    w.begin_object()
        .field("id", c.id)
        .field("title", c.title)
        .field("type", to_string(c.type))
        .field("weight", c.weight)
        .field("gate", c.gate)
        .field("answered", cr.answer.has_value())
        .field("applicable", cr.applicable)
        .field("in_stage", cr.in_stage);
    if (cr.answer) {
        const Answer& a = *cr.answer;
        w.field("answer", a.display).field("evidence", a.evidence);
        evidence_checks(w, a);
        w.field("comment", a.comment);
        location(w, a.where);
    } else {
        w.null_field("answer");
    }
    if (c.type != AnswerType::text) {
        // n/a, or of a later stage: no score, not a score of 0
        const bool not_applicable = (cr.answer && cr.answer->not_applicable) || !cr.in_stage;
        w.key("raw");
        not_applicable ? w.null() : w.value(cr.raw);
        w.key("credit");
        not_applicable ? w.null() : w.value(cr.credit);
        w.field("evidence_missing", cr.evidence_missing);
    }
    w.end_object();
}

void scored_parts(JsonWriter& w, const VendorResult& r) {
    w.field("sha256", r.sha256)
        .field("vendor", r.vendor)
        .field("product", r.product)
        .field("version", r.version)
        .field("date", r.date);
    w.key("category");
    r.category.empty() ? w.null() : w.value(r.category);
    signature(w, r.signature);
    w.key("score");
    r.scored ? w.value(r.score) : w.null();
    w.key("priorities").begin_array();
    for (const auto& p : r.priorities) {
        w.begin_object()
            .field("id", p.priority->id)
            .field("title", p.priority->title)
            .field("weight", p.priority->weight)
            .field("applicable", p.applicable);
        w.key("score");
        p.applicable ? w.value(p.score) : w.null();
        w.key("criteria").begin_array();
        for (const auto& cr : p.criteria) criterion(w, cr);
        w.end_array().end_object();
    }
    w.end_array();
    w.key("gates").begin_array();
    for (const auto& g : r.gates) {
        w.begin_object()
            .field("criterion", g.criterion->id)
            .field("priority", g.priority_id)
            .field("title", g.criterion->title)
            .field("status", to_string(g.status))
            .field("reason", g.reason);
        location(w, g.where);
        if (g.status == GateStatus::waived) {
            w.key("waiver").begin_object().field("file", g.waiver.file).field("line", g.waiver.line).field("column", g.waiver.column);
            w.end_object();
        }
        w.end_object();
    }
    w.end_array();
    w.key("findings").begin_array();
    for (const auto& f : r.findings) {
        w.begin_object()
            .field("severity", to_string(f.severity))
            .field("kind", to_string(f.kind))
            .field("criterion", f.criterion_id)
            .field("message", f.message);
        location(w, f.where);
        w.end_object();
    }
    w.end_array();
}

class JsonReportWriter : public ReportWriter {
public:
    void begin(const RunInfo& run, std::string& out) override {
        w_.retarget(out);
        JsonWriter& w = w_;
        const RulePack& pack = *run.pack;
        pack_ = run.pack;
        w.begin_object();
        w.field("format", "sbdscore-scorecard").field("format_version", json_schema_version);
        w.key("tool").begin_object().field("name", "sbdscore").field("version", sbdscore_version()).end_object();
        w.key("as_of");
        run.as_of.empty() ? w.null() : w.value(run.as_of);
        w.key("report").begin_object();
        for (const auto& [key, text] : {std::pair<const char*, const std::string*>{"title", &run.labels.title},
                                        {"organisation", &run.labels.organisation},
                                        {"classification", &run.labels.classification}}) {
            w.key(key);
            text->empty() ? w.null() : w.value(*text);
        }
        w.end_object();
        w.key("pack")
            .begin_object()
            .field("id", pack.id)
            .field("version", pack.version)
            .field("title", pack.title)
            .field("origin", pack.origin)
            .field("pass_threshold", pack.pass_threshold)
            .field("unevidenced_credit", pack.unevidenced_credit);
        w.key("profile");
        run.profile.empty() ? w.null() : w.value(run.profile);
        w.key("stage");
        run.stage.empty() ? w.null() : w.value(run.stage);
        w.field("screen", run.screen);
        w.end_object();
        w.field("evidence_verified", run.evidence_verified).field("signatures_checked", run.signatures_checked);
        const VerdictCounts counts = count_verdicts(run.ranked);
        w.key("summary")
            .begin_object()
            .field("vendors", run.ranked.size())
            .field("pass", counts.pass)
            .field("review", counts.review)
            .field("fail", counts.fail)
            .field("invalid", counts.invalid)
            .end_object();
        w.key("results").begin_array();
    }

    void vendor(const VendorResult& r, std::string& out) override {
        w_.retarget(out);
        JsonWriter& w = w_;
        w.begin_object();
        w.key("rank");
        r.rank > 0 ? w.value(r.rank) : w.null();
        w.field("file", r.file).field("verdict", to_string(r.verdict));
        w.field("reasons", verdict_reasons(verdict_checks(r, *pack_)));
        if (r.verdict == Verdict::invalid) w.null_field("score").key("findings").begin_array().end_array();
        else scored_parts(w, r);
        w.key("diagnostics").begin_array();
        for (const auto& d : r.diagnostics) {
            w.begin_object()
                .field("severity", to_string(d.severity))
                .field("file", d.where.file)
                .field("message", d.message)
                .field("hint", d.hint);
            location(w, d.where);
            w.end_object();
        }
        w.end_array().end_object();
    }

    void end(std::string& out) override {
        w_.retarget(out);
        w_.end_array().end_object();
        w_.finish();
    }

private:
    const RulePack* pack_ = nullptr;
    std::string unused_;
    JsonWriter w_{unused_};  // keeps the open object and array between calls
};

}  // namespace

std::unique_ptr<ReportWriter> make_json_writer(const RenderOptions&) { return std::make_unique<JsonReportWriter>(); }

}  // namespace sbd
