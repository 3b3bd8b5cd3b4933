#pragma once
// Parsing of --output specs: FORMAT (standard output), FORMAT=FILE (FORMAT=- is standard output),
// or a bare FILE: in the --format format when one is named, else the format its extension names
// (report.html is HTML), and a usage error when the extension names none: a file silently holding
// the terminal table is the mistake this prevents.

#include <string>
#include <vector>

#include "report/output_formats.hpp"
#include "util/result.hpp"

namespace sbd::cli {

struct OutputTarget {
    const OutputFormat* format = nullptr;
    std::string file;  // empty: standard output
};

// The targets; a usage error (without a location) when a spec is malformed. `format` is --format
// as given: empty when not named (standard output then gets the table).
Result<std::vector<OutputTarget>> parse_output_specs(const std::vector<std::string>& specs, const std::string& format);

// The format a file name's extension names (.json, .html, .htm, .md, .csv, .xml, .sarif,
// .sarif.json, .txt; any case), or nullptr.
const OutputFormat* format_for_file(const std::string& file);

std::string known_extensions();  // ".json, .html, ..." for messages

std::string format_names();  // "table, json, ..." for messages

}  // namespace sbd::cli
