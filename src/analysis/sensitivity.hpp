#pragma once
// Rank stability (`sbdscore sensitivity`, docs/sensitivity.md): would the ranking change under other
// reasonable weights? A Monte Carlo over the priority weights (and, with `criteria`, the criterion
// weights) in the manner of SMAA-2 (Lahdelma and Salminen, Operations Research 49(3), 2001): rank
// acceptability indices, central weights, PASS shares and score intervals; and a deterministic
// flip analysis of each priority's weight. Pure functions of scored results: no I/O, no clock, and
// the same inputs and seed give the same figures on every machine.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"
#include "util/result.hpp"

namespace sbd {

struct SensitivitySettings {
    std::uint64_t samples = 10000;
    double spread = 0.5;  // 0: the given weights only; 1: uniform on the simplex (docs/sensitivity.md)
    std::uint64_t seed = 1;
    bool criteria = false;  // also vary the criterion weights within each priority
};

constexpr std::uint64_t max_sensitivity_samples = 10'000'000;
// Rank acceptability is a vendors × ranks table and each vendor has a score histogram (40 KB):
// about 56 MB at this many vendors, far beyond any procurement round.
constexpr std::size_t max_sensitivity_vendors = 1000;
// The flip analysis looks at each priority's weight times a factor in [0, max_flip_factor].
constexpr double max_flip_factor = 10;
// Scores are binned to this many points for the score interval (0-100 in 10001 bins).
constexpr double score_bin = 0.01;

// The settings from their command-line text (empty: the default). A bad value is a usage error (a
// diagnostic without a location) naming the option and what it takes.
Result<SensitivitySettings> read_sensitivity_settings(const std::string& samples, const std::string& spread,
                                                      const std::string& seed, bool criteria);

// What the analysis needs of one result, taken as a run streams its results past (evaluate keeps
// no full results): the figures re-scoring uses, a few per priority and per criterion.
struct StabilityInput {
    std::string file;
    std::string vendor;
    std::string product;
    Verdict verdict = Verdict::invalid;
    double score = 0;
    int rank = 0;                           // evaluate's, set when the analysis ranks its inputs
    bool blocked = false;                   // a gate fails or is unanswered: FAIL whatever the weights
    bool unverified = false;                // a gate is unverified, or a finding holds for review: at best REVIEW
    bool below_floor = false;               // a priority is under its floor (at the given weights)
    std::vector<double> fraction;           // per priority: its score as a fraction 0-1, summed as scoring sums it
    std::vector<unsigned char> applicable;  // per priority
    std::vector<double> credit;             // per scored criterion (pack order, weight above 0)
    std::vector<unsigned char> counts;      // per scored criterion: applicable (not n/a)
};
StabilityInput stability_input(const VendorResult& result);  // INVALID: file and verdict only

// A weight the analysis varies: a priority's, or (with `criteria`) a scored criterion's.
struct VariedWeight {
    std::string id;
    std::string title;
    double weight = 0;          // as given: the pack's, adjusted by the profile
    std::size_t priority = 0;   // the priority it belongs to (its own index for a priority)
};

struct ScoreInterval {
    double low = 0;   // 5th percentile, to score_bin
    double high = 0;  // 95th percentile, to score_bin
    double mean = 0;
};

struct VendorStability {
    std::string file;
    std::string vendor;
    std::string product;
    Verdict verdict = Verdict::invalid;  // at the given weights, as evaluate reports them
    double score = 0;
    int rank = 0;
    std::vector<double> rank_shares;  // [r]: the share of samples in which it takes rank r + 1
    double expected_rank = 0;         // sum of (r + 1) × rank_shares[r]
    double pass_share = 0;            // the share of samples in which its verdict is PASS
    ScoreInterval score_interval;
    // The mean weights (as RankStability::weights) of the samples in which it ranks first, each
    // sample counted by its share of first place; empty when it never does.
    std::vector<double> central_weights;
    // Whether it ranks first (or tied first) under its own central weights: SMAA-2's confidence
    // factor, which is 0 or 1 here because scores are exact, not distributions.
    bool first_at_central_weights = false;
};

struct FlipPoint {
    double factor = 0;               // the priority's weight times this is where first place changes
    std::vector<std::size_t> first;  // who is first just beyond it (indices into vendors)
};

struct PriorityFlip {
    std::size_t priority = 0;        // index into weights
    std::optional<FlipPoint> below;  // the largest factor under 1 at which first place changes, if any in [0, 1)
    std::optional<FlipPoint> above;  // the smallest factor over 1, if any in (1, max_flip_factor]
};

struct RankStability {
    SensitivitySettings settings;
    std::vector<VariedWeight> weights;      // the priorities in pack order, then (criteria) the criteria
    std::size_t priority_count = 0;         // how many of `weights` are priorities
    std::vector<VendorStability> vendors;   // the scorable vendors, in the order given (evaluate's ranking)
    std::vector<std::size_t> leaders;       // first place at the given weights (several when tied)
    std::vector<PriorityFlip> flips;        // one per priority
    std::vector<std::string> left_out;      // INVALID files: not analysed
};

// The flip that needs the smallest relative change of one weight (|factor - 1|; the first priority
// in pack order, below before above, on equal changes); nullopt when no flip is within range.
struct NearestFlip {
    std::size_t flip = 0;  // index into RankStability::flips
    bool below = false;
};
std::optional<NearestFlip> nearest_flip(const RankStability& stability);

// The analysis of a run's results, scored against `pack` (adjusted by the run's profile), in any
// order: the vendors come out in evaluate's ranking. An error, and no value, when fewer than two
// results or more than max_sensitivity_vendors are scorable.
Result<RankStability> analyse_rank_stability(std::vector<StabilityInput> results, const RulePack& pack,
                                             const SensitivitySettings& settings);
Result<RankStability> analyse_rank_stability(const std::vector<VendorResult>& results, const RulePack& pack,
                                             const SensitivitySettings& settings);

}  // namespace sbd
