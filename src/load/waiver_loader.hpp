#pragma once
// Reads a waivers file strictly: `waivers:` a list of entries (docs/waivers.md).

#include <filesystem>
#include <string>
#include <vector>

#include "model/rule_pack.hpp"
#include "model/waiver.hpp"
#include "util/result.hpp"

namespace sbd {

// Criterion ids must exist in `pack`. The waivers only when no error was found.
Result<std::vector<Waiver>> load_waivers_text(const std::string& display_path, const std::string& text, const RulePack& pack);
Result<std::vector<Waiver>> load_waivers_file(const std::filesystem::path& path, const RulePack& pack);

}  // namespace sbd
