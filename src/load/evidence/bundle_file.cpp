#include "load/evidence/bundle_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace sbd {

namespace fs = std::filesystem;

namespace {

BundleFile refused(EvidenceStatus status, std::string reason) {
    BundleFile f;
    f.status = status;
    f.reason = std::move(reason);
    return f;
}

// True when `inner` is `outer` or lies under it (both canonical).
bool is_within(const fs::path& outer, const fs::path& inner) {
    auto o = outer.begin();
    auto i = inner.begin();
    for (; o != outer.end(); ++o, ++i)
        if (i == inner.end() || *o != *i) return false;
    return true;
}

}  // namespace

BundleFile read_bundle_file(const fs::path& bundle, const std::string& cited, std::size_t max_bytes) {
    if (cited.find('\0') != std::string::npos) return refused(EvidenceStatus::invalid, "a path with a NUL byte");
    const fs::path relative(cited);
    if (relative.is_absolute() || relative.has_root_name())
        return refused(EvidenceStatus::invalid, "an absolute path, refused: evidence is named relative to the response, inside its bundle");
    const fs::path normal = relative.lexically_normal();
    if (normal.empty() || *normal.begin() == "..")
        return refused(EvidenceStatus::invalid, "a path that leaves the bundle, refused: evidence must sit in the response's folder");
    std::error_code ec;
    const fs::path root = fs::canonical(bundle, ec);
    if (ec) return refused(EvidenceStatus::missing, "the bundle folder cannot be read");
    const fs::path full = root / normal;
    if (!fs::exists(fs::symlink_status(full, ec))) return refused(EvidenceStatus::missing, "no such file in the bundle");
    const fs::path real = fs::canonical(full, ec);
    if (ec) return refused(EvidenceStatus::missing, "a symbolic link to nothing");
    if (!is_within(root, real)) return refused(EvidenceStatus::invalid, "a symbolic link that leads out of the bundle, refused");
    // The resolved path, opened without following a link swapped in since, without blocking on a FIFO.
    const int fd = ::open(real.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
    if (fd < 0) return refused(EvidenceStatus::invalid, std::string("cannot be opened: ") + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const bool folder = S_ISDIR(info.st_mode);
        ::close(fd);
        return refused(EvidenceStatus::invalid, folder ? "a folder, not a file" : "not a regular file (a FIFO, device or socket), refused");
    }
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) {
        ::close(fd);
        return refused(EvidenceStatus::invalid, std::to_string(info.st_size) + " bytes, over the limit of " +
                                                    std::to_string(max_bytes / (1024 * 1024)) + " MiB for an evidence file");
    }
    BundleFile f;
    f.bytes.reserve(static_cast<std::size_t>(info.st_size));
    std::vector<char> buffer(256 * 1024);
    while (true) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int why = errno;
            ::close(fd);
            return refused(EvidenceStatus::invalid, std::string("cannot be read: ") + std::strerror(why));
        }
        if (n == 0) break;
        f.bytes.append(buffer.data(), static_cast<std::size_t>(n));
        if (f.bytes.size() > max_bytes) {  // grew while being read
            ::close(fd);
            return refused(EvidenceStatus::invalid, "over the limit of " + std::to_string(max_bytes / (1024 * 1024)) +
                                                        " MiB for an evidence file");
        }
    }
    ::close(fd);
    return f;
}

}  // namespace sbd
