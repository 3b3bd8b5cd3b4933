#pragma once
// What `sensitivity` and `evaluate --sensitivity` share: the settings checked, and the analysis of
// a ranked run.

#include <optional>
#include <vector>

#include "analysis/sensitivity.hpp"
#include "cli/commands.hpp"
#include "cli/output_spec.hpp"
#include "report/run_report.hpp"

namespace sbd::cli {

// The settings of --samples, --spread, --seed and --criteria; each bad value printed as a usage
// error, and nullopt then.
std::optional<SensitivitySettings> stability_settings(const StabilityOptions& options);

// evaluate --sensitivity: the run's first pass analyses the vendors (RunInfo::stability) and the HTML
// report shows the analysis; this warns, before any report is written, when there is no HTML report
// to show it or the run has fewer than two scorable vendors. Warnings, not errors: the scorecard is
// still written.
void check_rank_stability(const RunInfo& run, const std::vector<OutputTarget>& targets);

}  // namespace sbd::cli
