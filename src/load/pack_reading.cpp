#include "load/pack_reading.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "load/yaml_tree_codec.hpp"
#include "model/criterion_scoring.hpp"
#include "util/text.hpp"

namespace sbd::pack_reading {

using yaml::Context;
using yaml::MapReader;

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `count` (min..max) characters of a class from `pos`; returns the position after them, or npos.
template <class Class>
std::size_t run_of(const std::string& s, std::size_t pos, std::size_t min, std::size_t max, Class in_class) {
    std::size_t n = 0;
    while (pos + n < s.size() && n < max && in_class(s[pos + n])) ++n;
    return n >= min ? pos + n : std::string::npos;
}

std::optional<AnswerType> parse_type(const std::string& s) {
    if (s == "yesno") return AnswerType::yesno;
    if (s == "choice") return AnswerType::choice;
    if (s == "multi") return AnswerType::multi;
    if (s == "number") return AnswerType::number;
    if (s == "text") return AnswerType::text;
    return std::nullopt;
}

}  // namespace

bool is_priority_id(const std::string& s) { return run_of(s, 0, 2, 5, is_upper) == s.size(); }

bool is_criterion_id(const std::string& s) {
    std::size_t dash = run_of(s, 0, 2, 5, is_upper);
    if (dash == std::string::npos || dash >= s.size() || s[dash] != '-') return false;
    return run_of(s, dash + 1, 2, 3, is_digit) == s.size();
}

bool is_lower_name(const std::string& s) {
    auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-'; };
    return !s.empty() && s[0] != '-' && std::all_of(s.begin(), s.end(), allowed);
}

std::optional<double> read_in_range(Context& ctx, const yaml::Node& node, const std::string& what, double lo, double hi,
                                    bool lo_open) {
    auto v = yaml::read_number(ctx, node, what);
    if (!v) return std::nullopt;
    if ((lo_open ? *v <= lo : *v < lo) || *v > hi) {
        ctx.error(ctx.where(node), what + " must be " + (lo_open ? "greater than " : "at least ") + format_fixed(lo, 1) +
                                       " and at most " + format_fixed(hi, 1) + ", not " + node.scalar());
        return std::nullopt;
    }
    return v;
}

std::optional<std::string> read_stage(Context& ctx, const yaml::Node& node, const std::string& what,
                                      const std::vector<std::string>& stages) {
    auto stage = yaml::read_string(ctx, node, what);
    if (!stage) return std::nullopt;
    if (std::find(stages.begin(), stages.end(), *stage) != stages.end()) return stage;
    auto suggestion = closest_match(*stage, stages);
    ctx.error(ctx.where(node), "stage " + quote_text(*stage) + " is not one of the pack's stages",
              suggestion ? "did you mean '" + *suggestion + "'?" : "the stages are: " + join(stages, ", "));
    return std::nullopt;
}

void read_options(Context& ctx, const yaml::Node& node, Criterion& c) {
    c.options.clear();
    if (!node.is_sequence() || node.size() == 0) {
        ctx.error(ctx.where(node), "options of " + c.id + " must be a non-empty list, not " + yaml::describe(node));
        return;
    }
    std::set<std::string> values;
    for (const auto& item : node) {
        MapReader m(ctx, item, "an option of " + c.id, {"value", "score", "label"});
        if (!m.ok()) continue;
        Option o;
        auto value = yaml::read_string(ctx, m.require("value"), "option value");
        auto score = read_in_range(ctx, m.require("score"), "option score", 0, 1);
        auto label = yaml::read_string(ctx, m.get("label"), "option label");
        if (!value || !score) continue;
        if (!is_lower_name(*value) || *value == "n") {
            ctx.error(ctx.where(m.get("value")), "option value '" + *value + "' must be lower-case letters, digits and dashes");
            continue;
        }
        if (!values.insert(*value).second) {
            ctx.error(ctx.where(m.get("value")), "option value '" + *value + "' given twice in " + c.id);
            continue;
        }
        o.value = *value;
        o.score = *score;
        o.where = ctx.where(item);
        o.label = label.value_or("");
        c.options.push_back(o);
    }
    if (c.type == AnswerType::choice && node.size() < 2)
        ctx.error(ctx.where(node), "a choice criterion needs at least two options", "use type yesno for a single claim");
}

void read_bands(Context& ctx, const yaml::Node& node, Criterion& c) {
    c.bands.clear();
    if (!node.is_sequence() || node.size() == 0) {
        ctx.error(ctx.where(node), "bands of " + c.id + " must be a non-empty list, not " + yaml::describe(node));
        return;
    }
    for (const auto& item : node) {
        MapReader m(ctx, item, "a band of " + c.id, {"min", "max", "score"});
        if (!m.ok()) continue;
        Band b;
        b.where = ctx.where(item);
        auto score = read_in_range(ctx, m.require("score"), "band score", 0, 1);
        b.min = yaml::read_number(ctx, m.get("min"), "band min");
        b.max = yaml::read_number(ctx, m.get("max"), "band max");
        if (!score) continue;
        b.score = *score;
        if (b.min && b.max && *b.min > *b.max) {
            ctx.error(ctx.where(item), "band min is greater than its max");
            continue;
        }
        c.bands.push_back(b);
    }
    if (!c.bands.empty() && (c.bands.back().min || c.bands.back().max))
        ctx.error(ctx.where(node), "the last band of " + c.id + " must be a catch-all band without min or max",
                  "add '- { score: 0 }' so every number gets a score");
}

void read_yesno_scores(Context& ctx, const yaml::Node& node, Criterion& c) {
    MapReader m(ctx, node, "scores of " + c.id, {"yes", "partial", "no"});
    if (auto v = read_in_range(ctx, m.get("yes"), "score of yes", 0, 1)) c.yes_score = *v;
    if (auto v = read_in_range(ctx, m.get("partial"), "score of partial", 0, 1)) c.partial_score = *v;
    if (auto v = read_in_range(ctx, m.get("no"), "score of no", 0, 1)) c.no_score = *v;
}

void check_gate_passable(Context& ctx, const Criterion& c, const SourceLocation& at) {
    if (c.gate && best_raw_score(c) < c.gate_min_score)
        ctx.error(at, c.id + " is a gate that no answer can pass",
                  "its best answer scores " + format_fixed(best_raw_score(c), 2) + ", below gate_min_score " +
                      format_fixed(c.gate_min_score, 2));
}

void read_evidence_format(Context& ctx, const yaml::Node& node, const std::string& what, Criterion& c) {
    auto text = yaml::read_string(ctx, node, what + " evidence_format");
    if (!text) return;
    if (*text == "sbom") c.evidence_format = EvidenceFormat::sbom;
    else if (*text == "security-txt") c.evidence_format = EvidenceFormat::security_txt;
    else if (*text == "csaf") c.evidence_format = EvidenceFormat::csaf;
    else ctx.error(ctx.where(node), "unknown evidence_format '" + *text + "'", "use sbom, security-txt or csaf (docs/evidence.md)");
}

std::optional<Criterion> read_criterion(Context& ctx, const yaml::Node& node, const Priority& priority,
                                        const StageRules& stages, const std::vector<std::string>& extra_keys) {
    std::vector<std::string> keys = {"id",      "title",   "question", "type",  "weight", "gate",    "gate_min_score",
                                     "evidence", "na",     "guidance", "options", "scores", "unit", "minimum",
                                     "maximum", "bands",   "stage",    "evidence_format"};
    keys.insert(keys.end(), extra_keys.begin(), extra_keys.end());
    MapReader m(ctx, node, "a criterion of " + priority.id, keys);
    if (!m.ok()) return std::nullopt;
    std::size_t errors_before = ctx.error_count();
    Criterion c;
    c.where = ctx.where(node);
    auto id = yaml::read_string(ctx, m.require("id"), "criterion id");
    if (id) {
        c.id = *id;
        if (!is_criterion_id(c.id) || c.id.rfind(priority.id + "-", 0) != 0)
            ctx.error(ctx.where(m.get("id")), "criterion id '" + c.id + "' must be " + priority.id + "-NN",
                      "criterion ids start with their priority's id and a dash, e.g. " + priority.id + "-01");
    }
    std::string what = c.id.empty() ? "criterion" : c.id;
    c.title = yaml::read_string(ctx, m.require("title"), what + " title").value_or("");
    c.question = yaml::read_string(ctx, m.require("question"), what + " question").value_or("");
    c.guidance = yaml::read_string(ctx, m.get("guidance"), what + " guidance").value_or("");
    auto type_text = yaml::read_string(ctx, m.require("type"), what + " type");
    if (type_text) {
        if (auto t = parse_type(*type_text)) {
            c.type = *t;
        } else {
            auto suggestion = closest_match(*type_text, {"yesno", "choice", "multi", "number", "text"});
            ctx.error(ctx.where(m.get("type")), "unknown answer type '" + *type_text + "'",
                      suggestion ? "did you mean '" + *suggestion + "'?" : "use yesno, choice, multi, number or text");
        }
    }
    c.gate = yaml::read_bool(ctx, m.get("gate"), what + " gate").value_or(false);
    c.evidence = yaml::read_bool(ctx, m.get("evidence"), what + " evidence").value_or(false);
    c.na_allowed = yaml::read_bool(ctx, m.get("na"), what + " na").value_or(false);
    read_evidence_format(ctx, m.get("evidence_format"), what, c);
    if (auto v = read_in_range(ctx, m.get("gate_min_score"), what + " gate_min_score", 0, 1, true)) c.gate_min_score = *v;
    // No stage: the first stage, resolved once the pack's stages are final (an extension may replace them).
    if (m.find("stage")) {
        if (stages.stages) c.stage = read_stage(ctx, m.get("stage"), what + " stage", *stages.stages).value_or("");
    } else if (stages.required) {
        ctx.error(c.where, "missing required key 'stage' in " + what,
                  "pack.yaml lists the pack's stages, so every criterion names the stage at which its answer can first be verified");
    }

    const yaml::Node weight = m.get("weight");
    if (c.type == AnswerType::text) {
        if (weight.is_defined() && yaml::read_number(ctx, weight, what + " weight").value_or(0) != 0)
            ctx.error(ctx.where(weight), what + " is a text criterion: it is unscored, so its weight must be 0");
        if (c.gate) ctx.error(ctx.where(m.get("gate")), what + " is a text criterion and cannot be a gate");
    } else if (!weight.is_defined()) {
        ctx.error(c.where, "missing required key 'weight' in " + what);
    } else if (auto v = read_in_range(ctx, weight, what + " weight", 0, 100)) {
        c.weight = *v;
    }

    auto reject_key = [&](const char* key, const char* types) {
        if (m.find(key)) ctx.error(ctx.where(m.find(key)->key_node), std::string("'") + key + "' applies to " + types +
                                                                         " criteria only, and " + what + " is " +
                                                                         to_string(c.type));
    };
    bool has_options = c.type == AnswerType::choice || c.type == AnswerType::multi;
    if (has_options) {
        if (m.find("options")) read_options(ctx, m.get("options"), c);
        else ctx.error(c.where, "missing required key 'options' in " + what);
    } else {
        reject_key("options", "choice and multi");
    }
    if (c.type == AnswerType::yesno) {
        if (m.find("scores")) read_yesno_scores(ctx, m.get("scores"), c);
    } else {
        reject_key("scores", "yesno");
    }
    if (c.type == AnswerType::number) {
        c.unit = yaml::read_string(ctx, m.require("unit"), what + " unit").value_or("");
        c.minimum = yaml::read_number(ctx, m.get("minimum"), what + " minimum");
        c.maximum = yaml::read_number(ctx, m.get("maximum"), what + " maximum");
        if (c.minimum && c.maximum && *c.minimum > *c.maximum)
            ctx.error(c.where, what + " minimum is greater than its maximum");
        if (m.find("bands")) read_bands(ctx, m.get("bands"), c);
        else ctx.error(c.where, "missing required key 'bands' in " + what);
    } else {
        reject_key("unit", "number");
        reject_key("minimum", "number");
        reject_key("maximum", "number");
        reject_key("bands", "number");
    }
    if (ctx.error_count() == errors_before) check_gate_passable(ctx, c, c.where);
    if (ctx.error_count() != errors_before) return std::nullopt;
    return c;
}

std::optional<Priority> read_priority(Context& ctx, const yaml::Node& root, const StageRules& stages) {
    MapReader m(ctx, root, "a priority file", {"id", "title", "weight", "description", "references", "criteria"});
    if (!m.ok()) return std::nullopt;
    std::size_t errors_before = ctx.error_count();
    Priority p;
    p.where = ctx.where(root);
    auto id = yaml::read_string(ctx, m.require("id"), "priority id");
    if (id) {
        p.id = *id;
        if (!is_priority_id(p.id))
            ctx.error(ctx.where(m.get("id")), "priority id '" + p.id + "' must be 2 to 5 capital letters");
    }
    p.title = yaml::read_string(ctx, m.require("title"), "priority title").value_or("");
    p.description = yaml::read_string(ctx, m.get("description"), "priority description").value_or("");
    if (auto w = read_in_range(ctx, m.require("weight"), "priority weight", 0, 100, true)) p.weight = *w;
    if (const yaml::Node refs = m.get("references"); refs.is_defined()) {
        MapReader r(ctx, refs, "references");
        for (const auto& e : r.entries())
            if (auto list = yaml::read_string_list(ctx, e.value, "references." + e.key, false)) p.references[e.key] = *list;
    }
    const yaml::Node criteria = m.require("criteria");
    if (criteria.is_defined()) {
        if (!criteria.is_sequence() || criteria.size() == 0) {
            ctx.error(ctx.where(criteria), "criteria must be a non-empty list, not " + yaml::describe(criteria));
        } else {
            for (const auto& item : criteria)
                if (auto c = read_criterion(ctx, item, p, stages)) p.criteria.push_back(std::move(*c));
        }
    }
    if (ctx.error_count() != errors_before) return std::nullopt;
    return p;
}

void read_listed_priorities(Context& ctx, const yaml::Node& list_node, const std::vector<std::string>& names,
                            const std::vector<PackFile>& files, const StageRules& stages, RulePack& pack,
                            std::vector<Diagnostic>& diags, std::set<std::string>& listed_files) {
    std::set<std::string> priority_ids;
    std::map<std::string, SourceLocation> criterion_sites;
    for (const auto& p : pack.priorities) {
        priority_ids.insert(p.id);
        for (const auto& c : p.criteria) criterion_sites.emplace(c.id, c.where);
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string& name = names[i];
        SourceLocation item_at = ctx.where(list_node[i]);
        if (!listed_files.insert(name).second) {
            ctx.error(item_at, "priority file '" + name + "' listed twice");
            continue;
        }
        auto file = std::find_if(files.begin(), files.end(), [&](const PackFile& f) { return f.name == name; });
        if (file == files.end() || name == "pack.yaml") {
            std::vector<std::string> others;
            for (const auto& f : files)
                if (f.name != "pack.yaml") others.push_back(f.name);
            auto suggestion = closest_match(name, others);
            ctx.error(item_at, "priority file '" + name + "' not found in the pack", suggestion ? "did you mean '" + *suggestion + "'?" : "");
            continue;
        }
        Context pctx(file->display_path, diags);
        auto priority_doc = yaml::read_document(pctx, file->content, file->tree);
        if (!priority_doc) continue;
        auto priority = read_priority(pctx, priority_doc->root, stages);
        if (!priority) continue;
        if (!priority_ids.insert(priority->id).second) {
            pctx.error(priority->where, "priority id '" + priority->id + "' is used by another priority file");
            continue;
        }
        for (auto& c : priority->criteria) {
            c.defined_in = pack.id;
            auto [it, fresh] = criterion_sites.emplace(c.id, c.where);
            if (!fresh) pctx.error(c.where, "criterion id '" + c.id + "' is used twice", "first at " + format_location(it->second));
        }
        priority->defined_in = pack.id;
        pack.priorities.push_back(std::move(*priority));
    }
}

void read_sources(Context& ctx, const yaml::Node& node, RulePack& pack) {
    if (!node.is_sequence()) {
        ctx.error(ctx.where(node), "sources must be a list, not " + yaml::describe(node));
        return;
    }
    for (const auto& item : node) {
        MapReader m(ctx, item, "a source", {"title", "publisher", "date", "url"});
        if (!m.ok()) continue;
        PackSource s;
        s.title = yaml::read_string(ctx, m.require("title"), "source title").value_or("");
        s.publisher = yaml::read_string(ctx, m.get("publisher"), "source publisher").value_or("");
        s.date = yaml::read_string(ctx, m.get("date"), "source date").value_or("");
        s.url = yaml::read_string(ctx, m.get("url"), "source url").value_or("");
        pack.sources.push_back(s);
    }
}

std::optional<std::vector<std::string>> read_stage_list(Context& ctx, const yaml::Node& node) {
    auto list = yaml::read_string_list(ctx, node, "stages", false);
    if (!list) return std::nullopt;
    if (list->empty()) {
        ctx.error(ctx.where(node), "stages must list at least one stage",
                  "e.g. [pre-purchase, transition, operation, end-of-life], or leave the key out");
        return std::nullopt;
    }
    // With a bad entry the rest is still the pack's list, so its criteria's stages are checked too.
    std::vector<std::string> stages;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string& s = (*list)[i];
        if (!is_lower_name(s)) ctx.error(ctx.where(node[i]), "stage " + quote_text(s) + " must be lower-case letters, digits and dashes");
        else if (std::find(stages.begin(), stages.end(), s) != stages.end()) ctx.error(ctx.where(node[i]), "stage " + quote_text(s) + " is listed twice");
        else stages.push_back(s);
    }
    if (stages.empty()) return std::nullopt;
    return stages;
}

void read_categories(Context& ctx, const yaml::Node& node, std::vector<ProductCategory>& categories) {
    if (!node.is_sequence()) {
        ctx.error(ctx.where(node), "categories must be a list, not " + yaml::describe(node));
        return;
    }
    for (const auto& item : node) {
        MapReader m(ctx, item, "a category", {"id", "title"});
        if (!m.ok()) continue;
        ProductCategory c;
        c.where = ctx.where(item);
        auto id = yaml::read_string(ctx, m.require("id"), "category id");
        c.title = yaml::read_string(ctx, m.require("title"), "category title").value_or("");
        if (!id) continue;
        c.id = *id;
        if (!is_lower_name(c.id)) {
            ctx.error(ctx.where(m.get("id")), "category id " + quote_text(c.id) + " must be lower-case letters, digits and dashes");
            continue;
        }
        auto same = std::find_if(categories.begin(), categories.end(), [&](const ProductCategory& o) { return o.id == c.id; });
        if (same != categories.end()) {
            ctx.error(ctx.where(m.get("id")), "category " + quote_text(c.id) + " is listed twice",
                      "first at " + format_location(same->where));
            continue;
        }
        categories.push_back(c);
    }
}

}  // namespace sbd::pack_reading
