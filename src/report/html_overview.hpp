#pragma once
// The first pages of the HTML report, written from the run's summaries before any vendor's details:
// the cover (title, organisation, classification, run date, pack), the executive summary (the
// recommendation, the verdict counts and one line of why per vendor) and the comparison (a heat map
// of every vendor's priority scores and a matrix of every vendor's must-haves).

#include <string>

#include "report/run_report.hpp"

namespace sbd {

// The report's title: --title (or the profile's), else "Vendor security scorecard".
std::string html_report_title(const RunInfo& run);

std::string html_cover(const RunInfo& run);
std::string html_executive_summary(const RunInfo& run);
std::string html_comparison(const RunInfo& run);

}  // namespace sbd
