// Fuzz target: a profile, applied to the built-in pack, which then scores and reports the examples.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "load/profile_loader.hpp"
#include "score/profile_apply.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sbd;
    auto profile = load_profile_text("fuzz-profile.yaml", std::string(reinterpret_cast<const char*>(data), size));
    if (!profile.value) return 0;
    auto pack = apply_profile(fuzz::builtin_pack(), *profile.value);
    if (!pack.value) return 0;
    fuzz::render_every_format(*pack.value, fuzz::score_examples(*pack.value));
    return 0;
}
