#pragma once
// Writes a whole file or nothing: a temporary beside the target, fsync, then rename.

#include <filesystem>
#include <string_view>

#include "util/result.hpp"

namespace sbd {

// On failure, one error without a location ("cannot write PATH: why"): the problem is the run's
// output, not a place in an input file.
Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view content);

// fsync, then close: `fd` is closed whatever fsync says. Returns 0, or the errno of the first
// failure. (The last step of every atomic write, declared here for its test.)
int sync_and_close(int fd);

}  // namespace sbd
