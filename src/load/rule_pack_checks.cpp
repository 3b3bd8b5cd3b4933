#include "load/rule_pack_checks.hpp"

#include <utility>

#include "model/criterion_scoring.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

void warn(std::vector<Diagnostic>& out, const SourceLocation& at, std::string message, std::string hint = {}) {
    out.push_back({Severity::warning, at, std::move(message), std::move(hint)});
}

// A band no number reaches: an earlier band holds every value it holds.
bool band_shadowed(const Band& b, const Band& earlier) {
    if (!earlier.min && !earlier.max) return true;                                 // catch-all
    if (!earlier.min && earlier.max && !b.min && b.max) return *b.max <= *earlier.max;  // both "up to"
    if (earlier.min && !earlier.max && b.min && !b.max) return *b.min >= *earlier.min;  // both "from"
    if (b.min && b.max) return earlier.holds(*b.min) && earlier.holds(*b.max);
    return false;
}

void check_criterion(const Criterion& c, std::vector<Diagnostic>& out) {
    if (c.type != AnswerType::text && c.weight == 0 && !c.gate)
        warn(out, c.site(), c.id + " has weight 0 and is not a gate: its answer never counts",
             "give it a weight, make it a gate, or make it a text criterion");
    if (c.type != AnswerType::text && best_raw_score(c) + score_tolerance < 1)
        warn(out, c.site(), "no answer to " + c.id + " scores more than " + format_number(best_raw_score(c)),
             "no vendor can reach 100 on its priority; give the best answer a score of 1");
    if (!c.gate && c.gate_min_score != 1.0)
        warn(out, c.site(), c.id + " sets gate_min_score but is not a gate", "add 'gate: true' or remove gate_min_score");
    if (c.type == AnswerType::text && c.evidence)
        warn(out, c.site(), c.id + " is a text criterion: 'evidence: true' has no effect on its (unscored) answer");
    if (c.type == AnswerType::yesno && (c.partial_score > c.yes_score || c.no_score > c.partial_score))
        warn(out, c.site(), "the scores of " + c.id + " do not rise from no to partial to yes",
             "yes " + format_number(c.yes_score) + ", partial " + format_number(c.partial_score) + ", no " +
                 format_number(c.no_score) + "; is that intended?");
    for (std::size_t i = 0; i < c.bands.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (band_shadowed(c.bands[i], c.bands[j])) {
                warn(out, c.bands[i].where, "band " + std::to_string(i + 1) + " of " + c.id + " never applies",
                     "band " + std::to_string(j + 1) + " already holds every number it holds; order bands from the "
                     "narrowest to the catch-all");
                break;
            }
}

}  // namespace

Result<void> check_rule_pack(const RulePack& pack) {
    Result<void> result;
    auto& out = result.diagnostics;
    for (const auto& p : pack.priorities) {
        double weights = 0;
        for (const auto& c : p.criteria) {
            if (c.type != AnswerType::text) weights += c.weight;
            check_criterion(c, out);
        }
        if (weights == 0)
            out.push_back({Severity::error, p.where,
                           "priority " + p.id + " cannot be scored: the weights of its criteria add up to 0",
                           "give at least one yesno, choice, multi or number criterion a weight above 0"});
    }
    return result;
}

}  // namespace sbd
