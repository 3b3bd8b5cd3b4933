// Fuzz target: a waivers file, applied to the scored examples, which are then reported.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "load/waiver_loader.hpp"
#include "score/waiver_apply.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sbd;
    const RulePack& pack = fuzz::builtin_pack();
    auto waivers = load_waivers_text("fuzz-waivers.yaml", std::string(reinterpret_cast<const char*>(data), size), pack);
    if (!waivers.value) return 0;
    static const std::vector<VendorResult> examples = fuzz::score_examples(pack);
    std::vector<VendorResult> results = examples;
    (void)apply_waivers(results, *waivers.value, "2026-06-01", pack);
    fuzz::render_every_format(pack, std::move(results));
    return 0;
}
