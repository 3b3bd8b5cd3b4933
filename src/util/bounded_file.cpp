#include "util/bounded_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace sbd {

Result<std::string> read_bounded_file(const std::filesystem::path& path, std::size_t max_bytes) {
    Result<std::string> result;
    const SourceLocation at{path.string(), 0, 0};
    // Non-blocking, so a FIFO without a writer cannot hang the run; then only regular files are read.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int why = errno;
        if (why == ELOOP) result.error(at, "cannot open the file: a loop of symbolic links", "point the link at the file itself");
        else if (why == ENOENT) result.error(at, "cannot open the file", "no such file");
        else if (why == EACCES) result.error(at, "cannot open the file", "check its permissions");
        else result.error(at, std::string("cannot open the file: ") + std::strerror(why));
        return result;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const bool folder = S_ISDIR(info.st_mode);
        ::close(fd);
        if (folder) result.error(at, "is a folder, not a file");
        else result.error(at, "is not a regular file (a FIFO, device or socket)", "give the file itself");
        return result;
    }
    std::string text;
    // One allocation for an ordinary file (its size, capped), rather than one per chunk.
    text.reserve(std::min<std::uintmax_t>(static_cast<std::uintmax_t>(info.st_size), max_bytes) + 1);
    std::vector<char> buffer(64 * 1024);
    while (text.size() <= max_bytes) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int why = errno;
            ::close(fd);
            result.error(at, std::string("cannot read the file: ") + std::strerror(why));
            return result;
        }
        if (n == 0) break;
        text.append(buffer.data(), static_cast<std::size_t>(n));
    }
    ::close(fd);
    result.value = std::move(text);
    return result;
}

}  // namespace sbd
