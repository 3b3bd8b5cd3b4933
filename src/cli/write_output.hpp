#pragma once
// Where generated documents go: standard output, or a file written atomically.

#include <string>

namespace sbd::cli {

// Writes `content` to `file` (standard output when empty); returns the exit code.
int write_output(const std::string& file, const std::string& content);

}  // namespace sbd::cli
