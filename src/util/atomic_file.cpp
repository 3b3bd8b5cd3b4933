#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

namespace sbd {

int sync_and_close(int fd) {
    int failed = ::fsync(fd) != 0 ? errno : 0;
    if (::close(fd) != 0 && failed == 0) failed = errno;
    return failed;
}

Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    namespace fs = std::filesystem;
    Result<void> result;
    // Name the file the user asked for, not the temporary one (its name changes every run).
    auto fail = [&](const std::string& why) { result.error({}, "cannot write " + path.string() + ": " + why); };
    fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::random_device rd;
    fs::path tmp = dir / ("." + path.filename().string() + ".tmp-" + std::to_string(rd()));
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        fail("cannot create a file in " + dir.string() + ": " + std::strerror(errno));
        return result;
    }
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(std::strerror(errno));
            ::close(fd);
            ::unlink(tmp.c_str());
            return result;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (int why = sync_and_close(fd); why != 0) {
        fail(std::strerror(why));
        ::unlink(tmp.c_str());
        return result;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        fail(std::strerror(errno));
        ::unlink(tmp.c_str());
    }
    return result;
}

}  // namespace sbd
