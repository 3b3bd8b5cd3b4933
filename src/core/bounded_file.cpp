#include "bounded_file.hpp"

#include <fstream>

#include "yaml_reader.hpp"

namespace sbd {

std::optional<std::string> read_bounded_file(const std::filesystem::path& path, std::vector<Diagnostic>& diagnostics) {
    const std::string shown = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        diagnostics.push_back({Severity::error, {shown, 0, 0}, "is a folder, not a file", ""});
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.push_back({Severity::error, {shown, 0, 0}, "cannot open the file",
                               std::filesystem::exists(path, ec) ? "check its permissions" : "no such file"});
        return std::nullopt;
    }
    // Read at most one chunk past the limit, so a huge or endless file (/dev/zero) cannot exhaust memory;
    // the YAML reader then reports the size.
    std::string text;
    std::vector<char> buffer(64 * 1024);
    while (in && text.size() <= yaml::max_input_bytes) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        diagnostics.push_back({Severity::error, {shown, 0, 0}, "cannot read the file", ""});
        return std::nullopt;
    }
    return text;
}

}  // namespace sbd
