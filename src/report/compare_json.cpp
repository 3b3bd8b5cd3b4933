// `compare --format json`: the same figures as the text, at full precision, for tools.
#include "report/analysis_renderers.hpp"
#include "report/json_writer.hpp"
#include "util/version.hpp"

namespace sbd {

namespace {

void side(JsonWriter& w, const char* key, const VendorResult& r) {
    w.key(key)
        .begin_object()
        .field("file", r.file)
        .field("sha256", r.sha256)
        .field("vendor", r.vendor)
        .field("product", r.product)
        .field("version", r.version)
        .field("date", r.date)
        .field("score", r.score)
        .field("verdict", to_string(r.verdict))
        .end_object();
}

void score_or_null(JsonWriter& w, const char* key, bool applicable, double v) {
    w.key(key);
    applicable ? w.value(v) : w.null();
}

}  // namespace

std::string render_comparison_json(const Comparison& c, const RulePack& pack) {
    std::string out;
    JsonWriter w(out);
    w.begin_object().field("format", "sbdscore-comparison").field("format_version", 1);
    w.key("tool").begin_object().field("name", "sbdscore").field("version", sbdscore_version()).end_object();
    w.key("pack")
        .begin_object()
        .field("id", pack.id)
        .field("version", pack.version)
        .field("origin", pack.origin)
        .field("pass_threshold", pack.pass_threshold)
        .end_object();
    side(w, "old", c.old_result);
    side(w, "new", c.new_result);
    w.field("warnings", c.warnings)
        .field("score_delta", c.new_result.score - c.old_result.score)
        .field("verdict_changed", c.old_result.verdict != c.new_result.verdict);
    w.key("priorities").begin_array();
    for (const auto& p : c.priorities) {
        w.begin_object().field("id", p.priority->id);
        score_or_null(w, "old", p.old_applicable, p.old_score);
        score_or_null(w, "new", p.new_applicable, p.new_score);
        score_or_null(w, "delta", p.old_applicable && p.new_applicable, p.new_score - p.old_score);
        w.end_object();
    }
    w.end_array();
    w.key("gates").begin_array();
    for (const auto& g : c.gates)
        w.begin_object()
            .field("criterion", g.criterion->id)
            .field("old", to_string(g.old_status))
            .field("new", to_string(g.new_status))
            .field("reason", g.new_reason)
            .end_object();
    w.end_array();
    w.key("answers").begin_array();
    for (const auto& a : c.answers)
        w.begin_object()
            .field("criterion", a.criterion->id)
            .field("old", a.old_answer)
            .field("new", a.new_answer)
            .field("evidence_added", a.evidence_added)
            .field("evidence_removed", a.evidence_removed)
            .field("old_credit", a.old_credit)
            .field("new_credit", a.new_credit)
            .end_object();
    w.end_array().end_object();
    w.finish();
    return out;
}

}  // namespace sbd
