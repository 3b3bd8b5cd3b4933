#pragma once
// Reads a vendor response file strictly against a rule pack, reporting every problem at once.

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "load/evidence/evidence_checks.hpp"
#include "model/response.hpp"
#include "model/rule_pack.hpp"
#include "util/result.hpp"

namespace sbd {

// What a response file holds as far as it could be read, for `validate`, which checks the rest of
// a file that has errors: criteria whose answer has an error are absent, named in `rejected`.
struct ResponseDraft {
    VendorResponse response;
    std::set<std::string> rejected;
};

// Every problem of the file, and a draft whenever its answers map could be read, even with errors.
// `extra_keys` are top-level keys allowed besides a response's own, and ignored (a pack test's
// `expect`).
Result<ResponseDraft> read_response_text(const std::string& display_path, const std::string& text, const RulePack& pack,
                                         const std::vector<std::string>& extra_keys = {});
// A file's evidence is checked against its bundle (load/evidence/evidence_checks.hpp): pinned files
// always, the rest as `evidence` asks.
Result<ResponseDraft> read_response_file(const std::filesystem::path& path, const RulePack& pack,
                                         const EvidenceOptions& evidence = {});

// The `pack:` a response file names, read without checking the rest (which loading does): to
// choose the pack of a run. Nothing when the file cannot be read or names no pack.
std::optional<std::string> peek_response_pack(const std::filesystem::path& path);

// The response, only when it has no error (warnings are kept in the diagnostics).
// `display_path` names the file in diagnostics; `text` is its content.
Result<VendorResponse> load_response_text(const std::string& display_path, const std::string& text, const RulePack& pack);
Result<VendorResponse> load_response_file(const std::filesystem::path& path, const RulePack& pack,
                                          const EvidenceOptions& evidence = {});

}  // namespace sbd
