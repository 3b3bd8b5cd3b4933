#include "sbdscore/response_checks.hpp"

#include <algorithm>

#include "sbdscore/scoring.hpp"
#include "sbdscore/text.hpp"

namespace sbd {

namespace {

// Matches scoring.cpp: an answer within this of gate_min_score passes the gate.
constexpr double tolerance = 1e-9;

std::string quoted(const std::string& s) { return "'" + truncate_display(strip_control(s), 40) + "'"; }

std::string percent(double factor) { return format_number(factor * 100) + "%"; }

}  // namespace

std::vector<Diagnostic> check_before_submission(const RulePack& pack, const VendorResponse& response) {
    std::vector<Diagnostic> out;
    for (const auto& p : pack.priorities) {
        for (const auto& c : p.criteria) {
            const std::string name = c.id + " (" + strip_control(c.title) + ")";
            auto answered = response.answers.find(c.id);
            if (answered == response.answers.end()) {
                if (!c.scored() && !c.gate) continue;
                auto blank = response.blank_answers.find(c.id);
                SourceLocation at = blank != response.blank_answers.end() ? blank->second : response.answers_where;
                std::string where = blank != response.blank_answers.end() ? "" : " (it is missing from answers)";
                out.push_back({Severity::warning, at, name + " is not answered yet" + where,
                               c.gate ? "a must-have gate: unanswered, it fails the vendor; it needs " + c.gate_requirement()
                                      : "an unanswered criterion scores 0"});
                continue;
            }
            const Answer& a = answered->second;
            if (a.not_applicable || c.type == AnswerType::text) continue;
            const double raw = raw_score(c, a);
            if (c.gate && raw + tolerance < c.gate_min_score) {
                out.push_back({Severity::warning, a.where,
                               name + " is a must-have gate and the answer " + quoted(a.display) + " does not pass it",
                               "it needs " + c.gate_requirement() + "; if that is the true answer, the vendor fails"});
            } else if (c.evidence && raw > 0 && a.evidence.empty()) {
                out.push_back({Severity::warning, a.where,
                               name + " is answered " + quoted(a.display) + " without the evidence it expects",
                               c.gate ? "a must-have gate: without evidence it is only 'unverified'; add evidence: "
                                        "[document path or URL]"
                                      : "without evidence the answer earns " + percent(pack.unevidenced_credit) +
                                            " of its credit; add evidence: [document path or URL]"});
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& x, const Diagnostic& y) {
        return std::make_pair(x.where.line, x.where.column) < std::make_pair(y.where.line, y.where.column);
    });
    return out;
}

}  // namespace sbd
