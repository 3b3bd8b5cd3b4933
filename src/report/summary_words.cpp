#include "report/summary_words.hpp"

#include "util/text.hpp"

namespace sbd {

namespace {

// Shortlisted vendors named in the recommendation, at most; the summary table lists every one.
constexpr std::size_t max_named = 10;

bool has_floors(const RulePack& pack) {
    for (const auto& p : pack.priorities)
        if (p.floor > 0) return true;
    return false;
}

// What a PASS meets: "every must-have, every priority floor and the pass threshold of 70"; in a
// screening (no score), every must-have.
std::string what_pass_meets(const RunInfo& run) {
    const RulePack& pack = *run.pack;
    if (run.screen) return "every must-have";
    return std::string(has_floors(pack) ? "every must-have, every priority floor" : "every must-have") + " and the pass threshold of " +
           format_number(pack.pass_threshold);
}

}  // namespace

std::string count_of(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string recommendation_text(const RunInfo& run) {
    const VerdictCounts c = count_verdicts(run.ranked);
    std::string out;
    if (c.pass > 0) {
        std::vector<std::string> named;
        for (const auto& r : run.ranked)
            if (r.verdict == Verdict::pass && named.size() < max_named)
                named.push_back(std::to_string(r.rank) + ". " + r.vendor + " (" + r.product +
                                (r.scored ? ", " + format_fixed(r.score, 1) : std::string()) + ")");
        out = "Shortlist the " + (c.pass == 1 ? std::string("vendor that meets ") : std::to_string(c.pass) + " vendors that meet ") +
              what_pass_meets(run) + (c.pass == 1 ? ": " : ", in rank order: ") + join(named, "; ");
        if (c.pass > named.size()) out += "; and " + std::to_string(c.pass - named.size()) + " more";
        out += ".";
        if (c.review > 0)
            out += " " + count_of(c.review, "more vendor needs", "more vendors need") + " an analyst's review before " +
                   (c.review == 1 ? "it" : "they") + " could join the shortlist.";
    } else if (c.review > 0) {
        out = "No vendor passes outright, so none is recommended as it stands: " + count_of(c.review, "vendor needs", "vendors need") +
              " an analyst's review" + (c.fail > 0 ? " and " + count_of(c.fail, "fails a must-have", "fail a must-have") : std::string()) +
              ".";
    } else if (c.fail > 0) {
        out = "No vendor meets every must-have: none can be recommended.";
    } else {
        out = "No response could be scored: none can be recommended.";
    }
    if (c.invalid > 0)
        out += " " + count_of(c.invalid, "response file", "response files") + " could not be read and " + (c.invalid == 1 ? "was" : "were") +
               " not scored.";
    return out;
}

std::string summary_why(const ResultSummary& r, const RulePack& pack) {
    if (r.verdict == Verdict::invalid) {
        std::size_t errors = 0;
        for (const auto& d : r.diagnostics) errors += d.severity == Severity::error;
        return "Not scored: " + count_of(errors, "error", "errors") + " in the file.";
    }
    std::string out;
    if (r.brief_reasons.empty()) {
        out = !r.scored         ? "Meets every must-have (a screening: no score)."
              : has_floors(pack) ? "Meets every must-have, every priority floor and the pass threshold."
                                 : "Meets every must-have and the pass threshold.";
    } else {
        out = join(r.brief_reasons, "; ") + ".";
        if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');  // a sentence
    }
    const auto gates = pack.gates();
    std::vector<std::string> waived;
    for (std::size_t k = 0; k < r.gate_statuses.size() && k < gates.size(); ++k)
        if (r.gate_statuses[k] == GateStatus::waived) waived.push_back(gates[k]->id + " " + gates[k]->title);
    if (!waived.empty())
        out += " Relies on " + std::string(waived.size() == 1 ? "a waiver (an approved exception)" : "waivers (approved exceptions)") +
               " for must-have" + (waived.size() == 1 ? " " : "s ") + join(waived, ", ") + ".";
    return out;
}

}  // namespace sbd
