// `sensitivity --format json`: the rank-stability figures at full precision, for tools
// (docs/sensitivity.md describes every field).
#include "report/analysis_renderers.hpp"
#include "report/json_writer.hpp"
#include "util/version.hpp"

namespace sbd {

namespace {

void vendor_ref(JsonWriter& w, const VendorStability& v) {
    w.begin_object().field("vendor", v.vendor).field("product", v.product).field("file", v.file).end_object();
}

void flip_point(JsonWriter& w, const RankStability& s, const char* side, const std::optional<FlipPoint>& point, double weight) {
    w.key(side);
    if (!point) {
        w.null();
        return;
    }
    w.begin_object().field("factor", point->factor).field("weight", point->factor * weight);
    w.key("first").begin_array();
    for (std::size_t v : point->first) vendor_ref(w, s.vendors[v]);
    w.end_array().end_object();
}

void weights_object(JsonWriter& w, const RankStability& s, const std::vector<double>& values, std::size_t begin, std::size_t end) {
    w.begin_object();
    for (std::size_t i = begin; i < end; ++i) w.field(s.weights[i].id, values[i]);
    w.end_object();
}

}  // namespace

std::string render_rank_stability_json(const RankStability& s, const RulePack& pack, const std::string& profile,
                                       const std::string& as_of) {
    std::string out;
    JsonWriter w(out);
    w.begin_object().field("format", "sbdscore-sensitivity").field("format_version", 1);
    w.key("tool").begin_object().field("name", "sbdscore").field("version", sbdscore_version()).end_object();
    w.key("as_of");
    as_of.empty() ? w.null() : w.value(as_of);
    w.key("pack")
        .begin_object()
        .field("id", pack.id)
        .field("version", pack.version)
        .field("title", pack.title)
        .field("origin", pack.origin)
        .field("pass_threshold", pack.pass_threshold)
        .key("profile");
    profile.empty() ? w.null() : w.value(profile);
    w.end_object();
    w.key("method")
        .begin_object()
        .field("samples", static_cast<std::size_t>(s.settings.samples))
        .field("spread", s.settings.spread)
        .field("seed", static_cast<std::size_t>(s.settings.seed))
        .field("criteria", s.settings.criteria)
        .field("score_bin", score_bin)
        .field("max_flip_factor", max_flip_factor)
        .end_object();
    w.key("weights").begin_array();
    for (std::size_t i = 0; i < s.weights.size(); ++i) {
        const VariedWeight& v = s.weights[i];
        w.begin_object()
            .field("id", v.id)
            .field("title", v.title)
            .field("kind", i < s.priority_count ? "priority" : "criterion")
            .field("priority", s.weights[v.priority].id)
            .field("weight", v.weight)
            .end_object();
    }
    w.end_array();

    w.key("vendors").begin_array();
    for (const auto& v : s.vendors) {
        w.begin_object()
            .field("vendor", v.vendor)
            .field("product", v.product)
            .field("file", v.file)
            .field("rank", v.rank)
            .field("verdict", to_string(v.verdict))
            .field("score", v.score);
        w.key("rank_acceptability").begin_array();
        for (double share : v.rank_shares) w.value(share);
        w.end_array();
        w.field("expected_rank", v.expected_rank).field("pass_share", v.pass_share);
        w.key("score_interval")
            .begin_object()
            .field("low", v.score_interval.low)
            .field("high", v.score_interval.high)
            .field("mean", v.score_interval.mean)
            .end_object();
        if (v.central_weights.empty()) {
            w.null_field("central_weights").null_field("first_at_central_weights");
        } else {
            w.key("central_weights").begin_object().key("priorities");
            weights_object(w, s, v.central_weights, 0, s.priority_count);
            if (s.settings.criteria) {
                w.key("criteria");
                weights_object(w, s, v.central_weights, s.priority_count, s.weights.size());
            }
            w.end_object().field("first_at_central_weights", v.first_at_central_weights);
        }
        w.end_object();
    }
    w.end_array();

    w.key("first_place").begin_object().key("vendors").begin_array();
    for (std::size_t v : s.leaders) vendor_ref(w, s.vendors[v]);
    w.end_array().key("flips").begin_array();
    for (const auto& f : s.flips) {
        const VariedWeight& p = s.weights[f.priority];
        w.begin_object().field("priority", p.id).field("title", p.title).field("weight", p.weight);
        flip_point(w, s, "below", f.below, p.weight);
        flip_point(w, s, "above", f.above, p.weight);
        w.end_object();
    }
    w.end_array().key("nearest");
    if (auto n = nearest_flip(s))
        w.begin_object()
            .field("priority", s.weights[s.flips[n->flip].priority].id)
            .field("side", n->below ? "below" : "above")
            .end_object();
    else
        w.null();
    w.end_object();
    w.key("left_out").begin_array();
    for (const auto& f : s.left_out) w.begin_object().field("file", f).field("verdict", "INVALID").end_object();
    w.end_array().end_object().finish();
    return out;
}

}  // namespace sbd
