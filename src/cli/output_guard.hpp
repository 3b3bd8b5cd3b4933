#pragma once
// Outputs must never destroy what they should not (docs/security.md): a report is never written
// over one of the run's inputs, and two outputs never name the same file. Files are compared by
// what they are (device and inode, or the resolved path of one that does not exist yet), not by
// how the command line spells them ("dir/a.yaml", "./dir/../dir/a.yaml", a link to it).

#include <filesystem>
#include <vector>

#include "cli/output_spec.hpp"
#include "util/result.hpp"

namespace sbd::cli {

// Usage errors, without a location, for each output that is an input or that another output
// already names.
Result<void> check_outputs(const std::vector<OutputTarget>& outputs, const std::vector<std::filesystem::path>& inputs);

}  // namespace sbd::cli
