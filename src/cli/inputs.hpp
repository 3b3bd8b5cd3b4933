#pragma once
// The FILES arguments of evaluate and validate, expanded to response files.

#include <filesystem>
#include <string>
#include <vector>

#include "util/result.hpp"

namespace sbd::cli {

// Files as given; folders to their *.yaml / *.yml / *.xlsx files (not Excel's ~$*.xlsx lock files,
// skipped with a note), sorted (with `recursive`, also those of
// every subfolder, depth first in name order). A file named twice is read once (a note). The
// value is always the files found: a folder with no response file is an error for that argument
// (saying so when its subfolders hold some and --recursive would read them) while the others are
// still read. No file at all is an error of its own: nothing to score is never an empty report.
Result<std::vector<std::filesystem::path>> expand_inputs(const std::vector<std::string>& args, bool recursive);

}  // namespace sbd::cli
