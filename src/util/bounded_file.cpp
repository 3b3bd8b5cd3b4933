#include "util/bounded_file.hpp"

#include <algorithm>
#include <fstream>
#include <vector>

namespace sbd {

Result<std::string> read_bounded_file(const std::filesystem::path& path, std::size_t max_bytes) {
    Result<std::string> result;
    const SourceLocation at{path.string(), 0, 0};
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        result.error(at, "is a folder, not a file");
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.error(at, "cannot open the file", std::filesystem::exists(path, ec) ? "check its permissions" : "no such file");
        return result;
    }
    std::string text;
    // One allocation for an ordinary file (its size, capped), rather than one per chunk.
    if (auto size = std::filesystem::file_size(path, ec); !ec) text.reserve(std::min<std::uintmax_t>(size, max_bytes) + 1);
    std::vector<char> buffer(64 * 1024);
    while (in && text.size() <= max_bytes) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        result.error(at, "cannot read the file");
        return result;
    }
    result.value = std::move(text);
    return result;
}

}  // namespace sbd
