#pragma once
// Where generated documents go: standard output, or a file written atomically.

#include <string>

#include "util/result.hpp"

namespace sbd::cli {

// Writes `content` to `file`, or to standard output when `file` is empty or "-".
Result<void> write_output(const std::string& file, const std::string& content);

// False, with a usage error printed, when a binary output (a workbook) would go to standard output
// and that is a terminal: a workbook's bytes would only garble it. A pipe or a file is fine.
bool binary_output_allowed(const std::string& file);

}  // namespace sbd::cli
