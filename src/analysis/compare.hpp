#pragma once
// `compare`: what changed between two submissions of the same product (e.g. last year's and this year's).

#include <string>
#include <vector>

#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"

namespace sbd {

struct AnswerChange {
    const Criterion* criterion = nullptr;
    std::string old_answer;  // in words; "unanswered" when absent
    std::string new_answer;
    std::vector<std::string> evidence_added;
    std::vector<std::string> evidence_removed;
    double old_credit = 0;
    double new_credit = 0;
};

struct PriorityChange {
    const Priority* priority = nullptr;
    bool old_applicable = true;
    bool new_applicable = true;
    double old_score = 0;  // 0-100
    double new_score = 0;
};

struct GateChange {
    const Criterion* criterion = nullptr;
    GateStatus old_status = GateStatus::fail;
    GateStatus new_status = GateStatus::fail;
    std::string new_reason;
};

struct Comparison {
    VendorResult old_result;
    VendorResult new_result;
    std::vector<AnswerChange> answers;      // criteria whose answer or evidence changed, in pack order
    std::vector<PriorityChange> priorities;  // every priority, in pack order
    std::vector<GateChange> gates;          // gates whose status changed
    std::vector<std::string> warnings;      // e.g. the two files name different vendors
};

// Both results must come from the same pack (and profile).
Comparison compare_results(VendorResult old_result, VendorResult new_result);

}  // namespace sbd
