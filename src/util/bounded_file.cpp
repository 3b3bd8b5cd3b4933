#include "util/bounded_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <vector>

namespace sbd {

namespace {

// Up to `max_bytes` and one chunk more from `fd`, or the errno that stopped the read.
int read_up_to(int fd, std::size_t max_bytes, std::string& text) {
    std::vector<char> buffer(64 * 1024);
    while (text.size() <= max_bytes) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno;
        if (n == 0) break;
        text.append(buffer.data(), static_cast<std::size_t>(n));
    }
    return 0;
}

Result<std::string> read_standard_input(std::size_t max_bytes) {
    static std::once_flag once;
    static Result<std::string> kept;
    std::call_once(once, [max_bytes] {
        const SourceLocation at{"-", 0, 0};
        if (::isatty(STDIN_FILENO)) {
            kept.error(at, "standard input is a terminal, not a file",
                       "pipe the response in: sbdscore evaluate - < vendor.yaml");
            return;
        }
        std::string text;
        if (const int why = read_up_to(STDIN_FILENO, max_bytes, text); why != 0) {
            kept.error(at, std::string("cannot read standard input: ") + std::strerror(why));
            return;
        }
        kept.value = std::move(text);
    });
    return kept;
}

}  // namespace

Result<std::string> read_bounded_file(const std::filesystem::path& path, std::size_t max_bytes) {
    if (path == "-") return read_standard_input(max_bytes);
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
    const int why = read_up_to(fd, max_bytes, text);
    ::close(fd);
    if (why != 0) {
        result.error(at, std::string("cannot read the file: ") + std::strerror(why));
        return result;
    }
    result.value = std::move(text);
    return result;
}

}  // namespace sbd
