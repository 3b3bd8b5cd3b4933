#pragma once
// A rule pack written out whole as one YAML document (`sbdscore rules show --resolved`): an
// extension flattened onto its base, every criterion with a comment saying where it is defined
// and overridden. For reading and diffing; a pack on disk is still a folder of files.

#include <string>

#include "model/rule_pack.hpp"

namespace sbd {

std::string render_pack_yaml(const RulePack& pack);

}  // namespace sbd
