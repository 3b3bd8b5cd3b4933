#include "load/settings_file_loader.hpp"

#include "load/input_file.hpp"
#include "load/yaml_reader.hpp"

namespace sbd {

const std::vector<SettingKey>& setting_keys() {
    static const std::vector<SettingKey> keys = {
        {"rules", false},   {"pack", false},  {"profile", false}, {"waivers", false}, {"fail-on", false},
        {"output", true},   {"format", false}, {"as-of", false},  {"color", false},   {"jobs", false},
    };
    return keys;
}

Result<std::vector<Setting>> load_settings_text(const std::string& display_path, const std::string& text) {
    Result<std::vector<Setting>> result;
    yaml::Context ctx(display_path, result.diagnostics);
    auto doc = yaml::parse_one_document(ctx, text);
    if (!doc) return result;
    if (doc->root.is_null()) {  // empty, or only comments: no settings
        result.value.emplace();
        return result;
    }
    std::vector<std::string> allowed = {"format_version"};
    for (const auto& key : setting_keys()) allowed.emplace_back(key.option);
    yaml::MapReader m(ctx, doc->root, "a settings file", allowed);
    if (!m.ok()) return result;
    if (auto version = yaml::read_integer(ctx, m.get("format_version"), "format_version"); version && *version != 1)
        ctx.error(ctx.where(m.get("format_version")), "settings format_version " + std::to_string(*version) + " is not supported",
                  "this sbdscore reads format_version 1");
    std::vector<Setting> settings;
    for (const auto& key : setting_keys()) {
        const yaml::Node node = m.get(key.option);
        if (!node.is_defined()) continue;
        std::optional<std::vector<std::string>> values;
        if (key.repeatable) {
            values = yaml::read_string_list(ctx, node, key.option, /*allow_single=*/true);
        } else if (node.is_scalar()) {
            // 4 and 2026-11-30 are plain scalars: their text is the option's value, as typed.
            values = std::vector<std::string>{node.scalar()};
        } else {
            ctx.error(ctx.where(node), std::string(key.option) + " must be one value, not " + yaml::describe(node));
        }
        if (values) settings.push_back({key.option, std::move(*values), ctx.where(node)});
    }
    if (!has_errors(result.diagnostics)) result.value = std::move(settings);
    return result;
}

Result<std::vector<Setting>> load_settings_file(const std::filesystem::path& path) {
    return parse_input_file<std::vector<Setting>>(path, load_settings_text);
}

}  // namespace sbd
