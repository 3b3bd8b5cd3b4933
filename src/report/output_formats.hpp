#pragma once
// The registry of output formats the CLI offers by name (--format, --output FORMAT=FILE).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "report/run_report.hpp"

namespace sbd {

struct OutputFormat {
    std::string name;         // what --output takes: "table", "json", ...
    std::string description;  // one line for --help and docs
    std::string extension;    // usual file extension, e.g. ".json"
    std::unique_ptr<ReportWriter> (*make)(const RenderOptions&);
};

// Every output format, in the order --help lists them.
const std::vector<OutputFormat>& output_formats();
const OutputFormat* find_output_format(std::string_view name);

// A whole report of a run held in memory, in the named format (which must exist).
std::string render_report(std::string_view format, const RunReport& report, const RenderOptions& options = {});

}  // namespace sbd
