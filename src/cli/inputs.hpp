#pragma once
// The FILES arguments of evaluate and validate, expanded to response files.

#include <filesystem>
#include <string>
#include <vector>

#include "util/result.hpp"

namespace sbd::cli {

// Files as given, folders to their *.yaml / *.yml files (sorted, not recursive); a file named twice
// is read once (a note). The value is always the files found: a folder with no response file, or
// one that cannot be listed, is an error for that argument while the others are still read.
Result<std::vector<std::filesystem::path>> expand_inputs(const std::vector<std::string>& args);

}  // namespace sbd::cli
