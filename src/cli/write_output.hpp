#pragma once
// Where generated documents go: standard output, or a file written atomically.

#include <string>

#include "util/result.hpp"

namespace sbd::cli {

// Writes `content` to `file`, or to standard output when `file` is empty or "-".
Result<void> write_output(const std::string& file, const std::string& content);

}  // namespace sbd::cli
