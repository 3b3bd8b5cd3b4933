// Build tool: parses YAML files as the loaders do (load/yaml_reader) and writes each one's tree
// (load/yaml_tree_codec), so the built-in packs and profiles are compiled in already parsed.
//   compile_yaml_tree OUT_DIR BASE_DIR FILE...   writes OUT_DIR/<FILE relative to BASE_DIR>.tree
// A file that does not parse, or holds an alias, stops the build with its messages.

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "load/yaml_reader.hpp"
#include "load/yaml_tree_codec.hpp"

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    if (argc < 3) {
        std::cerr << "usage: compile_yaml_tree OUT_DIR BASE_DIR FILE...\n";
        return 2;
    }
    const fs::path out_dir = argv[1];
    const fs::path base = argv[2];
    for (int i = 3; i < argc; ++i) {
        const fs::path file = argv[i];
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        std::vector<sbd::Diagnostic> diagnostics;
        std::optional<std::string> bytes;
        {
            sbd::yaml::Context ctx(file.string(), diagnostics);
            if (auto doc = sbd::yaml::parse_one_document(ctx, text.str())) bytes = sbd::yaml::encode_tree(*doc);
        }
        for (const auto& d : diagnostics) std::cerr << sbd::format_diagnostic(d) << "\n";
        if (!in || !bytes) {
            std::cerr << file.string() << ": cannot be compiled in" << (diagnostics.empty() ? " (an alias, or unreadable)" : "") << "\n";
            return 1;
        }
        const fs::path target = out_dir / (fs::relative(file, base).string() + ".tree");
        fs::create_directories(target.parent_path());
        std::ofstream out(target, std::ios::binary | std::ios::trunc);
        out << *bytes;
        if (!out.flush()) {
            std::cerr << target.string() << ": cannot be written\n";
            return 1;
        }
    }
    return 0;
}
