#pragma once
// Reads a vendor response file strictly against a rule pack, reporting every problem at once.

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sbdscore/diagnostic.hpp"
#include "sbdscore/response.hpp"
#include "sbdscore/rule_pack.hpp"

namespace sbd {



struct ResponseLoadResult {
    std::optional<VendorResponse> response;  // empty when any error was found
    std::vector<Diagnostic> diagnostics;     // errors and warnings
    // When there are errors but the answers map could be read: the rest of the response, so that
    // `validate` can check it too; criteria whose answer has an error are absent, named in `rejected`.
    std::optional<VendorResponse> partial;
    std::set<std::string> rejected;
};

// `display_path` names the file in diagnostics; `text` is its content.
ResponseLoadResult load_response_text(const std::string& display_path, const std::string& text,
                                      const RulePack& pack);
ResponseLoadResult load_response_file(const std::filesystem::path& path, const RulePack& pack);

}  // namespace sbd
