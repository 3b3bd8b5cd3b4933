#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

namespace sbd {

namespace {

// Names the file the user asked for, not the temporary one (its name changes every run).
std::string cannot_write(const std::filesystem::path& path, const std::string& why) {
    return "cannot write " + path.string() + ": " + why;
}

}  // namespace

int sync_and_close(int fd) {
    int failed = ::fsync(fd) != 0 ? errno : 0;
    if (::close(fd) != 0 && failed == 0) failed = errno;
    return failed;
}

Result<AtomicFile> AtomicFile::create(const std::filesystem::path& path) {
    namespace fs = std::filesystem;
    Result<AtomicFile> result;
    fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::random_device rd;
    fs::path tmp = dir / ("." + path.filename().string() + ".tmp-" + std::to_string(rd()));
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        result.error({}, cannot_write(path, "cannot create a file in " + dir.string() + ": " + std::strerror(errno)));
        return result;
    }
    result.value.emplace(AtomicFile(path, tmp, fd));
    return result;
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)), tmp_(std::move(other.tmp_)), fd_(other.fd_), write_error_(other.write_error_),
      committed_(other.committed_) {
    other.fd_ = -1;
    other.committed_ = true;  // the moved-from object owns nothing to clean up
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    if (fd_ >= 0) ::close(fd_);
    ::unlink(tmp_.c_str());
}

void AtomicFile::write(std::string_view content) {
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0 && write_error_ == 0) {
        ssize_t n = ::write(fd_, p, left);
        if (n < 0) {
            if (errno != EINTR) write_error_ = errno;
            continue;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
}

Result<void> AtomicFile::commit() {
    Result<void> result;
    int failed = write_error_;
    int closed = sync_and_close(fd_);
    fd_ = -1;
    if (failed == 0) failed = closed;
    if (failed == 0 && ::rename(tmp_.c_str(), path_.c_str()) != 0) failed = errno;
    if (failed != 0) {
        result.error({}, cannot_write(path_, std::strerror(failed)));
        return result;  // the destructor removes the temporary
    }
    committed_ = true;
    return result;
}

Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    auto file = AtomicFile::create(path);
    if (!file) {
        Result<void> failed;
        failed.diagnostics = std::move(file.diagnostics);
        return failed;
    }
    file->write(content);
    return file->commit();
}

}  // namespace sbd
