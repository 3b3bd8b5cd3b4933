#pragma once
// The words and figures the rank-stability renderers share (text and HTML): plain text, which each
// renderer escapes for its format.

#include <string>
#include <vector>

#include "analysis/sensitivity.hpp"

namespace sbd {

// A share of samples as a percentage for a table cell: "-" (never), "<0.1", "12.3", ">99.9", "100".
std::string share_percent(double share);

// The columns of rank shares: every rank up to six vendors; beyond, ranks 1-5 and "6+" together.
struct RankColumn {
    std::string label;  // "1", ..., "6+"
    std::size_t first = 0, last = 0;  // ranks first..last, 0-based, inclusive
};
std::vector<RankColumn> rank_columns(std::size_t vendors);
double column_share(const VendorStability& vendor, const RankColumn& column);

// A vendor by name (cut for a cell), with its product when another vendor of the run has the same name.
std::string vendor_label(const RankStability& stability, std::size_t vendor);
// "A", "A and B", "A, B and C".
std::string vendors_label(const RankStability& stability, const std::vector<std::size_t>& vendors);

// "10000 samples of the 12 priority weights (spread 0.5, seed 1)".
std::string method_summary(const RankStability& stability);

// The 95% Monte Carlo error of a share, in percentage points: "±1.0".
std::string sampling_error(const RankStability& stability);

// Where first place changes on one side of a priority's weight: "below 0.34x: Helios Controls",
// "none". Factors are rounded toward 1 (below: up; above: down), so "stays first" holds as printed.
std::string flip_cell(const RankStability& stability, const std::optional<FlipPoint>& point, bool below);

// The sentence for a board: the nearest flip, "Quayside Systems stays first unless Open standards
// (OPN) weighs more than 1.13x its current weight (then Helios Controls is first).", or that no
// single weight from 0 to 10x changes first place.
std::string stability_headline(const RankStability& stability);

}  // namespace sbd
