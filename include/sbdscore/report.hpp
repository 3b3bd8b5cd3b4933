#pragma once
// Renderers of a ranked run: each turns the same RunReport into one output format. Every format is
// registered in output_formats() (src/core/output_formats.cpp), which the CLI offers by name.

#include <string>
#include <string_view>
#include <vector>

#include "sbdscore/rule_pack.hpp"
#include "sbdscore/scorecard.hpp"

namespace sbd {

struct RunReport {
    const RulePack* pack = nullptr;
    std::vector<VendorResult> results;  // ranked
    // The run's date (YYYY-MM-DD) from --as-of or SOURCE_DATE_EPOCH; empty: reports carry no date,
    // so the same inputs always give byte-identical outputs.
    std::string as_of;
    // The profile the pack was adjusted with ("small (built-in)"); empty: the pack as it is.
    std::string profile;
};

struct RenderOptions {
    bool color = false;  // ANSI colours (terminal table only)
};

struct TableStyle {
    bool color = false;
};

std::string render_table(const RunReport& report, const TableStyle& style = {});
std::string render_json(const RunReport& report);
std::string render_html(const RunReport& report);  // self-contained, script-free (docs/reports.md)

constexpr int json_schema_version = 1;

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
