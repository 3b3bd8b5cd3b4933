#include "load/profile_loader.hpp"

#include <algorithm>

#include "load/builtin_data.hpp"
#include "load/input_file.hpp"
#include "load/yaml_reader.hpp"
#include "load/yaml_tree_codec.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

const EmbeddedFile* builtin_profile(const std::string& name) {
    for (const auto& f : builtin_profile_files())
        if (f.name == name + ".yaml") return &f;
    return nullptr;
}

using yaml::Context;
using yaml::MapReader;

void read_settings(Context& ctx, const yaml::Node& node, const std::string& what, std::map<std::string, ProfileSetting>& out) {
    MapReader m(ctx, node, what);
    for (const auto& e : m.entries())
        if (auto v = yaml::read_number(ctx, e.value, what + "." + e.key)) out[e.key] = {*v, ctx.where(e.key_node)};
}

// A report label (title, organisation, classification): a string that fits a page header.
void read_label(Context& ctx, const yaml::Node& node, const std::string& key, std::size_t max_characters, std::string& out) {
    auto text = yaml::read_string(ctx, node, key);
    if (!text) return;
    if (auto problem = label_problem(*text, max_characters)) {
        ctx.error(ctx.where(node), "profile " + key + " " + *problem,
                  "give one line of at most " + std::to_string(max_characters) + " characters, e.g. " +
                      (key == "classification" ? "OFFICIAL-SENSITIVE" : key == "title" ? "Historian replacement: vendor shortlist" : "Northshire Water"));
        return;
    }
    out = *text;
}

void read_gate_list(Context& ctx, const yaml::Node& node, const std::string& what, std::vector<ProfileGateChange>& out) {
    if (!node.is_defined()) return;
    if (!yaml::read_string_list(ctx, node, what, false)) return;
    for (const auto& item : node) out.push_back({item.scalar(), ctx.where(item)});
}

// `risk_tolerance:` category -> { min_score, floors }; the category `default` is stored as "".
void read_risk_tolerance(Context& ctx, const yaml::Node& node, Profile& p) {
    MapReader m(ctx, node, "risk_tolerance");
    for (const auto& e : m.entries()) {
        MapReader t(ctx, e.value, "the risk tolerance of " + e.key, {"min_score", "floors"});
        if (!t.ok()) continue;
        ProfileTolerance tolerance;
        tolerance.where = ctx.where(e.key_node);
        if (auto v = yaml::read_number(ctx, t.get("min_score"), "min_score of " + e.key))
            tolerance.min_score = ProfileSetting{*v, ctx.where(t.get("min_score"))};
        if (t.find("floors")) read_settings(ctx, t.get("floors"), "floors of " + e.key, tolerance.floors);
        if (!t.find("min_score") && !t.find("floors"))
            ctx.error(tolerance.where, "the risk tolerance of " + e.key + " sets nothing", "give min_score, floors or both");
        p.risk_tolerance[e.key == "default" ? std::string() : e.key] = tolerance;
    }
}

// `max_answer_age: 365d`: a whole number of days, 1 to 36500.
void read_max_answer_age(Context& ctx, const yaml::Node& node, Profile& p) {
    auto text = yaml::read_string(ctx, node, "max_answer_age");
    if (!text) return;
    const std::string digits = text->size() > 1 && text->back() == 'd' ? text->substr(0, text->size() - 1) : "";
    const bool ok = !digits.empty() && digits.size() <= 5 && digits.find_first_not_of("0123456789") == std::string::npos;
    const int days = ok ? std::stoi(digits) : 0;
    if (!ok || days < 1 || days > 36500) {
        ctx.error(ctx.where(node), "max_answer_age " + quote_text(*text) + " is not a number of days from 1d to 36500d",
                  "write the number of days followed by d, e.g. 365d");
        return;
    }
    p.max_answer_age_days = ProfileSetting{static_cast<double>(days), ctx.where(node)};
}

// A profile file, or a built-in one read from its `tree` (load/yaml_tree_codec) instead of its text.
Result<Profile> load_profile_document(const std::string& display_path, const std::string& text, std::string_view tree) {
    Result<Profile> result;
    Context ctx(display_path, result.diagnostics);
    auto doc = yaml::read_document(ctx, text, tree);
    if (!doc) return result;
    const yaml::Node& root = doc->root;
    MapReader m(ctx, root, "a profile",
                {"format", "name", "description", "pack", "base", "pass_threshold", "weights", "floors", "gates",
                 "risk_tolerance", "max_answer_age", "title", "organisation", "classification", "verify_evidence"});
    if (!m.ok()) return result;
    Profile p;
    p.where = ctx.where(root);
    p.origin = display_path;
    if (auto format = yaml::read_integer(ctx, m.require("format"), "format"); format && *format != 1)
        ctx.error(ctx.where(m.get("format")), "profile format " + std::to_string(*format) + " is not supported",
                  "this sbdscore reads format 1");
    p.name = yaml::read_string(ctx, m.require("name"), "profile name").value_or("");
    p.description = yaml::read_string(ctx, m.get("description"), "profile description").value_or("");
    p.pack = yaml::read_string(ctx, m.get("pack"), "profile pack").value_or("");
    p.pack_where = ctx.where(m.get("pack"));
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
    if (m.find("risk_tolerance")) read_risk_tolerance(ctx, m.get("risk_tolerance"), p);
    if (m.find("max_answer_age")) read_max_answer_age(ctx, m.get("max_answer_age"), p);
    read_label(ctx, m.get("title"), "title", max_title_characters, p.labels.title);
    read_label(ctx, m.get("organisation"), "organisation", max_organisation_characters, p.labels.organisation);
    read_label(ctx, m.get("classification"), "classification", max_classification_characters, p.labels.classification);
    if (auto v = yaml::read_bool(ctx, m.get("verify_evidence"), "verify_evidence")) p.verify_evidence = *v;
    if (!p.base.empty()) {
        auto base = result.take(load_profile(p.base));
        // Built-ins have no base; the check keeps a future one from making a cycle.
        if (base && !base->base.empty()) result.error(base->where, "a base profile cannot itself have a base");
        else if (base) p.base_profile = std::make_shared<const Profile>(std::move(*base));
    }
    if (!has_errors(result.diagnostics)) result.value = std::move(p);
    return result;
}

}  // namespace

Result<Profile> load_profile_text(const std::string& display_path, const std::string& text) {
    return load_profile_document(display_path, text, {});
}

std::vector<std::string> builtin_profile_names() {
    std::vector<std::string> names;
    for (const auto& f : builtin_profile_files()) names.emplace_back(f.name.substr(0, f.name.size() - 5));  // less ".yaml"
    return names;
}

Result<Profile> load_profile(const std::string& name_or_path) {
    if (const EmbeddedFile* builtin = builtin_profile(name_or_path)) {
        auto r = load_profile_document("<built-in>/profiles/" + name_or_path + ".yaml", std::string(builtin->content), builtin->tree);
        if (r.value) r.value->origin = "built-in";
        return r;
    }
    Result<Profile> r;
    std::error_code ec;
    if (!std::filesystem::exists(name_or_path, ec)) {
        auto suggestion = closest_match(name_or_path, builtin_profile_names());
        r.error({name_or_path, 0, 0}, "no such profile: neither a built-in profile nor a file",
                suggestion ? "did you mean '" + *suggestion + "'?"
                           : "built-in profiles: " + join(builtin_profile_names(), ", ") + "; or give a profile file");
        return r;
    }
    return parse_input_file<Profile>(name_or_path, load_profile_text);
}

}  // namespace sbd
