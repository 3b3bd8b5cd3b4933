#pragma once
// Parsing of --output specs: FORMAT (standard output), FORMAT=FILE, or a bare FILE written in the
// --format format (the older `-o FILE` spelling).

#include <string>
#include <vector>

#include "report/output_formats.hpp"
#include "util/result.hpp"

namespace sbd::cli {

struct OutputTarget {
    const OutputFormat* format = nullptr;  // null: the one output of a command that writes one kind
    std::string file;  // empty: standard output
};

// The targets; a usage error (without a location) when a spec is malformed.
Result<std::vector<OutputTarget>> parse_output_specs(const std::vector<std::string>& specs, const std::string& default_format);

std::string format_names();  // "table, json, ..." for messages

}  // namespace sbd::cli
