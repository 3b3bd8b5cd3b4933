#include "sbdscore/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

namespace sbd {

std::string write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    namespace fs = std::filesystem;
    fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::random_device rd;
    fs::path tmp = dir / ("." + path.filename().string() + ".tmp-" + std::to_string(rd()));
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    // Name the file the user asked for, not the temporary one (its name changes every run).
    if (fd < 0) return "cannot write " + path.string() + ": cannot create a file in " + dir.string() + ": " + std::strerror(errno);
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            return "cannot write " + path.string() + ": " + why;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        return "cannot write " + path.string() + ": " + why;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        return "cannot write " + path.string() + ": " + why;
    }
    return {};
}

}  // namespace sbd
