#include "score/exit_policy.hpp"

#include <algorithm>

namespace sbd {

const char* to_string(FailOn f) {
    switch (f) {
        case FailOn::never: return "never";
        case FailOn::gate: return "gate";
        case FailOn::review: return "review";
    }
    return "gate";
}

int exit_code_for(const std::vector<Verdict>& verdicts, FailOn fail_on) {
    auto any = [&](Verdict v) { return std::find(verdicts.begin(), verdicts.end(), v) != verdicts.end(); };
    if (any(Verdict::invalid)) return exit_code::invalid_input;
    if (fail_on == FailOn::never) return exit_code::ok;
    if (any(Verdict::fail)) return exit_code::gate_failed;
    if (fail_on == FailOn::review && any(Verdict::review)) return exit_code::gate_failed;
    return exit_code::ok;
}

}  // namespace sbd
