#pragma once
// A rule pack in words for analysts (`sbdscore rules list` and `rules show ID`). Pack text is
// made terminal-safe (packs can be user-supplied).

#include <optional>
#include <string>
#include <vector>

#include "model/rule_pack.hpp"

namespace sbd {

// The pack's priorities and criteria as two tables.
std::string render_rules_list(const RulePack& pack);

// One priority or criterion in full; nullopt when `id` names neither.
std::optional<std::string> render_rule_detail(const RulePack& pack, const std::string& id);

// Every priority and criterion id, for "did you mean".
std::vector<std::string> rule_ids(const RulePack& pack);

}  // namespace sbd
