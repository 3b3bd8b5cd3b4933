#include "load/rule_pack_loader.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "load/builtin_data.hpp"
#include "load/input_file.hpp"
#include "load/pack_extension.hpp"
#include "load/pack_reading.hpp"
#include "load/rule_pack_checks.hpp"
#include "load/yaml_reader.hpp"
#include "load/yaml_tree_codec.hpp"
#include "util/bounded_file.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

namespace fs = std::filesystem;
using yaml::Context;
using yaml::MapReader;

// Extensions of extensions are fine; a chain this deep is a mistake (or a loop the keys missed).
constexpr std::size_t max_extends_depth = 8;

std::string builtin_key(const std::string& id) { return "built-in:" + id; }

std::string folder_key(const fs::path& dir) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(dir, ec);
    return (ec ? dir : canonical).string();
}

// Every *.yaml file directly in `dir` (a pack's tests/ are not part of the pack), bounded like every input.
std::vector<PackFile> read_folder(const fs::path& dir, std::vector<Diagnostic>& diags) {
    std::error_code ec;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<PackFile> files;
    for (const auto& p : paths) {
        auto text = read_bounded_file(p, limits::max_input_bytes);
        diags.insert(diags.end(), text.diagnostics.begin(), text.diagnostics.end());
        if (text.value) files.push_back({p.filename().string(), p.string(), std::move(*text.value)});
    }
    return files;
}

// One load of a pack and, through `extends`, its bases; `chain` holds the packs being loaded, to
// refuse a cycle.
class Loader {
public:
    explicit Loader(std::vector<Diagnostic>& diags) : diags_(diags) {}

    // `folder`: where the pack was read from, for a base named by a relative folder; none for a
    // built-in or in-memory pack. `resolve_whole`: the pack asked for, not a base of it: its stages
    // are settled and it is checked as a whole.
    std::optional<RulePack> load(const std::vector<PackFile>& files, const std::string& origin,
                                 const std::optional<fs::path>& folder, const std::string& key, bool resolve_whole) {
        chain_.push_back({key, origin});
        auto pack = read(files, origin, folder);
        chain_.pop_back();
        if (!pack) return std::nullopt;
        if (resolve_whole) {
            for (auto& p : pack->priorities)
                for (auto& c : p.criteria)
                    if (c.stage.empty()) c.stage = pack->stages.front();
            auto checks = check_rule_pack(*pack);
            diags_.insert(diags_.end(), checks.diagnostics.begin(), checks.diagnostics.end());
            if (has_errors(checks.diagnostics)) return std::nullopt;
        }
        return pack;
    }

private:
    struct Link {
        std::string key;
        std::string name;
    };
    std::vector<Diagnostic>& diags_;
    std::vector<Link> chain_;

    std::size_t error_count() const {
        return static_cast<std::size_t>(std::count_if(diags_.begin(), diags_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
    }

    std::optional<RulePack> read(const std::vector<PackFile>& files, const std::string& origin, const std::optional<fs::path>& folder) {
        const std::size_t errors_before = error_count();
        auto manifest = std::find_if(files.begin(), files.end(), [](const PackFile& f) { return f.name == "pack.yaml"; });
        if (manifest == files.end()) {
            diags_.push_back({Severity::error, {origin, 0, 0}, "no pack.yaml in the rule pack", "a pack folder holds pack.yaml and one file per priority"});
            return std::nullopt;
        }
        Context ctx(manifest->display_path, diags_);
        auto doc = yaml::read_document(ctx, manifest->content, manifest->tree);
        if (!doc) return std::nullopt;
        MapReader m(ctx, doc->root, "pack.yaml",
                    {"format", "id", "version", "title", "description", "sources", "extends", "pass_threshold",
                     "unevidenced_credit", "stages", "categories", "priorities", "add", "override", "remove"});
        if (!m.ok()) return std::nullopt;

        RulePack pack;
        const bool extension = m.find("extends") != nullptr;
        if (extension) {
            auto base = load_base(ctx, m.get("extends"), folder);
            if (!base) return std::nullopt;
            pack = std::move(*base);
            pack.bases.insert(pack.bases.begin(), PackBase{pack.id, pack.version, pack.origin});
            pack.sources.clear();
            pack.description.clear();
        }
        pack.origin = origin;
        read_header(ctx, m, pack, extension);
        pack_reading::StageRules stages{&pack.stages, pack.stages_declared};
        std::set<std::string> listed;
        if (extension) {
            if (const auto* listed_key = m.find("priorities"))
                ctx.error(ctx.where(listed_key->key_node), "an extension keeps its base's priorities and lists none",
                          "list new priority files under add: { priorities: [...] }");
            std::vector<std::string> base_ids;
            for (const auto& b : pack.bases) base_ids.push_back(b.id);
            pack_extension::apply(ctx, {m.get("add"), m.get("override"), m.get("remove")}, pack, base_ids, stages, files,
                                  diags_, listed);
        } else {
            for (const char* key : {"add", "override", "remove"})
                if (m.find(key))
                    ctx.error(ctx.where(m.find(key)->key_node), std::string("'") + key + "' belongs to an extension",
                              "a pack that adds to, changes or removes from another names it with extends: ID");
            if (auto listed_names = yaml::read_string_list(ctx, m.require("priorities"), "priorities", false))
                pack_reading::read_listed_priorities(ctx, m.get("priorities"), *listed_names, files, stages, pack, diags_, listed);
        }
        for (const auto& f : files)
            if (f.name != "pack.yaml" && !listed.count(f.name) && f.name.find('/') == std::string::npos)
                diags_.push_back({Severity::warning, {f.display_path, 0, 0},
                                  std::string("not listed in pack.yaml '") + (extension ? "add.priorities" : "priorities") + "'; ignored", ""});
        if (error_count() != errors_before) return std::nullopt;
        return pack;
    }

    // The keys every pack has; an extension inherits the ones it leaves out.
    void read_header(Context& ctx, MapReader& m, RulePack& pack, bool extension) {
        using pack_reading::is_lower_name;
        using pack_reading::read_in_range;
        if (auto format = yaml::read_integer(ctx, m.require("format"), "format"); format && *format != 1)
            ctx.error(ctx.where(m.get("format")), "rule pack format " + std::to_string(*format) + " is not supported",
                      "this sbdscore reads format 1");
        pack.id = yaml::read_string(ctx, m.require("id"), "pack id").value_or("");
        if (!pack.id.empty() && !is_lower_name(pack.id))
            ctx.error(ctx.where(m.get("id")), "pack id '" + pack.id + "' must be lower-case letters, digits and dashes");
        for (const auto& b : pack.bases)
            if (b.id == pack.id)
                ctx.error(ctx.where(m.get("id")), "an extension needs an id of its own, not its base's '" + b.id + "'",
                          "responses name the pack they answer; responses for " + b.id + " stay valid for the extension");
        pack.version = yaml::read_string(ctx, m.require("version"), "pack version").value_or("");
        pack.title = yaml::read_string(ctx, m.require("title"), "pack title").value_or("");
        if (auto d = yaml::read_string(ctx, m.get("description"), "pack description")) pack.description = *d;
        if (m.find("sources")) pack_reading::read_sources(ctx, m.get("sources"), pack);
        const yaml::Node threshold = extension ? m.get("pass_threshold") : m.require("pass_threshold");
        if (auto t = read_in_range(ctx, threshold, "pass_threshold", 0, 100)) pack.pass_threshold = *t;
        if (auto u = read_in_range(ctx, m.get("unevidenced_credit"), "unevidenced_credit", 0, 1)) pack.unevidenced_credit = *u;
        if (m.find("stages")) {
            if (auto stages = pack_reading::read_stage_list(ctx, m.get("stages"))) {
                pack.stages = *stages;
                pack.stages_declared = true;
                // Inherited criteria keep their stage: it must still be one of the pack's.
                for (const auto& p : pack.priorities)
                    for (const auto& c : p.criteria)
                        if (!c.stage.empty() && !pack.stage_index(c.stage))
                            ctx.error(ctx.where(m.get("stages")), "stage '" + c.stage + "' of " + c.id + " (from " + c.defined_in +
                                                                      ") is not among these stages",
                                      "keep the base's stages in the list, or give " + c.id + " another stage under override.criteria");
            }
        }
        if (m.find("categories")) pack_reading::read_categories(ctx, m.get("categories"), pack.categories);
    }

    // The pack `extends:` names: a folder when the value holds a '/', relative to this pack's
    // folder; else a built-in pack.
    std::optional<RulePack> load_base(Context& ctx, const yaml::Node& node, const std::optional<fs::path>& folder) {
        auto value = yaml::read_string(ctx, node, "extends");
        if (!value) return std::nullopt;
        const SourceLocation at = ctx.where(node);
        std::vector<PackFile> files;
        std::string origin;
        std::string key;
        std::optional<fs::path> base_folder;
        if (value->find('/') != std::string::npos) {
            if (!folder) {
                ctx.error(at, "a built-in pack can extend only built-in packs, not the folder " + quote_text(*value));
                return std::nullopt;
            }
            fs::path dir = fs::path(*value).is_absolute() ? fs::path(*value) : (*folder / *value).lexically_normal();
            std::error_code ec;
            if (!fs::is_directory(dir, ec)) {
                ctx.error(at, "extends " + quote_text(*value) + ": no such pack folder (" + dir.string() + ")",
                          "a folder is relative to this pack.yaml's folder; a built-in pack is named without '/': " +
                              join(builtin_pack_ids(), ", "));
                return std::nullopt;
            }
            key = folder_key(dir);
            origin = dir.string();
            base_folder = dir;
        } else {
            if (!is_builtin_pack(*value)) {
                auto suggestion = closest_match(*value, builtin_pack_ids());
                ctx.error(at, "extends " + quote_text(*value) + ": no built-in pack has this id",
                          suggestion ? "did you mean '" + *suggestion + "'?"
                                     : "built-in packs: " + join(builtin_pack_ids(), ", ") + "; a folder is written with a '/', e.g. ./" + *value);
                return std::nullopt;
            }
            key = builtin_key(*value);
            origin = "built-in";
        }
        auto loop = std::find_if(chain_.begin(), chain_.end(), [&](const Link& l) { return l.key == key; });
        if (loop != chain_.end()) {
            std::vector<std::string> names;
            for (auto it = loop; it != chain_.end(); ++it) names.push_back(it->name);
            names.push_back(loop->name);
            ctx.error(at, "extends cycle: " + join(names, " -> "), "a pack cannot extend itself, directly or through others");
            return std::nullopt;
        }
        if (chain_.size() >= max_extends_depth) {
            ctx.error(at, "extends chain deeper than " + std::to_string(max_extends_depth) + " packs", "extend the pack you need directly");
            return std::nullopt;
        }
        if (base_folder) files = read_folder(*base_folder, diags_);
        else files = builtin_pack_file_set(*value, false);
        auto base = load(files, base_folder ? origin : "built-in", base_folder, key, false);
        if (!base) {
            ctx.error(at, "the base pack " + quote_text(*value) + " has errors, so this extension cannot be used");
            return std::nullopt;
        }
        return base;
    }
};

Result<RulePack> load_top(const std::vector<PackFile>& files, const std::string& origin, const std::optional<fs::path>& folder,
                          const std::string& key) {
    Result<RulePack> result;
    Loader loader(result.diagnostics);
    result.value = loader.load(files, origin, folder, key, true);
    return std::move(result).strict();
}

}  // namespace

Result<RulePack> load_pack_files(const std::vector<PackFile>& files, const std::string& origin) {
    return load_top(files, origin, std::nullopt, "memory:" + origin);
}

Result<RulePack> load_pack_directory(const fs::path& dir) {
    Result<RulePack> result;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        result.error({dir.string(), 0, 0}, "not a rule pack folder", "--rules takes a folder holding pack.yaml");
        return result;
    }
    auto files = read_folder(dir, result.diagnostics);
    auto loaded = load_top(files, dir.string(), dir, folder_key(dir));
    result.append(loaded.diagnostics);
    result.value = std::move(loaded.value);
    return std::move(result).strict();
}

Result<RulePack> load_builtin_pack(const std::string& id) {
    if (!is_builtin_pack(id)) {
        Result<RulePack> result;
        auto suggestion = closest_match(id, builtin_pack_ids());
        result.error({}, "no built-in pack " + quote_text(id),
                     suggestion ? "did you mean '" + *suggestion + "'?" : "built-in packs: " + join(builtin_pack_ids(), ", "));
        return result;
    }
    return load_top(builtin_pack_file_set(id, false), "built-in", std::nullopt, builtin_key(id));
}

std::vector<std::string> builtin_pack_ids() {
    std::set<std::string> ids;
    for (const auto& f : builtin_pack_files())
        if (auto slash = f.name.find('/'); slash != std::string_view::npos) ids.emplace(f.name.substr(0, slash));
    return {ids.begin(), ids.end()};
}

bool is_builtin_pack(const std::string& id) {
    const auto ids = builtin_pack_ids();
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

Result<RulePack> load_pack_reference(const std::string& ref) {
    std::error_code ec;
    if (fs::is_directory(ref, ec)) return load_pack_directory(ref);
    if (is_builtin_pack(ref)) return load_builtin_pack(ref);
    Result<RulePack> result;
    auto suggestion = closest_match(ref, builtin_pack_ids());
    result.error({}, "no pack " + quote_text(ref) + ": neither a folder nor a built-in pack",
                 suggestion ? "did you mean '" + *suggestion + "'?" : "built-in packs: " + join(builtin_pack_ids(), ", "));
    return result;
}

std::vector<PackFile> builtin_pack_file_set(const std::string& id, bool with_tests) {
    std::vector<PackFile> files;
    const std::string prefix = id + "/";
    for (const auto& f : builtin_pack_files()) {
        if (f.name.substr(0, prefix.size()) != prefix) continue;
        std::string name(f.name.substr(prefix.size()));
        if (name.find('/') != std::string::npos && !(with_tests && name.rfind("tests/", 0) == 0)) continue;
        files.push_back({name, "<built-in>/" + std::string(f.name), std::string(f.content), f.tree});
    }
    return files;
}

}  // namespace sbd
