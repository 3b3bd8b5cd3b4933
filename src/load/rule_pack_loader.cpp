#include "load/rule_pack_loader.hpp"

#include <algorithm>
#include <set>

#include "model/criterion_scoring.hpp"
#include "util/bounded_file.hpp"
#include "load/builtin_data.hpp"
#include "load/input_file.hpp"
#include "load/rule_pack_checks.hpp"
#include "util/text.hpp"
#include "load/yaml_reader.hpp"

namespace sbd {

namespace {

using yaml::Context;
using yaml::MapReader;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `count` (min..max) characters of a class from `pos`; returns the position after them, or npos.
template <class Class>
std::size_t run_of(const std::string& s, std::size_t pos, std::size_t min, std::size_t max, Class in_class) {
    std::size_t n = 0;
    while (pos + n < s.size() && n < max && in_class(s[pos + n])) ++n;
    return n >= min ? pos + n : std::string::npos;
}

// Priority ids: 2 to 5 capital letters (AUT).
bool is_priority_id(const std::string& s) { return run_of(s, 0, 2, 5, is_upper) == s.size(); }

// Criterion ids: a priority id, a dash, 2 or 3 digits (AUT-01).
bool is_criterion_id(const std::string& s) {
    std::size_t dash = run_of(s, 0, 2, 5, is_upper);
    if (dash == std::string::npos || dash >= s.size() || s[dash] != '-') return false;
    return run_of(s, dash + 1, 2, 3, is_digit) == s.size();
}

// Pack ids and option values: lower-case letters, digits and dashes, not starting with a dash.
bool is_lower_name(const std::string& s) {
    auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-'; };
    return !s.empty() && s[0] != '-' && std::all_of(s.begin(), s.end(), allowed);
}

// Reads a number that must lie in [lo, hi] (or (lo, hi] when `lo_open`).
std::optional<double> read_in_range(Context& ctx, const yaml::Node& node, const std::string& what, double lo,
                                    double hi, bool lo_open = false) {
    auto v = yaml::read_number(ctx, node, what);
    if (!v) return std::nullopt;
    if ((lo_open ? *v <= lo : *v < lo) || *v > hi) {
        ctx.error(ctx.where(node), what + " must be " + (lo_open ? "greater than " : "at least ") + format_fixed(lo, 1) +
                                       " and at most " + format_fixed(hi, 1) + ", not " + node.scalar());
        return std::nullopt;
    }
    return v;
}

std::optional<AnswerType> parse_type(const std::string& s) {
    if (s == "yesno") return AnswerType::yesno;
    if (s == "choice") return AnswerType::choice;
    if (s == "multi") return AnswerType::multi;
    if (s == "number") return AnswerType::number;
    if (s == "text") return AnswerType::text;
    return std::nullopt;
}

void read_options(Context& ctx, const yaml::Node& node, Criterion& c) {
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

std::optional<Criterion> read_criterion(Context& ctx, const yaml::Node& node, const Priority& priority) {
    MapReader m(ctx, node, "a criterion of " + priority.id,
                {"id", "title", "question", "type", "weight", "gate", "gate_min_score", "evidence", "na", "guidance",
                 "options", "scores", "unit", "minimum", "maximum", "bands"});
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
    if (auto v = read_in_range(ctx, m.get("gate_min_score"), what + " gate_min_score", 0, 1, true)) c.gate_min_score = *v;

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
    if (c.gate && ctx.error_count() == errors_before && best_raw_score(c) < c.gate_min_score)
        ctx.error(c.where, what + " is a gate that no answer can pass",
                  "its best answer scores " + format_fixed(best_raw_score(c), 2) + ", below gate_min_score " +
                      format_fixed(c.gate_min_score, 2));
    if (ctx.error_count() != errors_before) return std::nullopt;
    return c;
}

std::optional<Priority> read_priority(Context& ctx, const yaml::Node& root) {
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
                if (auto c = read_criterion(ctx, item, p)) p.criteria.push_back(std::move(*c));
        }
    }
    if (ctx.error_count() != errors_before) return std::nullopt;
    return p;
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

}  // namespace

Result<RulePack> load_pack_files(const std::vector<PackFile>& files, const std::string& origin) {
    Result<RulePack> result;
    auto& diags = result.diagnostics;
    auto manifest = std::find_if(files.begin(), files.end(), [](const PackFile& f) { return f.name == "pack.yaml"; });
    if (manifest == files.end()) {
        diags.push_back({Severity::error, {origin, 0, 0}, "no pack.yaml in the rule pack", "a pack folder holds pack.yaml and one file per priority"});
        return result;
    }
    RulePack pack;
    pack.origin = origin;
    Context ctx(manifest->display_path, diags);
    auto doc = yaml::parse_one_document(ctx, manifest->content);
    if (!doc) return result;
    const yaml::Node& root = doc->root;
    MapReader m(ctx, root, "pack.yaml",
                {"format", "id", "version", "title", "description", "sources", "pass_threshold", "unevidenced_credit",
                 "priorities"});
    if (!m.ok()) return result;
    if (auto format = yaml::read_integer(ctx, m.require("format"), "format"); format && *format != 1)
        ctx.error(ctx.where(m.get("format")), "rule pack format " + std::to_string(*format) + " is not supported",
                  "this sbdscore reads format 1");
    pack.id = yaml::read_string(ctx, m.require("id"), "pack id").value_or("");
    if (!pack.id.empty() && !is_lower_name(pack.id))
        ctx.error(ctx.where(m.get("id")), "pack id '" + pack.id + "' must be lower-case letters, digits and dashes");
    pack.version = yaml::read_string(ctx, m.require("version"), "pack version").value_or("");
    pack.title = yaml::read_string(ctx, m.require("title"), "pack title").value_or("");
    pack.description = yaml::read_string(ctx, m.get("description"), "pack description").value_or("");
    if (m.find("sources")) read_sources(ctx, m.get("sources"), pack);
    if (auto t = read_in_range(ctx, m.require("pass_threshold"), "pass_threshold", 0, 100)) pack.pass_threshold = *t;
    if (auto u = read_in_range(ctx, m.get("unevidenced_credit"), "unevidenced_credit", 0, 1)) pack.unevidenced_credit = *u;

    auto listed = yaml::read_string_list(ctx, m.require("priorities"), "priorities", false);
    std::set<std::string> listed_names;
    std::set<std::string> priority_ids;
    std::map<std::string, SourceLocation> criterion_sites;
    if (listed) {
        const yaml::Node list_node = m.get("priorities");
        for (std::size_t i = 0; i < listed->size(); ++i) {
            const std::string& name = (*listed)[i];
            SourceLocation item_at = ctx.where(list_node[i]);
            if (!listed_names.insert(name).second) {
                ctx.error(item_at, "priority file '" + name + "' listed twice");
                continue;
            }
            auto file = std::find_if(files.begin(), files.end(), [&](const PackFile& f) { return f.name == name; });
            if (file == files.end() || name == "pack.yaml") {
                std::vector<std::string> names;
                for (const auto& f : files)
                    if (f.name != "pack.yaml") names.push_back(f.name);
                auto suggestion = closest_match(name, names);
                ctx.error(item_at, "priority file '" + name + "' not found in the pack",
                          suggestion ? "did you mean '" + *suggestion + "'?" : "");
                continue;
            }
            Context pctx(file->display_path, diags);
            auto priority_doc = yaml::parse_one_document(pctx, file->content);
            if (!priority_doc) continue;
            auto priority = read_priority(pctx, priority_doc->root);
            if (!priority) continue;
            if (!priority_ids.insert(priority->id).second) {
                pctx.error(priority->where, "priority id '" + priority->id + "' is used by another priority file");
                continue;
            }
            for (const auto& c : priority->criteria) {
                auto [it, fresh] = criterion_sites.emplace(c.id, c.where);
                if (!fresh)
                    pctx.error(c.where, "criterion id '" + c.id + "' is used twice",
                               "first at " + format_location(it->second));
            }
            pack.priorities.push_back(std::move(*priority));
        }
    }
    for (const auto& f : files)
        if (f.name != "pack.yaml" && !listed_names.count(f.name))
            diags.push_back({Severity::warning, {f.display_path, 0, 0}, "not listed in pack.yaml 'priorities'; ignored", ""});
    if (!has_errors(diags)) result.append(check_rule_pack(pack).diagnostics);
    if (!has_errors(diags)) result.value = std::move(pack);
    return result;
}

Result<RulePack> load_pack_directory(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    Result<RulePack> result;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        result.error({dir.string(), 0, 0}, "not a rule pack folder", "--rules takes a folder holding pack.yaml");
        return result;
    }
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<PackFile> files;
    for (const auto& p : paths)  // bounded like every input: the YAML reader reports an oversized file
        if (auto text = result.take(read_bounded_file(p, limits::max_input_bytes)))
            files.push_back({p.filename().string(), p.string(), std::move(*text)});
    auto loaded = load_pack_files(files, dir.string());
    result.append(loaded.diagnostics);
    result.value = std::move(loaded.value);
    return std::move(result).strict();
}

Result<RulePack> load_builtin_pack() {
    std::vector<PackFile> files;
    for (const auto& f : builtin_pack_files())
        files.push_back({std::string(f.name), "<built-in>/sbd-ot/" + std::string(f.name), std::string(f.content)});
    return load_pack_files(files, "built-in");
}

}  // namespace sbd
