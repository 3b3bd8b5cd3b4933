#pragma once
// Report formats for sharing and CI (docs/reports.md): Markdown for wikis and pull requests, CSV for
// spreadsheets, JUnit XML for test dashboards, SARIF 2.1.0 for code-scanning tools. Each renders a
// whole run; none carries a date unless RunReport::as_of is set.

#include <string>

#include "sbdscore/report.hpp"

namespace sbd {

std::string render_markdown(const RunReport& report);
std::string render_csv(const RunReport& report);
std::string render_junit(const RunReport& report);
std::string render_sarif(const RunReport& report);

}  // namespace sbd
