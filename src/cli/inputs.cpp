#include "cli/inputs.hpp"

#include <algorithm>
#include <set>

namespace sbd::cli {

Result<std::vector<std::filesystem::path>> expand_inputs(const std::vector<std::string>& args) {
    namespace fs = std::filesystem;
    Result<std::vector<fs::path>> result;
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
        if (found.empty() || ec) result.error({arg, 0, 0}, ec ? "cannot list the folder: " + ec.message() : "no .yaml or .yml files in this folder");
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
        else result.diagnostics.push_back({Severity::note, {p.string(), 0, 0}, "given more than once; read once", ""});
    }
    result.value = std::move(unique);
    return result;
}

}  // namespace sbd::cli
