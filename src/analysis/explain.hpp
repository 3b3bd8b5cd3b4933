#pragma once
// `explain`: how one vendor's score came about, criterion by criterion, and what would raise it.
// What-if figures come from re-scoring a modified response with the real scoring (docs/commands.md).

#include <functional>
#include <string>
#include <vector>

#include "model/response.hpp"
#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"

namespace sbd {

// Scores a response the way the run does (pack, profile, waivers).
using Scorer = std::function<VendorResult(const VendorResponse&)>;

struct CriterionExplanation {
    const Criterion* criterion = nullptr;
    const Priority* priority = nullptr;
    std::string answer;  // the value in words, "n/a", or "unanswered"
    bool scored = false;          // counts in its priority (scored type, applicable, weight > 0)
    double raw = 0;
    double credit = 0;
    std::string why_reduced;      // empty, or why credit < raw
    double priority_points = 0;   // contribution to the priority's 0-100 score
    double total_points = 0;      // contribution to the overall 0-100 score
};

struct PriorityExplanation {
    const Priority* priority = nullptr;
    bool applicable = false;
    double score = 0;         // 0-100
    double share = 0;         // its weight / the applicable priorities' total weight
    double total_points = 0;  // contribution to the overall score
};

// A change to the response and its re-scored effect.
struct WhatIf {
    std::vector<std::string> criteria;
    std::string change;  // "answering AUT-02 yes with evidence"
    double gain = 0;     // re-scored total minus the original
    Verdict verdict = Verdict::invalid;  // the re-scored verdict
};

struct Explanation {
    VendorResult result;
    std::vector<PriorityExplanation> priorities;
    std::vector<CriterionExplanation> criteria;  // in pack order
    std::vector<WhatIf> improvements;  // every criterion below its best credit, highest gain first
    std::vector<WhatIf> gate_fixes;    // each gate not passing fixed alone, then all together
    double points_to_threshold = 0;    // how far the score is below the pass threshold (0 if not)
    double pass_threshold = 0;
};

Explanation explain(const RulePack& pack, const VendorResponse& response, const Scorer& scorer);

}  // namespace sbd
