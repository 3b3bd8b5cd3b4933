#pragma once
// Reading a small input file (response, profile, waivers) without letting a huge or endless one (/dev/zero)
// exhaust memory. Internal to the core library.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "sbdscore/diagnostic.hpp"

namespace sbd {

// The file's bytes, at most one past the YAML size limit (the parser then reports the size);
// nullopt with an error diagnostic when it cannot be opened or read.
std::optional<std::string> read_bounded_file(const std::filesystem::path& path, std::vector<Diagnostic>& diagnostics);

}  // namespace sbd
