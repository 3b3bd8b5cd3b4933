#pragma once
// The words of a run's summary that the reports for people share (HTML and Markdown): the
// recommendation, and one line of why per vendor. Plain text: each report escapes it for its format.

#include <string>
#include <vector>

#include "report/run_report.hpp"

namespace sbd {

// The recommendation: the ranked shortlist of PASS vendors (at most ten named), else that no vendor
// passes or meets every must-have; how many more need review, and how many files were not scored.
std::string recommendation_text(const RunInfo& run);

// One vendor's line of why, from its summary: its reasons in a few words each (verdict_checks'
// reason_brief), or that it meets everything a PASS needs; the must-haves a waiver covers; for an
// INVALID file, its number of errors.
std::string summary_why(const ResultSummary& result, const RulePack& pack);

// "1 vendor", "3 vendors".
std::string count_of(std::size_t n, const std::string& one, const std::string& many);

}  // namespace sbd
