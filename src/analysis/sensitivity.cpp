#include "analysis/sensitivity.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <tuple>

#include "score/ranking.hpp"
#include "score/scoring.hpp"
#include "util/random.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

// ---- Settings ---------------------------------------------------------------------------------

bool all_digits(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A whole number written in decimal digits only (no sign, no exponent, no spaces).
std::optional<std::uint64_t> whole_number(const std::string& text, bool& too_large) {
    too_large = false;
    if (!all_digits(text)) return std::nullopt;
    std::uint64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range) too_large = true;
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// ---- The scores as a small linear model -------------------------------------------------------

// What re-scoring needs of each vendor, flat: the overall score is a weighted mean of priority
// fractions, each (with criteria) a weighted mean of criterion credits (docs/scoring.md, 3-4), and
// the verdict's other inputs (gates; floors unless criteria vary) do not depend on the weights.
struct Model {
    std::size_t vendors = 0;
    std::size_t priorities = 0;
    std::size_t criteria = 0;  // varied criteria; 0 unless settings.criteria
    double threshold = 0;
    std::vector<double> floor;                  // [k]
    std::vector<std::size_t> criteria_begin;    // [k], [k + 1]: priority k's varied criteria
    std::vector<double> given;                  // [priorities + criteria]: the weights as given
    std::vector<double> fraction;               // [v * priorities + k]: 0-1 at the given criterion weights
    std::vector<unsigned char> applicable;      // [v * priorities + k]
    std::vector<double> credit;                 // [v * criteria + i]
    std::vector<unsigned char> counts;          // [v * criteria + i]: applicable for this vendor
    std::vector<unsigned char> blocked;         // [v]: a gate fails or is unanswered: FAIL
    std::vector<unsigned char> unverified;      // [v]: an unverified gate: at best REVIEW
    std::vector<unsigned char> floor_review;    // [v]: under a floor at the given criterion weights
    std::vector<std::size_t> name_position;     // [v]: place in name order (vendor, product, file)
};

Model build_model(const std::vector<StabilityInput>& vendors, const RulePack& pack, bool vary_criteria) {
    Model m;
    m.vendors = vendors.size();
    m.priorities = pack.priorities.size();
    m.threshold = pack.pass_threshold;
    for (const auto& p : pack.priorities) {
        m.floor.push_back(p.floor);
        m.given.push_back(p.weight);
    }
    m.criteria_begin.push_back(0);
    for (const auto& p : pack.priorities) {
        if (vary_criteria)
            for (const auto& c : p.criteria)
                if (c.scored()) {
                    m.given.push_back(c.weight);
                    ++m.criteria;
                }
        m.criteria_begin.push_back(m.criteria);
    }
    for (const auto& v : vendors) {
        m.fraction.insert(m.fraction.end(), v.fraction.begin(), v.fraction.end());
        m.applicable.insert(m.applicable.end(), v.applicable.begin(), v.applicable.end());
        if (vary_criteria) {
            m.credit.insert(m.credit.end(), v.credit.begin(), v.credit.end());
            m.counts.insert(m.counts.end(), v.counts.begin(), v.counts.end());
        }
        m.blocked.push_back(v.blocked);
        m.unverified.push_back(v.unverified);
        m.floor_review.push_back(v.below_floor);
    }
    std::vector<std::size_t> by_name(m.vendors);
    std::iota(by_name.begin(), by_name.end(), 0);
    std::stable_sort(by_name.begin(), by_name.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(vendors[a].vendor, vendors[a].product, vendors[a].file) <
               std::tie(vendors[b].vendor, vendors[b].product, vendors[b].file);
    });
    m.name_position.resize(m.vendors);
    for (std::size_t i = 0; i < by_name.size(); ++i) m.name_position[by_name[i]] = i;
    return m;
}

// Every vendor's score and standing under weights `w` (as Model::given): docs/scoring.md, 3-6.
void rescore(const Model& m, const std::vector<double>& w, std::vector<double>& score, std::vector<Standing>& standing,
             std::vector<Verdict>& verdict) {
    const std::size_t P = m.priorities, C = m.criteria;
    for (std::size_t v = 0; v < m.vendors; ++v) {
        double weighted_total = 0, weight_total = 0;
        bool review = m.unverified[v] != 0;
        for (std::size_t k = 0; k < P; ++k) {
            double fraction = m.fraction[v * P + k];
            bool applicable = m.applicable[v * P + k] != 0;
            if (C > 0) {
                double sum = 0, weights = 0;
                for (std::size_t i = m.criteria_begin[k]; i < m.criteria_begin[k + 1]; ++i)
                    if (m.counts[v * C + i]) {
                        sum += w[P + i] * m.credit[v * C + i];
                        weights += w[P + i];
                    }
                applicable = weights > 0;
                fraction = applicable ? sum / weights : 0;
                review = review || (applicable && below_floor(100.0 * fraction, m.floor[k]));
            }
            if (applicable) {
                weighted_total += w[k] * fraction;
                weight_total += w[k];
            }
        }
        if (C == 0) review = review || m.floor_review[v] != 0;
        score[v] = weight_total > 0 ? 100.0 * weighted_total / weight_total : 0;
        verdict[v] = verdict_from(m.blocked[v] != 0, review, score[v], m.threshold);
        standing[v] = standing_of(verdict[v], score[v]);
    }
}

// Scratch space for re-scoring, allocated once.
struct Scores {
    explicit Scores(std::size_t vendors) : score(vendors), standing(vendors), verdict(vendors) {}
    std::vector<double> score;
    std::vector<Standing> standing;
    std::vector<Verdict> verdict;
};

// First place: the vendors with the best standing, listed as evaluate lists a tie (listed_before:
// the full score, then the name).
std::vector<std::size_t> leaders_of(const Model& m, const Scores& s) {
    std::vector<std::size_t> leaders;
    for (std::size_t v = 0; v < m.vendors; ++v) {
        if (leaders.empty() || s.standing[v].ahead_of(s.standing[leaders[0]])) leaders = {v};
        else if (s.standing[v] == s.standing[leaders[0]]) leaders.push_back(v);
    }
    std::sort(leaders.begin(), leaders.end(), [&](std::size_t a, std::size_t b) {
        return s.score[a] != s.score[b] ? s.score[a] > s.score[b] : m.name_position[a] < m.name_position[b];
    });
    return leaders;
}

// ---- Sampling ---------------------------------------------------------------------------------

// w = (1 - s) × given + s × T × u, u uniform on the simplex and T the given weights' total: a
// share s of the total weight is dealt out at random, the rest stays where it was given. For the
// priorities as a whole, then (criteria) for each priority's criteria among themselves.
class WeightSampler {
public:
    WeightSampler(const Model& m, const SensitivitySettings& settings) : m_(m), spread_(settings.spread), rng_(settings.seed) {
        groups_.push_back({0, m.priorities});
        for (std::size_t k = 0; k < m.priorities; ++k)
            groups_.push_back({m.priorities + m.criteria_begin[k], m.priorities + m.criteria_begin[k + 1]});
        for (const auto& [begin, end] : groups_) {
            double total = 0;
            for (std::size_t j = begin; j < end; ++j) total += m.given[j];
            totals_.push_back(total);
        }
    }

    void next(std::vector<double>& w) {
        if (spread_ == 0) {  // nothing to draw: every sample is the given weights
            w = m_.given;
            return;
        }
        for (std::size_t g = 0; g < groups_.size(); ++g) {
            const auto [begin, end] = groups_[g];
            if (begin == end) continue;
            u_.resize(end - begin);
            uniform_simplex(rng_, u_, scratch_);
            for (std::size_t j = begin; j < end; ++j)
                w[j] = (1 - spread_) * m_.given[j] + spread_ * totals_[g] * u_[j - begin];
        }
    }

private:
    const Model& m_;
    double spread_;
    Xoshiro256 rng_;
    std::vector<std::pair<std::size_t, std::size_t>> groups_;
    std::vector<double> totals_;
    std::vector<double> u_, scratch_;
};

// ---- What the samples add up to, in memory that does not grow with their number ---------------

constexpr double bins_per_point = 100;     // 1 / score_bin
constexpr std::size_t score_bins = 10001;  // 0.00, 0.01, ..., 100.00

struct Tally {
    Tally(std::size_t vendors, std::size_t weights)
        : n(vendors), dims(weights), untied(vendors * vendors), tied(vendors * (vendors + 1)), pass(vendors),
          first(vendors), central(vendors * weights), histogram(vendors * score_bins), score_sum(vendors) {}

    std::size_t n, dims;
    std::vector<std::uint64_t> untied;  // [v * n + r]: samples with v alone at rank r + 1
    // [v * (n + 1) + r]: ties, as differences: a group of g tied vendors at positions p..p+g-1 adds
    // 1/g to each member's shares of those ranks (+1/g at p, -1/g at p + g).
    std::vector<double> tied;
    std::vector<std::uint64_t> pass;
    std::vector<double> first;    // [v]: samples at first place, a tie for first counted 1/g
    std::vector<double> central;  // [v * dims + j]: weights of those samples, summed the same way
    std::vector<std::uint32_t> histogram;  // [v * score_bins + b]
    std::vector<double> score_sum;

    void add(const Model& m, const std::vector<double>& w, const Scores& s, std::vector<std::size_t>& order) {
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (!(s.standing[a] == s.standing[b])) return s.standing[a].ahead_of(s.standing[b]);
            return m.name_position[a] < m.name_position[b];
        });
        for (std::size_t p = 0; p < n;) {
            std::size_t end = p + 1;
            while (end < n && s.standing[order[end]] == s.standing[order[p]]) ++end;
            const std::size_t g = end - p;
            const double share = 1.0 / static_cast<double>(g);
            for (std::size_t i = p; i < end; ++i) {
                const std::size_t v = order[i];
                if (g == 1) ++untied[v * n + p];
                else {
                    tied[v * (n + 1) + p] += share;
                    tied[v * (n + 1) + end] -= share;
                }
                if (p == 0) {
                    first[v] += share;
                    for (std::size_t j = 0; j < dims; ++j) central[v * dims + j] += g == 1 ? w[j] : share * w[j];
                }
            }
            p = end;
        }
        for (std::size_t v = 0; v < n; ++v) {
            pass[v] += s.verdict[v] == Verdict::pass;
            const long long bin = std::llround(s.score[v] * bins_per_point);
            ++histogram[v * score_bins + static_cast<std::size_t>(std::clamp<long long>(bin, 0, score_bins - 1))];
            score_sum[v] += s.score[v];
        }
    }
};

// The smallest bin with at least num/den of the samples at or below it.
double percentile(const std::uint32_t* histogram, std::uint64_t samples, std::uint64_t num, std::uint64_t den) {
    std::uint64_t cumulative = 0;
    for (std::size_t b = 0; b < score_bins; ++b) {
        cumulative += histogram[b];
        if (cumulative * den >= samples * num) return static_cast<double>(b) / bins_per_point;
    }
    return 100;
}

// ---- Flip analysis ------------------------------------------------------------------------------

// The real roots of a t^2 + b t + c = 0 strictly inside (0, max_flip_factor).
void add_roots(double a, double b, double c, std::vector<double>& points) {
    auto keep = [&](double t) {
        if (std::isfinite(t) && t > 0 && t < max_flip_factor) points.push_back(t);
    };
    const double scale = std::max({std::abs(a), std::abs(b), std::abs(c)});
    if (scale == 0) return;  // the same score at every factor (e.g. identical answers)
    if (std::abs(a) <= 1e-14 * scale) {
        if (b != 0) keep(-c / b);
        return;
    }
    const double disc = b * b - 4 * a * c;
    if (disc < 0) return;
    const double q = -0.5 * (b + std::copysign(std::sqrt(disc), b));
    keep(q / a);
    if (q != 0) keep(c / q);
}

// Where first place changes as priority k's weight alone is multiplied by a factor t. Each score
// is S(t) = 100 (A + tB) / (C + tD), so the standings can change only where a leader's score meets
// another vendor's (a quadratic in t) or a score meets the pass threshold (linear); first place is
// constant between those points, and is looked at once inside each interval, walking out from 1.
PriorityFlip flip_of(const Model& m, std::size_t k, const std::vector<std::size_t>& leaders, Scores& s) {
    const std::size_t P = m.priorities;
    std::vector<double> A(m.vendors), B(m.vendors), C(m.vendors), D(m.vendors);
    for (std::size_t v = 0; v < m.vendors; ++v)
        for (std::size_t j = 0; j < P; ++j) {
            if (!m.applicable[v * P + j]) continue;
            const double wf = m.given[j] * m.fraction[v * P + j];
            if (j == k) {
                B[v] = wf;
                D[v] = m.given[j];
            } else {
                A[v] += wf;
                C[v] += m.given[j];
            }
        }
    std::vector<double> points = {0, 1, max_flip_factor};
    for (std::size_t l : leaders)
        for (std::size_t v = 0; v < m.vendors; ++v)
            if (v != l)
                add_roots(B[l] * D[v] - B[v] * D[l], A[l] * D[v] + B[l] * C[v] - A[v] * D[l] - B[v] * C[l],
                          A[l] * C[v] - A[v] * C[l], points);
    for (std::size_t v = 0; v < m.vendors; ++v)
        add_roots(0, 100 * B[v] - m.threshold * D[v], 100 * A[v] - m.threshold * C[v], points);
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());

    std::vector<double> w = m.given;
    auto leaders_at = [&](double t) {
        w[k] = t * m.given[k];
        rescore(m, w, s.score, s.standing, s.verdict);
        return leaders_of(m, s);
    };
    // Who is first, not in what order they are listed (by full score, then name).
    auto as_set = [](std::vector<std::size_t> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    const auto base = as_set(leaders);
    PriorityFlip flip;
    flip.priority = k;
    const std::size_t one = static_cast<std::size_t>(std::find(points.begin(), points.end(), 1.0) - points.begin());
    for (std::size_t i = one; i + 1 < points.size() && !flip.above; ++i)
        if (auto first = leaders_at((points[i] + points[i + 1]) / 2); as_set(first) != base) flip.above = FlipPoint{points[i], first};
    for (std::size_t i = one; i > 0 && !flip.below; --i)
        if (auto first = leaders_at((points[i - 1] + points[i]) / 2); as_set(first) != base) flip.below = FlipPoint{points[i], first};
    if (!flip.below)  // the priority left out entirely: only a vendor scored on it alone moves
        if (auto first = leaders_at(0); as_set(first) != base) flip.below = FlipPoint{0, first};
    return flip;
}

}  // namespace

StabilityInput stability_input(const VendorResult& r) {
    StabilityInput in;
    in.file = r.file;
    in.vendor = r.vendor;
    in.product = r.product;
    in.verdict = r.verdict;
    in.score = r.score;
    if (r.verdict == Verdict::invalid) return in;
    for (const auto& g : r.gates) {
        in.blocked = in.blocked || gate_blocks(g.status);
        in.unverified = in.unverified || g.status == GateStatus::unverified;
    }
    // Answers too old hold the verdict at REVIEW whatever the weights; a result beyond the risk
    // tolerance is taken as it is at the given weights (the tolerance is the profile's, not sampled).
    for (const auto& f : r.findings) in.unverified = in.unverified || holds_for_review(f.kind);
    for (const auto& pr : r.priorities) {
        // The fraction exactly as scoring.cpp sums it, so the given weights re-score to the same bits.
        double sum = 0, weights = 0;
        for (const auto& cr : pr.criteria) {
            if (cr.applicable && cr.criterion->weight > 0) {
                sum += cr.criterion->weight * cr.credit;
                weights += cr.criterion->weight;
            }
            if (cr.criterion->scored()) {
                in.credit.push_back(cr.credit);
                in.counts.push_back(cr.applicable ? 1 : 0);
            }
        }
        in.fraction.push_back(weights > 0 ? sum / weights : 0);
        in.applicable.push_back(weights > 0 ? 1 : 0);
        in.below_floor = in.below_floor || below_floor(pr);
    }
    return in;
}

Result<SensitivitySettings> read_sensitivity_settings(const std::string& samples, const std::string& spread,
                                                      const std::string& seed, bool criteria) {
    Result<SensitivitySettings> result;
    SensitivitySettings s;
    s.criteria = criteria;
    bool too_large = false;
    if (!samples.empty()) {
        auto n = whole_number(samples, too_large);
        if (!n && !too_large)
            result.error({}, "--samples takes a whole number of samples, not " + quote_text(samples), "digits only, e.g. 10000");
        else if (too_large || *n > max_sensitivity_samples)
            result.error({}, "--samples " + quote_text(samples) + " is too many: at most " + std::to_string(max_sensitivity_samples));
        else if (*n == 0)
            result.error({}, "--samples must be at least 1", "the default is 10000");
        else
            s.samples = *n;
    }
    if (!spread.empty()) {
        double value = 0;
        auto [end, error] = std::from_chars(spread.data(), spread.data() + spread.size(), value);
        const bool number = error == std::errc() && end == spread.data() + spread.size() && std::isfinite(value);
        if (!number)
            result.error({}, "--spread takes a number from 0 to 1, not " + quote_text(spread),
                         "0 keeps the given weights; 1 allows any weights, uniform on the simplex");
        else if (value < 0 || value > 1)
            result.error({}, "--spread " + quote_text(spread) + " is out of range: it is a share of the total weight, from 0 to 1",
                         "0 keeps the given weights; 1 allows any weights, uniform on the simplex");
        else
            s.spread = value == 0 ? 0.0 : value;  // no -0
    }
    if (!seed.empty()) {
        auto n = whole_number(seed, too_large);
        if (!n)
            result.error({}, "--seed takes a whole number from 0 to 18446744073709551615, not " + quote_text(seed));
        else
            s.seed = *n;
    }
    if (result.diagnostics.empty()) result.value = s;
    return result;
}

std::optional<NearestFlip> nearest_flip(const RankStability& s) {
    std::optional<NearestFlip> nearest;
    double change = 0;
    for (std::size_t i = 0; i < s.flips.size(); ++i)
        for (bool below : {true, false}) {
            const auto& point = below ? s.flips[i].below : s.flips[i].above;
            if (point && (!nearest || std::abs(point->factor - 1) < change)) {
                nearest = NearestFlip{i, below};
                change = std::abs(point->factor - 1);
            }
        }
    return nearest;
}

Result<RankStability> analyse_rank_stability(const std::vector<VendorResult>& results, const RulePack& pack,
                                             const SensitivitySettings& settings) {
    std::vector<StabilityInput> inputs;
    for (const auto& r : results) inputs.push_back(stability_input(r));
    return analyse_rank_stability(std::move(inputs), pack, settings);
}

Result<RankStability> analyse_rank_stability(std::vector<StabilityInput> results, const RulePack& pack,
                                             const SensitivitySettings& settings) {
    Result<RankStability> result;
    RankStability out;
    out.settings = settings;
    std::vector<StabilityInput> scorable;
    for (auto& r : results) {
        if (r.verdict == Verdict::invalid) out.left_out.push_back(r.file);
        else scorable.push_back(std::move(r));
    }
    const std::string left_out =
        out.left_out.empty() ? "" : " (" + std::to_string(out.left_out.size()) + " INVALID left out)";
    if (scorable.size() < 2) {
        result.error({}, "rank stability needs at least two scorable vendors; " + std::to_string(scorable.size()) +
                             (scorable.size() == 1 ? " was" : " were") + " given" + left_out,
                     "name the folder or all the response files of the round");
        return result;
    }
    if (scorable.size() > max_sensitivity_vendors) {
        result.error({}, "rank stability analyses at most " + std::to_string(max_sensitivity_vendors) + " scorable vendors; " +
                             std::to_string(scorable.size()) + " were given" + left_out,
                     "analyse a shortlist: the vendors that meet their gates, say");
        return result;
    }
    rank_results(scorable);  // evaluate's ranking, and its ranks

    const Model m = build_model(scorable, pack, settings.criteria);
    for (std::size_t k = 0; k < pack.priorities.size(); ++k) {
        const auto& p = pack.priorities[k];
        out.weights.push_back({p.id, p.title, p.weight, k});
    }
    out.priority_count = out.weights.size();
    if (settings.criteria)
        for (std::size_t k = 0; k < pack.priorities.size(); ++k)
            for (const auto& c : pack.priorities[k].criteria)
                if (c.scored()) out.weights.push_back({c.id, c.title, c.weight, k});

    const std::size_t n = m.vendors, dims = m.given.size();
    Scores s(n);
    rescore(m, m.given, s.score, s.standing, s.verdict);
    out.leaders = leaders_of(m, s);

    Tally tally(n, dims);
    WeightSampler sampler(m, settings);
    std::vector<double> w(dims);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    for (std::uint64_t i = 0; i < settings.samples; ++i) {
        sampler.next(w);
        rescore(m, w, s.score, s.standing, s.verdict);
        tally.add(m, w, s, order);
    }

    const double N = static_cast<double>(settings.samples);
    for (std::size_t v = 0; v < n; ++v) {
        const StabilityInput& r = scorable[v];
        VendorStability vs;
        vs.file = r.file;
        vs.vendor = r.vendor;
        vs.product = r.product;
        vs.verdict = r.verdict;
        vs.score = r.score;
        vs.rank = r.rank;
        double tied = 0;
        for (std::size_t rank = 0; rank < n; ++rank) {
            tied += tally.tied[v * (n + 1) + rank];
            // Rounding in the tie differences can leave 1e-16 where no tie was: not a share.
            const double share = (static_cast<double>(tally.untied[v * n + rank]) + (std::abs(tied) < 1e-9 ? 0.0 : tied)) / N;
            vs.rank_shares.push_back(share);
            vs.expected_rank += static_cast<double>(rank + 1) * share;
        }
        vs.pass_share = static_cast<double>(tally.pass[v]) / N;
        const std::uint32_t* histogram = &tally.histogram[v * score_bins];
        vs.score_interval = {percentile(histogram, settings.samples, 1, 20), percentile(histogram, settings.samples, 19, 20),
                             tally.score_sum[v] / N};
        if (tally.first[v] > 0) {
            for (std::size_t j = 0; j < dims; ++j) vs.central_weights.push_back(tally.central[v * dims + j] / tally.first[v]);
            rescore(m, vs.central_weights, s.score, s.standing, s.verdict);
            const auto first = leaders_of(m, s);
            vs.first_at_central_weights = std::find(first.begin(), first.end(), v) != first.end();
        }
        out.vendors.push_back(std::move(vs));
    }
    for (std::size_t k = 0; k < m.priorities; ++k) out.flips.push_back(flip_of(m, k, out.leaders, s));
    result.value = std::move(out);
    return result;
}

}  // namespace sbd
