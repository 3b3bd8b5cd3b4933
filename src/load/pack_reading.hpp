#pragma once
// Readers of the parts of a rule pack (criteria, priorities, stages, categories, sources), shared
// by the pack loader and by extensions (add / override). Internal to the load stage.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "load/rule_pack_loader.hpp"
#include "load/yaml_reader.hpp"
#include "model/rule_pack.hpp"

namespace sbd::pack_reading {

// Priority ids: 2 to 5 capital letters (AUT).
bool is_priority_id(const std::string& s);
// Criterion ids: a priority id, a dash, 2 or 3 digits (AUT-01).
bool is_criterion_id(const std::string& s);
// Pack ids, option values, stages, categories: lower-case letters, digits and dashes, not starting with a dash.
bool is_lower_name(const std::string& s);

// Reads a number that must lie in [lo, hi] (or (lo, hi] when `lo_open`).
std::optional<double> read_in_range(yaml::Context& ctx, const yaml::Node& node, const std::string& what, double lo,
                                    double hi, bool lo_open = false);

// The stages a criterion may name, and whether it must name one (the pack declares its stages).
struct StageRules {
    const std::vector<std::string>* stages = nullptr;
    bool required = false;
};

// A `stage:` value checked against the pack's list (with "did you mean"); nullopt on error.
std::optional<std::string> read_stage(yaml::Context& ctx, const yaml::Node& node, const std::string& what,
                                      const std::vector<std::string>& stages);

void read_options(yaml::Context& ctx, const yaml::Node& node, Criterion& c);
void read_bands(yaml::Context& ctx, const yaml::Node& node, Criterion& c);
void read_yesno_scores(yaml::Context& ctx, const yaml::Node& node, Criterion& c);

// Errors a criterion as a whole can have once its keys are read: a gate no answer can pass.
void check_gate_passable(yaml::Context& ctx, const Criterion& c, const SourceLocation& at);

// A criterion of `priority`; `extra_keys` are further keys the caller reads itself (an added
// criterion's `priority`). Empty on any error, which is reported.
// `evidence_format: sbom|security-txt|csaf`: with --verify-evidence, only a verified file of that format counts.
void read_evidence_format(yaml::Context& ctx, const yaml::Node& node, const std::string& what, Criterion& criterion);

std::optional<Criterion> read_criterion(yaml::Context& ctx, const yaml::Node& node, const Priority& priority,
                                        const StageRules& stages, const std::vector<std::string>& extra_keys = {});

// A priority file's root.
std::optional<Priority> read_priority(yaml::Context& ctx, const yaml::Node& root, const StageRules& stages);

// The priority files `names` (listed at `list_node` of pack.yaml), read from `files` and appended
// to the pack; a file missing or listed twice, a priority id or criterion id already in the pack
// are errors. Read files are added to `listed_files`.
void read_listed_priorities(yaml::Context& ctx, const yaml::Node& list_node, const std::vector<std::string>& names,
                            const std::vector<PackFile>& files, const StageRules& stages, RulePack& pack,
                            std::vector<Diagnostic>& diagnostics, std::set<std::string>& listed_files);

void read_sources(yaml::Context& ctx, const yaml::Node& node, RulePack& pack);
// `stages:` of pack.yaml: a non-empty list of distinct lower-case names. Bad entries are reported
// and left out; nothing when no stage is left.
std::optional<std::vector<std::string>> read_stage_list(yaml::Context& ctx, const yaml::Node& node);
// `categories:` of pack.yaml: a list of {id, title}; ids distinct from each other and from `existing`.
void read_categories(yaml::Context& ctx, const yaml::Node& node, std::vector<ProductCategory>& categories);

}  // namespace sbd::pack_reading
