#pragma once
// Writes a whole file or nothing: a temporary beside the target, fsync, then rename. A report of
// ten thousand vendors is streamed into the temporary piece by piece (AtomicFile); small documents
// use write_file_atomically. What is already there decides how (docs/security.md):
//   a regular file, or nothing    -> replaced atomically;
//   a symbolic link to a file     -> written through: the file it points to is replaced atomically,
//                                    the link stays a link;
//   a link to nothing             -> refused;
//   a device, FIFO or socket      -> written to directly, never replaced (/dev/null stays a device);
//   a folder                      -> refused.

#include <filesystem>
#include <string_view>

#include "util/result.hpp"

namespace sbd {

class AtomicFile {
public:
    // Opens where the bytes go; on failure, one error without a location.
    static Result<AtomicFile> create(const std::filesystem::path& path);
    AtomicFile(AtomicFile&& other) noexcept;
    AtomicFile& operator=(AtomicFile&&) = delete;
    ~AtomicFile();  // removes the temporary unless committed

    // Appends; the first failure is kept and reported by commit().
    void write(std::string_view content);
    // Flushes to disk and renames the temporary into place (a device: closes it).
    Result<void> commit();

private:
    AtomicFile(std::filesystem::path shown, std::filesystem::path path, std::filesystem::path tmp, int fd)
        : shown_(std::move(shown)), path_(std::move(path)), tmp_(std::move(tmp)), fd_(fd) {}
    std::filesystem::path shown_;  // what the user named, for messages
    std::filesystem::path path_;   // where the bytes end up (a link's target)
    std::filesystem::path tmp_;    // the temporary; empty when writing to a device directly
    int fd_ = -1;
    int write_error_ = 0;  // errno of the first failed write
    bool committed_ = false;
};

// A file of its own in the temporary folder ($TMPDIR, else /tmp) for a library that writes only to a
// file name (libxlsxwriter): the bytes are read back and written out like any other output. It is
// removed when destroyed, and on SIGINT, SIGTERM or SIGHUP like the temporaries of AtomicFile.
class ScratchFile {
public:
    // An empty file named sbdscore-XXXXXX`suffix`; on failure, one error without a location.
    static Result<ScratchFile> create(const std::string& suffix);
    ScratchFile(ScratchFile&& other) noexcept;
    ScratchFile& operator=(ScratchFile&&) = delete;
    ~ScratchFile();

    const std::filesystem::path& path() const { return path_; }
    // The file's bytes as they are now.
    Result<std::string> read() const;

private:
    explicit ScratchFile(std::filesystem::path path) : path_(std::move(path)) {}
    std::filesystem::path path_;  // empty once moved from
};

// The whole of `content` as the file at `path`. On failure, one error without a location
// ("cannot write PATH: why"): the problem is the run's output, not a place in an input file.
Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content);

// fsync, then close: `fd` is closed whatever fsync says. Returns 0, or the errno of the first
// failure. (The last step of every atomic write, declared here for its test.)
int sync_and_close(int fd);

// On SIGINT, SIGTERM or SIGHUP, removes every temporary an AtomicFile still holds, then ends the
// process as the signal would have, with exit status 128 + the signal (130, 143, 129).
void remove_temporaries_on_signals();

// Removes every temporary an AtomicFile still holds, now; async-signal-safe and allocation-free, for
// the last moments of a process that cannot unwind (a signal, std::terminate).
void remove_temporaries_now() noexcept;

}  // namespace sbd
