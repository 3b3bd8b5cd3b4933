#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <random>

namespace sbd {

namespace {

// Names the file the user asked for, not the temporary one (its name changes every run).
std::string cannot_write(const std::filesystem::path& path, const std::string& why) {
    return "cannot write " + path.string() + ": " + why;
}

// The temporaries alive now, for the signal handler: fixed slots, so the handler neither allocates
// nor locks (both forbidden in a signal handler); unlink() and _exit() are async-signal-safe. A slot
// is claimed before its path is written and only then marked ready, so the handler never reads a
// path being written.
enum SlotState : int { slot_free, slot_claimed, slot_ready };
struct TemporarySlot {
    std::atomic<int> state{slot_free};
    char path[4096] = {};
};
std::array<TemporarySlot, 64> temporaries;

void remember(const std::filesystem::path& tmp) {
    const std::string& text = tmp.native();
    if (text.size() >= sizeof(TemporarySlot::path)) return;
    for (auto& slot : temporaries) {
        int expected = slot_free;
        if (slot.state.compare_exchange_strong(expected, slot_claimed, std::memory_order_acquire)) {
            std::memcpy(slot.path, text.c_str(), text.size() + 1);
            slot.state.store(slot_ready, std::memory_order_release);
            return;
        }
    }
    // more than 64 at once: those are not cleaned on a signal
}

void forget(const std::filesystem::path& tmp) {
    for (auto& slot : temporaries)
        if (slot.state.load(std::memory_order_acquire) == slot_ready && tmp.native() == slot.path)
            slot.state.store(slot_free, std::memory_order_release);
}

extern "C" void on_signal(int sig) {
    remove_temporaries_now();
    ::_exit(128 + sig);
}

}  // namespace

void remove_temporaries_now() noexcept {
    for (auto& slot : temporaries)
        if (slot.state.load(std::memory_order_acquire) == slot_ready) ::unlink(slot.path);
}

int sync_and_close(int fd) {
    int failed = ::fsync(fd) != 0 ? errno : 0;
    if (::close(fd) != 0 && failed == 0) failed = errno;
    return failed;
}

void remove_temporaries_on_signals() {
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(sig, &action, nullptr);
}

Result<AtomicFile> AtomicFile::create(const std::filesystem::path& path) {
    namespace fs = std::filesystem;
    Result<AtomicFile> result;
    fs::path target = path;
    struct stat link {};
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        std::error_code ec;
        fs::path resolved = fs::canonical(path, ec);  // written through: the link stays a link
        if (ec) {
            result.error({}, cannot_write(path, "it is a symbolic link to a file that does not exist"));
            return result;
        }
        target = resolved;
    }
    struct stat there {};
    if (::stat(target.c_str(), &there) == 0 && !S_ISREG(there.st_mode)) {
        if (S_ISDIR(there.st_mode)) {
            result.error({}, cannot_write(path, "it is a folder"));
            return result;
        }
        // A device, FIFO or socket: written to as it is, never replaced by a file. Non-blocking
        // open, so a FIFO nobody reads is an error rather than a hang.
        const int fd = ::open(target.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            result.error({}, cannot_write(path, errno == ENXIO ? "it is a FIFO that nothing reads" : std::strerror(errno)));
            return result;
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        result.value.emplace(AtomicFile(path, target, {}, fd));
        return result;
    }
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::random_device rd;
    fs::path tmp = dir / ("." + target.filename().string() + ".tmp-" + std::to_string(rd()));
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        result.error({}, cannot_write(path, "cannot create a file in " + dir.string() + ": " + std::strerror(errno)));
        return result;
    }
    remember(tmp);
    result.value.emplace(AtomicFile(path, target, tmp, fd));
    return result;
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : shown_(std::move(other.shown_)), path_(std::move(other.path_)), tmp_(std::move(other.tmp_)), fd_(other.fd_),
      write_error_(other.write_error_), committed_(other.committed_) {
    other.fd_ = -1;
    other.committed_ = true;  // the moved-from object owns nothing to clean up
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    if (fd_ >= 0) ::close(fd_);
    if (!tmp_.empty()) {
        ::unlink(tmp_.c_str());
        forget(tmp_);
    }
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
    if (tmp_.empty()) {  // a device: nothing to sync or rename
        if (::close(fd_) != 0 && failed == 0) failed = errno;
        fd_ = -1;
        committed_ = true;
        if (failed != 0) result.error({}, cannot_write(shown_, std::strerror(failed)));
        return result;
    }
    int closed = sync_and_close(fd_);
    fd_ = -1;
    if (failed == 0) failed = closed;
    if (failed == 0 && ::rename(tmp_.c_str(), path_.c_str()) != 0) failed = errno;
    if (failed != 0) {
        result.error({}, cannot_write(shown_, std::strerror(failed)));
        return result;  // the destructor removes the temporary
    }
    forget(tmp_);
    committed_ = true;
    return result;
}

Result<ScratchFile> ScratchFile::create(const std::string& suffix) {
    Result<ScratchFile> result;
    const char* tmpdir = std::getenv("TMPDIR");
    std::string name = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/sbdscore-XXXXXX" + suffix;
    const int fd = ::mkstemps(name.data(), static_cast<int>(suffix.size()));
    if (fd < 0) {
        result.error({}, "cannot create a temporary file in " + name.substr(0, name.rfind('/')) + ": " + std::strerror(errno),
                     "set TMPDIR to a folder you can write to");
        return result;
    }
    ::close(fd);
    remember(name);
    result.value.emplace(ScratchFile(name));
    return result;
}

ScratchFile::ScratchFile(ScratchFile&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }

ScratchFile::~ScratchFile() {
    if (path_.empty()) return;
    ::unlink(path_.c_str());
    forget(path_);
}

Result<std::string> ScratchFile::read() const {
    Result<std::string> result;
    const int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    std::string bytes;
    char chunk[64 * 1024];
    ssize_t n = fd < 0 ? -1 : 0;
    while (fd >= 0 && ((n = ::read(fd, chunk, sizeof chunk)) > 0 || (n < 0 && errno == EINTR)))
        if (n > 0) bytes.append(chunk, static_cast<std::size_t>(n));
    const int failed = n < 0 ? errno : 0;
    if (fd >= 0) ::close(fd);
    if (fd < 0 || failed) {
        result.error({}, "cannot read back the temporary file " + path_.string() + ": " + std::strerror(fd < 0 ? errno : failed));
        return result;
    }
    result.value = std::move(bytes);
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
