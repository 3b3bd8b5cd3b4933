#include "model/criterion_scoring.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace sbd {

double raw_score(const Criterion& c, const Answer& a) {
    if (a.not_applicable) return 0;
    switch (c.type) {
        case AnswerType::yesno:
            if (a.value == "yes") return c.yes_score;
            if (a.value == "partial") return c.partial_score;
            return c.no_score;
        case AnswerType::choice: {
            const Option* o = c.find_option(a.value);
            return o ? o->score : 0;
        }
        case AnswerType::multi: {
            double sum = 0;
            for (const auto& v : a.choices)
                if (const Option* o = c.find_option(v)) sum += o->score;
            return std::min(1.0, sum);
        }
        case AnswerType::number:
            for (const auto& b : c.bands)
                if (b.holds(a.number)) return b.score;
            return 0;
        case AnswerType::text: return 0;
    }
    return 0;
}

bool meets_gate(const Criterion& c, double raw) { return raw + score_tolerance >= c.gate_min_score; }

bool counts_as_evidence(const Criterion& c, const Answer& a, const EvidenceCheck& e) {
    switch (e.status) {
        case EvidenceStatus::verified:
            return c.evidence_format == EvidenceFormat::unknown || c.evidence_format == e.format;
        case EvidenceStatus::cited: return c.evidence_format == EvidenceFormat::unknown || !a.evidence_verified;
        default: return false;
    }
}

bool lacks_expected_evidence(const Criterion& c, const Answer& a, double raw) {
    if (!c.evidence || raw <= 0) return false;
    // Answers built without the loader (best answers, what-ifs) cite evidence without checks.
    if (a.evidence_checks.empty()) return a.evidence.empty();
    for (const auto& e : a.evidence_checks)
        if (counts_as_evidence(c, a, e)) return false;
    return true;
}

std::string evidence_shortfall(const Criterion& c, const Answer& a) {
    std::string out;
    for (const auto& e : a.evidence_checks) {
        if (counts_as_evidence(c, a, e)) continue;
        std::string why;
        if (e.status == EvidenceStatus::cited || e.status == EvidenceStatus::verified)
            why = e.url ? std::string("is a URL, not checked") : std::string("is not an ") + format_name(c.evidence_format);
        else if (e.status == EvidenceStatus::tampered)
            why = "tampered: " + e.reason();
        else
            why = e.status_text() + (e.status == EvidenceStatus::missing && !e.reason().empty() ? ": " + e.reason() : "");
        if (c.evidence_format != EvidenceFormat::unknown && (e.status == EvidenceStatus::cited || e.status == EvidenceStatus::verified))
            why += std::string(" (") + c.id + " needs a verified " + format_name(c.evidence_format) + ")";
        out += (out.empty() ? "" : "; ") + e.cited + " " + why;
    }
    return out;
}

namespace {

// Numbers worth trying for a band: its ends, else the criterion's limits, else 0; last, the values
// just past every band's ends, which reach a catch-all band that earlier bands leave only there.
std::vector<double> candidates(const Criterion& c, const Band& b) {
    std::vector<double> out;
    if (b.max) out.push_back(*b.max);
    if (b.min) out.push_back(*b.min);
    if (c.maximum) out.push_back(*c.maximum);
    if (c.minimum) out.push_back(*c.minimum);
    out.push_back(0);
    for (const auto& other : c.bands) {
        if (other.max) out.push_back(*other.max + 1);
        if (other.min) out.push_back(*other.min - 1);
    }
    return out;
}

bool within_limits(const Criterion& c, double v) { return (!c.minimum || v >= *c.minimum) && (!c.maximum || v <= *c.maximum); }

}  // namespace

std::optional<Answer> best_answer(const Criterion& c, bool with_evidence) {
    Answer a;
    a.criterion_id = c.id;
    switch (c.type) {
        case AnswerType::text: return std::nullopt;
        case AnswerType::yesno: {
            a.value = "yes";
            if (c.partial_score > c.yes_score && c.partial_score >= c.no_score) a.value = "partial";
            else if (c.no_score > c.yes_score && c.no_score > c.partial_score) a.value = "no";
            a.display = a.value;
            break;
        }
        case AnswerType::choice: {
            const Option* best = nullptr;
            for (const auto& o : c.options)
                if (!best || o.score > best->score) best = &o;
            if (!best) return std::nullopt;
            a.value = best->value;
            a.display = a.value;
            break;
        }
        case AnswerType::multi: {
            // Highest-scoring options first, until the sum reaches the cap of 1.
            std::vector<const Option*> sorted;
            for (const auto& o : c.options) sorted.push_back(&o);
            std::stable_sort(sorted.begin(), sorted.end(), [](const Option* x, const Option* y) { return x->score > y->score; });
            double sum = 0;
            for (const Option* o : sorted) {
                if (sum >= 1.0 || o->score <= 0) break;
                a.choices.push_back(o->value);
                sum += o->score;
            }
            a.display = join(a.choices, ", ");
            break;
        }
        case AnswerType::number: {
            double best_score = -1;
            for (const auto& b : c.bands) best_score = std::max(best_score, b.score);
            bool found = false;
            for (const auto& b : c.bands) {
                if (b.score != best_score) continue;
                for (double v : candidates(c, b)) {
                    Answer trial;
                    trial.number = v;
                    if (within_limits(c, v) && raw_score(c, trial) == best_score) {
                        a.number = v;
                        found = true;
                        break;
                    }
                }
                if (found) break;
            }
            if (!found) return std::nullopt;
            a.value = format_number(a.number);
            a.display = a.value + (c.unit.empty() ? "" : " " + c.unit);
            break;
        }
    }
    if (with_evidence && c.evidence) a.evidence = {"(evidence)"};
    return a;
}

double best_raw_score(const Criterion& c) {
    auto a = best_answer(c, false);
    return a ? raw_score(c, *a) : 0;
}

}  // namespace sbd
