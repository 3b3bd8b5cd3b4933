#pragma once
// Writes a whole file or nothing: a temporary beside the target, fsync, then rename. A report of
// ten thousand vendors is streamed into the temporary piece by piece (AtomicFile); small documents
// use write_file_atomically.

#include <filesystem>
#include <string_view>

#include "util/result.hpp"

namespace sbd {

class AtomicFile {
public:
    // Creates the temporary beside `path`; on failure, one error without a location.
    static Result<AtomicFile> create(const std::filesystem::path& path);
    AtomicFile(AtomicFile&& other) noexcept;
    AtomicFile& operator=(AtomicFile&&) = delete;
    ~AtomicFile();  // removes the temporary unless committed

    // Appends; the first failure is kept and reported by commit().
    void write(std::string_view content);
    // Flushes to disk and renames the temporary into place.
    Result<void> commit();

private:
    AtomicFile(std::filesystem::path path, std::filesystem::path tmp, int fd) : path_(std::move(path)), tmp_(std::move(tmp)), fd_(fd) {}
    std::filesystem::path path_;
    std::filesystem::path tmp_;
    int fd_ = -1;
    int write_error_ = 0;  // errno of the first failed write
    bool committed_ = false;
};

// The whole of `content` as the file at `path`. On failure, one error without a location
// ("cannot write PATH: why"): the problem is the run's output, not a place in an input file.
Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content);

// fsync, then close: `fd` is closed whatever fsync says. Returns 0, or the errno of the first
// failure. (The last step of every atomic write, declared here for its test.)
int sync_and_close(int fd);

}  // namespace sbd
