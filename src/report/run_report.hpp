#pragma once
// What reports of a ranked run are written from, and how: each format is a ReportWriter that
// writes what comes before the vendors from the run's summaries, then each vendor in rank order,
// then what comes after. A run of ten thousand vendors never holds every vendor's details at once.

#include <optional>
#include <string>
#include <vector>

#include "analysis/sensitivity.hpp"
#include "model/report_labels.hpp"
#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"
#include "score/exit_policy.hpp"
#include "util/result.hpp"

namespace sbd {

struct RunInfo {
    const RulePack* pack = nullptr;
    // The run's date (YYYY-MM-DD) from --as-of or SOURCE_DATE_EPOCH; empty: reports carry no date,
    // so the same inputs always give byte-identical outputs.
    std::string as_of;
    // The profile the pack was adjusted with ("small (built-in)"); empty: the pack as it is.
    std::string profile;
    // --title, --organisation, --classification, else the profile's: what the reports say about
    // themselves (every page of the HTML report carries the classification).
    ReportLabels labels;
    // evaluate --stage: the stage scored (criteria of later stages are not scored); empty: all.
    std::string stage;
    // evaluate --screen: gates only, no scores.
    bool screen = false;
    // --verify-evidence (or the profile's verify_evidence): evidence files were checked by content.
    bool evidence_verified = false;
    bool signatures_checked = false;  // --keyring: each response's detached signature was verified
    std::vector<ResultSummary> ranked;  // every result, in rank order (INVALID last)
    // evaluate --sensitivity: the rank stability of the run, or why it could not be analysed (the
    // HTML report shows it after the comparison); empty without --sensitivity.
    std::optional<Result<RankStability>> stability;
};

// How much of each vendor the HTML report shows (--detail): `full` adds the audit appendix (every
// answer with its evidence, comment and line, every input file's SHA-256, the pack's sources).
enum class ReportDetail { summary, full };

// The paper the HTML report is laid out for when printed (--paper).
enum class PaperSize { a4, letter };

struct RenderOptions {
    // A constructor, not an aggregate: `{color, fail_on, width}` stays valid as options are added
    // (GCC's -Wmissing-field-initializers flags a brace list that leaves a member out, even a
    // defaulted one).
    RenderOptions(bool with_color = false, FailOn failing = FailOn::gate, std::size_t columns = 0)
        : color(with_color), fail_on(failing), width(columns) {}

    bool color = false;             // ANSI colours (terminal table only)
    FailOn fail_on = FailOn::gate;  // what fails the run: CI formats mark exactly that as failing
    std::size_t width = 0;          // the terminal's columns, to fit the table in; 0: no limit
    // evaluate --sensitivity: the HTML report adds a "Rank stability" section (docs/sensitivity.md).
    std::optional<SensitivitySettings> sensitivity;
    // CSV (docs/reports.md#csv): a UTF-8 byte order mark first (Excel needs it to read UTF-8), and
    // the wide layout (one row per vendor) instead of the long one.
    bool csv_bom = true;
    bool csv_wide = false;
    ReportDetail detail = ReportDetail::full;  // HTML only
    PaperSize paper = PaperSize::a4;           // HTML only
};

// A report is written in this order: begin() and begin_more() until it says no more; for each result in rank order, vendor() then, when
// has_appendix(), vendor_appendix(); after_vendors(); the vendors' appendix parts, in rank order
// (the run keeps them aside meanwhile, in a temporary file: memory stays flat); end().
class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    // Appends what comes before the vendors (titles, the ranking, totals). `run` outlives the writer.
    virtual void begin(const RunInfo& run, std::string& out) = 0;
    // Appends the next part of what begin() opened, for a format whose opening grows with the
    // vendors (the table's rows and reasons): the caller writes each part out before asking for the
    // next, so ten thousand rows are never held at once. False when there is no more.
    virtual bool begin_more(std::string&) { return false; }
    // Appends one vendor's part; called for every result, in rank order.
    virtual void vendor(const VendorResult& result, std::string& out) = 0;
    // Appends one vendor's part of the appendix that follows every vendor (the HTML audit appendix).
    virtual void vendor_appendix(const VendorResult&, std::string&) {}
    // True when the format has vendor_appendix parts.
    virtual bool has_appendix() const { return false; }
    // Appends what comes after the last vendor and before the vendors' appendix parts.
    virtual void after_vendors(std::string&) {}
    // Appends what comes after the vendors (and their appendix parts).
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
    ReportLabels labels;
    std::optional<SensitivitySettings> sensitivity;  // analyse the rank stability with these settings
    std::string stage;
    bool screen = false;
};

}  // namespace sbd
