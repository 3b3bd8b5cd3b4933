// The benchmark's baseline: what any YAML-reading tool must do at the least. Loads each file given
// on the command line (a folder: its *.yaml files) with yaml-cpp's YAML::LoadFile and walks every
// node, touching every scalar.
// sbdscore's figures in docs/performance.md are ratios against this program, run side by side.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

namespace {

std::size_t walk(const YAML::Node& node, int depth) {
    if (depth > 1000) return 0;  // aliases can make cycles; generated files have none
    std::size_t n = 1;
    switch (node.Type()) {
        case YAML::NodeType::Scalar: return n + node.Scalar().size();
        case YAML::NodeType::Sequence:
            for (const auto& item : node) n += walk(item, depth + 1);
            return n;
        case YAML::NodeType::Map:
            for (const auto& pair : node) n += walk(pair.first, depth + 1) + walk(pair.second, depth + 1);
            return n;
        default: return n;
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t total = 0;
    for (int i = 1; i < argc; ++i) {
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(argv[i])) {
            for (const auto& entry : std::filesystem::directory_iterator(argv[i]))
                if (entry.path().extension() == ".yaml") files.push_back(entry.path());
            std::sort(files.begin(), files.end());
        } else {
            files.emplace_back(argv[i]);
        }
        for (const auto& f : files) total += walk(YAML::LoadFile(f.string()), 0);
    }
    std::printf("%zu\n", total);  // so the walk cannot be optimised away
    return 0;
}
