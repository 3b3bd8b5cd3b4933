#pragma once
// Writes a whole file or nothing: a temporary beside the target, fsync, then rename.

#include <filesystem>
#include <string>
#include <string_view>

namespace sbd {

// Returns an empty string on success, else what went wrong.
std::string write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace sbd
