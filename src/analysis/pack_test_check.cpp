#include "analysis/pack_test_check.hpp"

#include <algorithm>

#include "model/criterion_scoring.hpp"
#include "util/text.hpp"

namespace sbd {

std::vector<std::string> check_expectation(const PackTestExpectation& expect, const VendorResult& r) {
    std::vector<std::string> out;
    if (r.verdict != expect.verdict)
        out.push_back("verdict: expected " + std::string(to_string(expect.verdict)) + ", got " + to_string(r.verdict));
    if (expect.score_min && expect.score_max &&
        (r.score + score_tolerance < *expect.score_min || r.score - score_tolerance > *expect.score_max))
        out.push_back("score: expected " + format_number(*expect.score_min) + " to " + format_number(*expect.score_max) +
                      ", got " + format_fixed(r.score, 2));
    for (const auto& g : expect.gates) {
        auto found = std::find_if(r.gates.begin(), r.gates.end(), [&](const GateResult& got) { return got.criterion->id == g.criterion; });
        if (found == r.gates.end()) {
            out.push_back("gate " + g.criterion + ": expected " + to_string(g.status) + ", but it is not a gate in this run");
            continue;
        }
        if (found->status != g.status)
            out.push_back("gate " + g.criterion + ": expected " + to_string(g.status) + ", got " + to_string(found->status) +
                          " (" + found->reason + ")");
    }
    for (const auto& f : expect.findings) {
        bool present = std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& got) { return got.kind == f.kind; });
        if (!present) out.push_back("finding " + std::string(to_string(f.kind)) + ": expected, none found");
    }
    return out;
}

std::string summarize_result(const VendorResult& r) {
    return std::string(to_string(r.verdict)) + (r.scored ? ", score " + format_fixed(r.score, 1) : ", screened");
}

}  // namespace sbd
