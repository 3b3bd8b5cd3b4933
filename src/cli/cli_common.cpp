#include "cli_common.hpp"

#include <algorithm>
#include <iostream>
#include <set>

#include "sbdscore/rule_pack_loader.hpp"

namespace sbd::cli {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics) std::cerr << format_diagnostic(d) << "\n";
}

std::optional<RulePack> load_pack_or_report(const std::string& dir) {
    PackLoadResult loaded = dir.empty() ? load_builtin_pack() : load_pack_directory(dir);
    print_diagnostics(loaded.diagnostics);
    if (!loaded.pack) std::cerr << "sbdscore: the rule pack " << (dir.empty() ? "built in" : "in " + dir) << " has errors; nothing was scored\n";
    return loaded.pack;
}

std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args, bool& ok) {
    namespace fs = std::filesystem;
    std::vector<fs::path> out;
    for (const auto& arg : args) {
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            out.emplace_back(arg);
            continue;
        }
        std::vector<fs::path> found;
        for (const auto& entry : fs::directory_iterator(arg, ec)) {
            auto ext = entry.path().extension();
            if (entry.is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) found.push_back(entry.path().lexically_normal());  // "./a.yaml" -> "a.yaml"
        }
        std::sort(found.begin(), found.end());
        if (found.empty() || ec) {
            std::cerr << arg << ": error: " << (ec ? "cannot list the folder: " + ec.message() : "no .yaml or .yml files in this folder") << "\n";
            ok = false;
        }
        out.insert(out.end(), found.begin(), found.end());
    }
    // A file named twice (directly and through its folder, say) is read once: it is one vendor.
    std::vector<fs::path> unique;
    std::set<fs::path> seen;
    for (const auto& p : out) {
        std::error_code ec;
        fs::path key = fs::weakly_canonical(p, ec);
        if (ec) key = p;
        if (seen.insert(key).second) unique.push_back(p);
        else std::cerr << p.string() << ": note: given more than once; read once\n";
    }
    return unique;
}

}  // namespace sbd::cli
