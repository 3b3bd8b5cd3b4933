#include "util/file_id.hpp"

#include <sys/stat.h>

namespace sbd {

std::optional<FileId> file_id(const std::filesystem::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    return FileId{info.st_dev, info.st_ino};
}

}  // namespace sbd
