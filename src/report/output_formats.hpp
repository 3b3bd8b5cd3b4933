#pragma once
// The registry of output formats the CLI offers by name (--format, --output FORMAT=FILE).

#include <string>
#include <string_view>
#include <vector>

#include "report/run_report.hpp"

namespace sbd {

using Renderer = std::string (*)(const RunReport&, const RenderOptions&);

struct OutputFormat {
    std::string name;         // what --output takes: "table", "json", ...
    std::string description;  // one line for --help and docs
    std::string extension;    // usual file extension, e.g. ".json"
    Renderer render;
};

// Every output format, in the order --help lists them.
const std::vector<OutputFormat>& output_formats();
const OutputFormat* find_output_format(std::string_view name);

}  // namespace sbd
