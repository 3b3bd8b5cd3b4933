// `explain --format json`: the same figures as the text, at full precision, for tools.
#include "report/analysis_renderers.hpp"
#include "report/json_writer.hpp"
#include "util/version.hpp"

namespace sbd {

namespace {

void what_if(JsonWriter& w, const WhatIf& change) {
    w.begin_object()
        .field("criteria", change.criteria)
        .field("change", change.change)
        .field("gain", change.gain)
        .field("verdict", to_string(change.verdict))
        .end_object();
}

// The figure, or null when `present` is false.
template <class T>
void or_null(JsonWriter& w, const char* key, bool present, const T& v) {
    w.key(key);
    present ? w.value(v) : w.null();
}

}  // namespace

std::string render_explanation_json(const Explanation& e, const RulePack& pack, const std::string& profile) {
    const VendorResult& r = e.result;
    std::string out;
    JsonWriter w(out);
    w.begin_object().field("format", "sbdscore-explanation").field("format_version", 1);
    w.key("tool").begin_object().field("name", "sbdscore").field("version", sbdscore_version()).end_object();
    w.key("pack")
        .begin_object()
        .field("id", pack.id)
        .field("version", pack.version)
        .field("origin", pack.origin)
        .field("pass_threshold", pack.pass_threshold);
    or_null(w, "profile", !profile.empty(), profile);
    w.end_object();
    w.field("file", r.file)
        .field("vendor", r.vendor)
        .field("product", r.product)
        .field("version", r.version)
        .field("score", r.score)
        .field("verdict", to_string(r.verdict))
        .field("points_to_threshold", e.points_to_threshold);
    // Every piece of evidence and what became of it (docs/evidence.md).
    w.field("evidence_verified", r.evidence_verified);
    w.key("evidence").begin_array();
    for (const auto& p : r.priorities)
        for (const auto& cr : p.criteria)
            if (cr.answer)
                for (const auto& ev : cr.answer->evidence_checks) {
                    w.begin_object().field("criterion", cr.criterion->id).field("cited", ev.cited).field("status", to_string(ev.status));
                    or_null(w, "reason", !ev.reason().empty(), ev.reason());
                    or_null(w, "kind", !ev.kind().empty(), ev.kind());
                    or_null(w, "sha256", !ev.sha256().empty(), ev.sha256());
                    w.end_object();
                }
    w.end_array();
    w.key("signature");
    if (r.signature.status == SignatureStatus::not_checked) {
        w.null();
    } else {
        w.begin_object().field("status", to_string(r.signature.status)).field("reason", r.signature.reason);
        or_null(w, "fingerprint", !r.signature.fingerprint.empty(), r.signature.fingerprint);
        w.end_object();
    }
    w.key("priorities").begin_array();
    for (const auto& p : e.priorities) {
        w.begin_object()
            .field("id", p.priority->id)
            .field("title", p.priority->title)
            .field("weight", p.priority->weight)
            .field("applicable", p.applicable);
        or_null(w, "score", p.applicable, p.score);
        w.field("share", p.share).field("points", p.total_points);
        or_null(w, "floor", p.priority->floor > 0, p.priority->floor);
        w.key("criteria").begin_array();
        for (const auto& c : e.criteria) {
            if (c.priority != p.priority) continue;
            w.begin_object()
                .field("id", c.criterion->id)
                .field("title", c.criterion->title)
                .field("gate", c.criterion->gate)
                .field("answer", c.answer)
                .field("scored", c.scored)
                .field("weight", c.criterion->weight);
            if (c.criterion->type != AnswerType::text) w.field("raw", c.raw).field("credit", c.credit);
            or_null(w, "reduced_because", !c.why_reduced.empty(), c.why_reduced);
            or_null(w, "priority_points", c.scored, c.priority_points);
            or_null(w, "points", c.scored, c.total_points);
            w.end_object();
        }
        w.end_array().end_object();
    }
    w.end_array();
    w.key("gates").begin_array();
    for (const auto& g : r.gates)
        w.begin_object().field("criterion", g.criterion->id).field("status", to_string(g.status)).field("reason", g.reason).end_object();
    w.end_array();
    w.key("improvements").begin_array();
    for (const auto& change : e.improvements) what_if(w, change);
    w.end_array();
    w.key("gate_fixes").begin_array();
    for (const auto& change : e.gate_fixes) what_if(w, change);
    w.end_array().end_object();
    w.finish();
    return out;
}

}  // namespace sbd
