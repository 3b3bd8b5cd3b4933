#pragma once
// What one rule pack changes from another (`sbdscore rules diff A B`): an extension against its
// base, or two versions of a pack. Pack text is made terminal-safe.

#include <string>
#include <vector>

#include "model/rule_pack.hpp"

namespace sbd {

struct PackChange {
    char kind = '~';    // '+' added in B, '-' removed from A, '~' changed
    std::string what;   // "pack", "priority THR", "criterion AUT-01"
    std::string detail; // "weight 1 -> 0.5; gate no -> yes"
};

// The changes from `a` to `b`, in pack order: the pack's own settings, then each priority with its
// criteria (B's order, removed ones where they were in A).
std::vector<PackChange> diff_packs(const RulePack& a, const RulePack& b);

// The changes as text, one line each, and a summary line.
std::string render_pack_diff(const RulePack& a, const RulePack& b, const std::vector<PackChange>& changes);

}  // namespace sbd
