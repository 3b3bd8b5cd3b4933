// Fuzz target: a questionnaire response, from bytes to every report format (docs/security.md).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "load/response_loader.hpp"
#include "score/scoring.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sbd;
    const RulePack& pack = fuzz::builtin_pack();
    auto loaded = load_response_text("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), pack);
    if (!loaded.value) return 0;
    fuzz::render_every_format(pack, {score_response(pack, *loaded.value)});
    return 0;
}
