#include "fuzz_support.hpp"

#include <filesystem>
#include <stdexcept>

#include "load/response_loader.hpp"
#include "load/rule_pack_loader.hpp"
#include "report/output_formats.hpp"
#include "score/ranking.hpp"
#include "score/scoring.hpp"

namespace sbd::fuzz {

const RulePack& builtin_pack() {
    static const RulePack pack = [] {
        auto loaded = load_builtin_pack();
        if (!loaded.value) throw std::runtime_error("the built-in pack does not load");
        return *loaded.value;
    }();
    return pack;
}

std::vector<VendorResult> score_examples(const RulePack& pack) {
    std::vector<VendorResult> results;
    for (const auto& entry : std::filesystem::directory_iterator(SBD_EXAMPLES_DIR)) {
        if (entry.path().extension() != ".yaml") continue;
        auto loaded = load_response_file(entry.path(), pack);
        if (loaded.value) results.push_back(score_response(pack, *loaded.value));
    }
    return results;
}

void render_every_format(const RulePack& pack, std::vector<VendorResult> results) {
    RunReport run;
    run.pack = &pack;
    run.results = std::move(results);
    rank_results(run.results);
    for (const auto& format : output_formats()) (void)render_report(format.name, run, RenderOptions{});
}

}  // namespace sbd::fuzz
