#include "load/waiver_loader.hpp"

#include "load/input_file.hpp"
#include "load/yaml_reader.hpp"
#include "util/dates.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

using yaml::Context;
using yaml::MapReader;

// A required, non-empty text value.
std::string read_text(Context& ctx, MapReader& m, const std::string& key) {
    auto v = yaml::read_string(ctx, m.require(key), "waiver " + key);
    if (v && v->empty()) ctx.error(ctx.where(m.get(key)), "waiver " + key + " is empty");
    return v.value_or("");
}

std::optional<Waiver> read_waiver(Context& ctx, const yaml::Node& node, const RulePack& pack) {
    MapReader m(ctx, node, "a waiver", {"vendor", "product", "criterion", "reason", "approved_by", "expires"});
    if (!m.ok()) return std::nullopt;
    std::size_t errors_before = ctx.error_count();
    Waiver w;
    w.where = ctx.where(node);
    w.vendor = read_text(ctx, m, "vendor");
    if (m.find("product")) w.product = read_text(ctx, m, "product");
    w.criterion = read_text(ctx, m, "criterion");
    w.reason = read_text(ctx, m, "reason");
    w.approved_by = read_text(ctx, m, "approved_by");
    w.expires = read_text(ctx, m, "expires");
    w.expires_where = ctx.where(m.get("expires"));
    if (!w.expires.empty() && !is_calendar_date(w.expires))
        ctx.error(w.expires_where, "waiver expires " + quote_text(w.expires) + " is not a date",
                  "write the last day the waiver applies as YYYY-MM-DD");
    if (!w.criterion.empty() && w.criterion != risk_tolerance_sign_off && !pack.find_criterion(w.criterion)) {
        auto ids = pack.criterion_ids();
        ids.emplace_back(risk_tolerance_sign_off);
        auto suggestion = closest_match(w.criterion, ids);
        ctx.error(ctx.where(m.get("criterion")),
                  "unknown criterion " + quote_text(w.criterion) + " in pack " + pack.id,
                  suggestion ? "did you mean '" + *suggestion + "'?" : "");
    }
    if (ctx.error_count() != errors_before) return std::nullopt;
    return w;
}

}  // namespace

Result<std::vector<Waiver>> load_waivers_text(const std::string& display_path, const std::string& text, const RulePack& pack) {
    Result<std::vector<Waiver>> result;
    Context ctx(display_path, result.diagnostics);
    auto doc = yaml::parse_one_document(ctx, text);
    if (!doc) return result;
    const yaml::Node& root = doc->root;
    MapReader m(ctx, root, "a waivers file", {"format", "waivers"});
    if (!m.ok()) return result;
    if (auto format = yaml::read_integer(ctx, m.require("format"), "format"); format && *format != 1)
        ctx.error(ctx.where(m.get("format")), "waivers format " + std::to_string(*format) + " is not supported",
                  "this sbdscore reads format 1");
    std::vector<Waiver> waivers;
    const yaml::Node list = m.require("waivers");
    if (list.is_defined()) {
        if (!list.is_sequence()) {
            ctx.error(ctx.where(list), "waivers must be a list, not " + yaml::describe(list));
        } else {
            for (const auto& item : list)
                if (auto w = read_waiver(ctx, item, pack)) waivers.push_back(std::move(*w));
        }
    }
    if (!has_errors(result.diagnostics)) result.value = std::move(waivers);
    return result;
}

Result<std::vector<Waiver>> load_waivers_file(const std::filesystem::path& path, const RulePack& pack) {
    return parse_input_file<std::vector<Waiver>>(
        path, [&](const std::string& shown, const std::string& text) { return load_waivers_text(shown, text, pack); });
}

}  // namespace sbd
