#include "load/pack_test_loader.hpp"

#include <algorithm>

#include "load/pack_reading.hpp"
#include "load/response_loader.hpp"
#include "load/yaml_reader.hpp"
#include "util/dates.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

using yaml::Context;
using yaml::MapReader;

const std::vector<GateStatus> gate_statuses = {GateStatus::pass,       GateStatus::fail,           GateStatus::unanswered,
                                               GateStatus::unverified, GateStatus::not_applicable, GateStatus::waived,
                                               GateStatus::later_stage};

std::vector<std::string> names_of_statuses() {
    std::vector<std::string> out;
    for (auto s : gate_statuses) out.emplace_back(to_string(s));
    return out;
}

void read_settings(Context& ctx, const yaml::Node& node, const RulePack& pack, PackTestSettings& s) {
    MapReader m(ctx, node, "test", {"description", "profile", "waivers", "as_of", "stage", "screen"});
    if (!m.ok()) return;
    s.description = yaml::read_string(ctx, m.get("description"), "test description").value_or("");
    s.profile = yaml::read_string(ctx, m.get("profile"), "test profile").value_or("");
    s.waivers = yaml::read_string(ctx, m.get("waivers"), "test waivers").value_or("");
    s.as_of = yaml::read_string(ctx, m.get("as_of"), "test as_of").value_or("");
    if (!s.as_of.empty() && !is_calendar_date(s.as_of))
        ctx.error(ctx.where(m.get("as_of")), "as_of " + quote_text(s.as_of) + " is not a calendar date in the form YYYY-MM-DD");
    if (m.find("stage")) s.stage = pack_reading::read_stage(ctx, m.get("stage"), "test stage", pack.stages).value_or("");
    s.screen = yaml::read_bool(ctx, m.get("screen"), "test screen").value_or(false);
}

void read_gates(Context& ctx, const yaml::Node& node, const RulePack& pack, PackTestExpectation& e) {
    MapReader m(ctx, node, "expect.gates");
    const auto statuses = names_of_statuses();
    for (const auto& entry : m.entries()) {
        if (!pack.find_criterion(entry.key)) {
            auto suggestion = closest_match(entry.key, pack.criterion_ids());
            ctx.error(ctx.where(entry.key_node), "unknown criterion " + quote_text(entry.key) + " in pack " + pack.id,
                      suggestion ? "did you mean '" + *suggestion + "'?" : "");
            continue;
        }
        auto status = yaml::read_string(ctx, entry.value, "the expected status of " + entry.key);
        if (!status) continue;
        auto found = std::find(statuses.begin(), statuses.end(), *status);
        if (found == statuses.end()) {
            auto suggestion = closest_match(*status, statuses);
            ctx.error(ctx.where(entry.value), quote_text(*status) + " is not a gate status",
                      suggestion ? "did you mean '" + *suggestion + "'?" : "statuses: " + join(statuses, ", "));
            continue;
        }
        e.gates.push_back({entry.key, gate_statuses[static_cast<std::size_t>(found - statuses.begin())], ctx.where(entry.key_node)});
    }
}

void read_findings(Context& ctx, const yaml::Node& node, PackTestExpectation& e) {
    if (!yaml::read_string_list(ctx, node, "expect.findings", false)) return;
    std::vector<std::string> kinds;
    for (auto k : all_finding_kinds()) kinds.emplace_back(to_string(k));
    for (const auto& item : node) {
        auto found = std::find(kinds.begin(), kinds.end(), item.scalar());
        if (found == kinds.end()) {
            auto suggestion = closest_match(item.scalar(), kinds);
            ctx.error(ctx.where(item), quote_text(item.scalar()) + " is not a finding kind",
                      suggestion ? "did you mean '" + *suggestion + "'?" : "kinds: " + join(kinds, ", "));
            continue;
        }
        e.findings.push_back({all_finding_kinds()[static_cast<std::size_t>(found - kinds.begin())], ctx.where(item)});
    }
}

void read_expectation(Context& ctx, const yaml::Node& node, const RulePack& pack, bool screen, PackTestExpectation& e) {
    MapReader m(ctx, node, "expect", {"verdict", "score", "gates", "findings"});
    if (!m.ok()) return;
    e.verdict_where = ctx.where(m.get("verdict"));
    if (auto v = yaml::read_string(ctx, m.require("verdict"), "expect.verdict")) {
        if (*v == "PASS") e.verdict = Verdict::pass;
        else if (*v == "REVIEW") e.verdict = Verdict::review;
        else if (*v == "FAIL") e.verdict = Verdict::fail;
        else ctx.error(e.verdict_where, "expected verdict " + quote_text(*v) + " is not PASS, REVIEW or FAIL");
    }
    if (const yaml::Node score = m.get("score"); score.is_defined()) {
        e.score_where = ctx.where(score);
        if (screen) {
            ctx.error(e.score_where, "a screening has no score to expect", "remove expect.score, or screen: false");
        } else if (!score.is_sequence() || score.size() != 2) {
            ctx.error(e.score_where, "expect.score must be a range [min, max], not " + yaml::describe(score), "e.g. score: [68, 70]");
        } else {
            auto lo = pack_reading::read_in_range(ctx, score[0], "the lowest expected score", 0, 100);
            auto hi = pack_reading::read_in_range(ctx, score[1], "the highest expected score", 0, 100);
            if (lo && hi && *lo > *hi) ctx.error(e.score_where, "the range of expect.score runs backwards", "write [min, max]");
            e.score_min = lo;
            e.score_max = hi;
        }
    }
    if (m.find("gates")) read_gates(ctx, m.get("gates"), pack, e);
    if (m.find("findings")) read_findings(ctx, m.get("findings"), e);
}

}  // namespace

Result<PackTestCase> load_pack_test_text(const std::string& display_path, const std::string& text, const RulePack& pack) {
    Result<PackTestCase> result;
    auto draft = read_response_text(display_path, text, pack, {"test", "expect"});
    result.append(draft.diagnostics);
    if (!draft.value || has_errors(result.diagnostics)) return result;
    PackTestCase t;
    t.file = display_path;
    t.response = std::move(draft.value->response);
    t.load_diagnostics = result.diagnostics;
    Context ctx(display_path, result.diagnostics);
    auto doc = yaml::parse_one_document(ctx, text);
    if (!doc) return result;
    MapReader m(ctx, doc->root, "the test");  // the response's keys were checked above
    if (m.find("test")) read_settings(ctx, m.get("test"), pack, t.settings);
    if (m.find("expect")) read_expectation(ctx, m.get("expect"), pack, t.settings.screen, t.expect);
    else ctx.error(ctx.where(doc->root), "a pack test needs an expect: block", "say the verdict the pack must give, e.g. expect: { verdict: PASS }");
    if (!has_errors(result.diagnostics)) result.value = std::move(t);
    return result;
}

}  // namespace sbd
