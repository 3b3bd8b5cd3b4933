#pragma once
// What the fuzz targets share (docs/security.md, "Fuzzing"): the built-in pack, the bundled
// examples scored against a pack, and every report format rendered from a run, so a target
// reaches from reading bytes to writing reports.

#include <string>
#include <vector>

#include "model/rule_pack.hpp"
#include "model/scorecard.hpp"

namespace sbd::fuzz {

// The built-in sbd-ot pack, loaded once.
const RulePack& builtin_pack();

// Every example response of the source tree (SBD_EXAMPLES_DIR) scored against `pack`; the ones
// that do not load against it are left out.
std::vector<VendorResult> score_examples(const RulePack& pack);

// Ranks `results` and renders them in every output format; the bytes are thrown away.
void render_every_format(const RulePack& pack, std::vector<VendorResult> results);

}  // namespace sbd::fuzz
