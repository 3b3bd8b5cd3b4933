#pragma once
// The renderers of a ranked run, one per output format (docs/reports.md), each in its own
// report_*.cpp file and registered in output_formats.cpp. None carries a date unless
// RunReport::as_of is set, so the same inputs give byte-identical outputs.

#include <string>

#include "report/run_report.hpp"

namespace sbd {

std::string render_table(const RunReport& report, const RenderOptions& options = {});  // the terminal
std::string render_json(const RunReport& report);      // versioned scorecard (docs/json.md)
std::string render_html(const RunReport& report);      // self-contained, script-free page
std::string render_markdown(const RunReport& report);  // wikis and pull requests
std::string render_csv(const RunReport& report);       // spreadsheets
std::string render_junit(const RunReport& report);     // CI test dashboards
std::string render_sarif(const RunReport& report);     // code scanning (SARIF 2.1.0)

constexpr int json_schema_version = 1;

}  // namespace sbd
