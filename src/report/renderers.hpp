#pragma once
// The writers of a ranked run, one per output format (docs/reports.md), each in its own
// report_*.cpp file and registered in output_formats.cpp. None carries a date unless the run has
// one (RunInfo::as_of), so the same inputs give byte-identical outputs.

#include <memory>

#include "report/run_report.hpp"

namespace sbd {

std::unique_ptr<ReportWriter> make_table_writer(const RenderOptions& options);  // the terminal
std::unique_ptr<ReportWriter> make_json_writer(const RenderOptions& options);   // versioned scorecard (docs/json.md)
std::unique_ptr<ReportWriter> make_html_writer(const RenderOptions& options);   // self-contained, script-free page
std::unique_ptr<ReportWriter> make_markdown_writer(const RenderOptions& options);  // wikis and pull requests
std::unique_ptr<ReportWriter> make_csv_writer(const RenderOptions& options);    // spreadsheets
std::unique_ptr<ReportWriter> make_junit_writer(const RenderOptions& options);  // CI test dashboards
std::unique_ptr<ReportWriter> make_sarif_writer(const RenderOptions& options);  // code scanning (SARIF 2.1.0)
std::unique_ptr<ReportWriter> make_github_writer(const RenderOptions& options);  // GitHub Actions annotations
std::unique_ptr<ReportWriter> make_codequality_writer(const RenderOptions& options);  // GitLab Code Quality
std::unique_ptr<ReportWriter> make_xlsx_writer(const RenderOptions& options);    // Excel workbook (binary)

constexpr int json_schema_version = 1;

}  // namespace sbd
