#include "report/html_parts.hpp"

namespace sbd::html {

std::string verdict_class(Verdict v) {
    switch (v) {
        case Verdict::pass: return "verdict-pass";
        case Verdict::review: return "verdict-review";
        case Verdict::fail: return "verdict-fail";
        case Verdict::invalid: return "verdict-invalid";
    }
    return "verdict-invalid";
}

std::string gate_class(GateStatus s) {
    switch (s) {
        case GateStatus::pass: return "gate-pass";
        case GateStatus::fail: return "gate-fail";
        case GateStatus::unanswered: return "gate-unanswered";
        case GateStatus::unverified: return "gate-unverified";
        case GateStatus::not_applicable: return "gate-na";
        case GateStatus::waived: return "gate-waived";
        case GateStatus::later_stage: return "gate-later";
    }
    return "gate-fail";
}

std::string verdict_badge(Verdict v) { return "<span class=\"badge " + verdict_class(v) + "\">" + to_string(v) + "</span>"; }

std::string gate_badge(GateStatus s) { return "<span class=\"badge " + gate_class(s) + "\">" + to_string(s) + "</span>"; }

std::string vendor_anchor(std::size_t position) { return "vendor-" + std::to_string(position + 1); }

bool has_floors(const RulePack& pack) {
    for (const auto& p : pack.priorities)
        if (p.floor > 0) return true;
    return false;
}

}  // namespace sbd::html
