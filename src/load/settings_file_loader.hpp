#pragma once
// A project's settings file (`.sbdscore.yaml`, or --config FILE): the options a team fixes once,
// read as strictly as every other input (docs/commands.md#settings).

#include <filesystem>
#include <string>
#include <vector>

#include "util/diagnostic.hpp"
#include "util/result.hpp"

namespace sbd {

// One option's value(s), named as on the command line without the dashes ("fail-on"), with where
// the file gave it. Checking the value is the command line's job: the same words, the same rules.
struct Setting {
    std::string option;
    std::vector<std::string> values;  // one, or several for a repeatable option (output)
    SourceLocation where;
};

// The options a settings file may set, and whether each takes a list.
struct SettingKey {
    const char* option;
    bool repeatable;
};
const std::vector<SettingKey>& setting_keys();

Result<std::vector<Setting>> load_settings_text(const std::string& display_path, const std::string& text);
Result<std::vector<Setting>> load_settings_file(const std::filesystem::path& path);

}  // namespace sbd
