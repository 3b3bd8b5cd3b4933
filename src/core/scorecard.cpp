#include "sbdscore/scorecard.hpp"

namespace sbd {

const char* to_string(Verdict v) {
    switch (v) {
        case Verdict::pass: return "PASS";
        case Verdict::review: return "REVIEW";
        case Verdict::fail: return "FAIL";
        case Verdict::invalid: return "INVALID";
    }
    return "INVALID";
}

const char* to_string(GateStatus s) {
    switch (s) {
        case GateStatus::pass: return "pass";
        case GateStatus::fail: return "fail";
        case GateStatus::unanswered: return "unanswered";
        case GateStatus::unverified: return "unverified";
        case GateStatus::not_applicable: return "n/a";
        case GateStatus::waived: return "waived";
    }
    return "fail";
}

bool gate_blocks(GateStatus s) { return s == GateStatus::fail || s == GateStatus::unanswered; }

const PriorityResult* VendorResult::find_priority(const std::string& id) const {
    for (const auto& p : priorities)
        if (p.priority && p.priority->id == id) return &p;
    return nullptr;
}

std::vector<const GateResult*> VendorResult::blocking_gates() const {
    std::vector<const GateResult*> out;
    for (const auto& g : gates)
        if (gate_blocks(g.status)) out.push_back(&g);
    return out;
}

}  // namespace sbd
