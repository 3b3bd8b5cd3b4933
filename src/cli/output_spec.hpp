#pragma once
// Parsing of --output specs: FORMAT (standard output), FORMAT=FILE, or a bare FILE written in the
// --format format (the older `-o FILE` spelling).

#include <string>
#include <vector>

#include "sbdscore/report.hpp"

namespace sbd::cli {

struct OutputTarget {
    const OutputFormat* format = nullptr;
    std::string file;  // empty: standard output
};

// Returns the targets, or sets `error` (a usage error) and returns what was parsed so far.
std::vector<OutputTarget> parse_output_specs(const std::vector<std::string>& specs, const std::string& default_format,
                                             std::string& error);

std::string format_names();  // "table, json, ..." for messages

}  // namespace sbd::cli
