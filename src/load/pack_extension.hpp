#pragma once
// An extension's changes to its base pack (`add`, `override`, `remove` in pack.yaml; docs/rules.md
// #extending-a-pack), applied to a copy of the base so the result is an ordinary RulePack. Every
// error is located in the extension's files. Internal to the load stage.

#include <set>
#include <string>
#include <vector>

#include "load/pack_reading.hpp"
#include "load/rule_pack_loader.hpp"

namespace sbd::pack_extension {

struct Changes {
    yaml::Node add;
    yaml::Node override_;
    yaml::Node remove;
};

// Applies `changes` to `pack` (the base, already carrying the extension's id and stages) in the
// order remove, override, add; `base_ids` are the packs whose responses stay valid (a removed
// criterion's answer in their responses is ignored). New criteria follow `stages`. Added priority
// files are read from `files` (their problems go to `diagnostics`, their names to `listed_files`).
void apply(yaml::Context& ctx, const Changes& changes, RulePack& pack, const std::vector<std::string>& base_ids,
           const pack_reading::StageRules& stages, const std::vector<PackFile>& files,
           std::vector<Diagnostic>& diagnostics, std::set<std::string>& listed_files);

}  // namespace sbd::pack_extension
