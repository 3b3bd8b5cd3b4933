#pragma once
// What reports of a ranked run are written from, and how: each format is a ReportWriter that
// writes what comes before the vendors from the run's summaries, then each vendor in rank order,
// then what comes after. A run of ten thousand vendors never holds every vendor's details at once.

#include <optional>
#include <string>
#include <vector>

#include "analysis/sensitivity.hpp"
#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"
#include "score/exit_policy.hpp"

namespace sbd {

struct RunInfo {
    const RulePack* pack = nullptr;
    // The run's date (YYYY-MM-DD) from --as-of or SOURCE_DATE_EPOCH; empty: reports carry no date,
    // so the same inputs always give byte-identical outputs.
    std::string as_of;
    // The profile the pack was adjusted with ("small (built-in)"); empty: the pack as it is.
    std::string profile;
    // evaluate --stage: the stage scored (criteria of later stages are not scored); empty: all.
    std::string stage;
    // evaluate --screen: gates only, no scores.
    bool screen = false;
    // --verify-evidence (or the profile's verify_evidence): evidence files were checked by content.
    bool evidence_verified = false;
    bool signatures_checked = false;  // --keyring: each response's detached signature was verified
    std::vector<ResultSummary> ranked;  // every result, in rank order (INVALID last)
};

struct RenderOptions {
    // A constructor, not an aggregate: `{color, fail_on, width}` stays valid as options are added
    // (GCC's -Wmissing-field-initializers flags a brace list that leaves a member out, even a
    // defaulted one).
    RenderOptions(bool with_color = false, FailOn failing = FailOn::gate, std::size_t columns = 0,
                  std::optional<SensitivitySettings> rank_stability = std::nullopt)
        : color(with_color), fail_on(failing), width(columns), sensitivity(rank_stability) {}

    bool color = false;             // ANSI colours (terminal table only)
    FailOn fail_on = FailOn::gate;  // what fails the run: CI formats mark exactly that as failing
    std::size_t width = 0;          // the terminal's columns, to fit the table in; 0: no limit
    // evaluate --sensitivity: the HTML report adds a "Rank stability" section (docs/sensitivity.md).
    std::optional<SensitivitySettings> sensitivity;
};

class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    // Appends what comes before the vendors (titles, the ranking, totals). `run` outlives the writer.
    virtual void begin(const RunInfo& run, std::string& out) = 0;
    // Appends one vendor's part; called for every result, in rank order.
    virtual void vendor(const VendorResult& result, std::string& out) = 0;
    // Appends what comes after the vendors.
    virtual void end(std::string& out) = 0;
    // False for a format written from the summaries alone (the terminal table): the run then
    // needs no second look at each vendor.
    virtual bool needs_vendors() const { return true; }
};

// A run held whole in memory, its results ranked: tests and small runs render from this.
struct RunReport {
    const RulePack* pack = nullptr;
    std::vector<VendorResult> results;  // ranked
    std::string as_of;
    std::string profile;
    std::string stage;
    bool screen = false;
};

}  // namespace sbd
