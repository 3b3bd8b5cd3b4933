// Reading a profile YAML file strictly (same rules and messages as the pack loader).
#include <algorithm>

#include "bounded_file.hpp"
#include "sbdscore/profile.hpp"
#include "sbdscore/text.hpp"
#include "yaml_reader.hpp"

namespace sbd {

std::string profile_builtin_text(const std::string& name);  // profile_builtin.cpp

namespace {

using yaml::Context;
using yaml::MapReader;

void read_settings(Context& ctx, const YAML::Node& node, const std::string& what, std::map<std::string, ProfileSetting>& out) {
    MapReader m(ctx, node, what);
    for (const auto& e : m.entries())
        if (auto v = yaml::read_number(ctx, e.value, what + "." + e.key)) out[e.key] = {*v, ctx.where(e.key_node)};
}

void read_gate_list(Context& ctx, const YAML::Node& node, const std::string& what, std::vector<ProfileGateChange>& out) {
    if (!node.IsDefined()) return;
    if (!yaml::read_string_list(ctx, node, what, false)) return;
    for (const auto& item : node) out.push_back({item.Scalar(), ctx.where(item)});
}

}  // namespace

ProfileLoadResult load_profile_text(const std::string& display_path, const std::string& text) {
    ProfileLoadResult result;
    Context ctx(display_path, result.diagnostics);
    auto root = yaml::parse_one_document(ctx, text);
    if (!root) return result;
    MapReader m(ctx, *root, "a profile",
                {"format", "name", "description", "base", "pass_threshold", "weights", "floors", "gates"});
    if (!m.ok()) return result;
    Profile p;
    p.where = ctx.where(*root);
    p.origin = display_path;
    if (auto format = yaml::read_integer(ctx, m.require("format"), "format"); format && *format != 1)
        ctx.error(ctx.where(m.get("format")), "profile format " + std::to_string(*format) + " is not supported",
                  "this sbdscore reads format 1");
    p.name = yaml::read_string(ctx, m.require("name"), "profile name").value_or("");
    p.description = yaml::read_string(ctx, m.get("description"), "profile description").value_or("");
    if (auto base = yaml::read_string(ctx, m.get("base"), "profile base")) {
        const auto names = builtin_profile_names();
        if (std::find(names.begin(), names.end(), *base) == names.end()) {
            auto suggestion = closest_match(*base, names);
            ctx.error(ctx.where(m.get("base")), "unknown base profile " + quote_text(*base),
                      suggestion ? "did you mean '" + *suggestion + "'?" : "base names a built-in profile: " + join(names, ", "));
        } else {
            p.base = *base;
        }
    }
    if (auto t = yaml::read_number(ctx, m.get("pass_threshold"), "pass_threshold"))
        p.pass_threshold = ProfileSetting{*t, ctx.where(m.get("pass_threshold"))};
    if (m.find("weights")) read_settings(ctx, m.get("weights"), "weights", p.weights);
    if (m.find("floors")) read_settings(ctx, m.get("floors"), "floors", p.floors);
    if (m.find("gates")) {
        MapReader g(ctx, m.get("gates"), "gates", {"add", "remove"});
        read_gate_list(ctx, g.get("add"), "gates.add", p.gates_add);
        read_gate_list(ctx, g.get("remove"), "gates.remove", p.gates_remove);
    }
    if (!has_errors(result.diagnostics)) result.profile = std::move(p);
    return result;
}

ProfileLoadResult load_profile(const std::string& name_or_path) {
    if (std::string text = profile_builtin_text(name_or_path); !text.empty()) {
        ProfileLoadResult r = load_profile_text("<built-in>/profiles/" + name_or_path + ".yaml", text);
        if (r.profile) r.profile->origin = "built-in";
        return r;
    }
    ProfileLoadResult r;
    std::error_code ec;
    if (!std::filesystem::exists(name_or_path, ec)) {
        auto suggestion = closest_match(name_or_path, builtin_profile_names());
        r.diagnostics.push_back({Severity::error, {name_or_path, 0, 0}, "no such profile: neither a built-in profile nor a file",
                                 suggestion ? "did you mean '" + *suggestion + "'?"
                                            : "built-in profiles: " + join(builtin_profile_names(), ", ") + "; or give a profile file"});
        return r;
    }
    auto text = read_bounded_file(name_or_path, r.diagnostics);
    return text ? load_profile_text(name_or_path, *text) : r;
}

std::string describe_profile(const Profile& profile) {
    std::string out = strip_control(profile.name) + " (" + strip_control(profile.origin);
    if (!profile.base.empty()) out += ", based on " + profile.base;
    return out + ")";
}

}  // namespace sbd
