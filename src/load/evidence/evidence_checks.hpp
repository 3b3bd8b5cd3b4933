#pragma once
// Checks a loaded response's evidence against its bundle (docs/evidence.md): every pinned file
// always; with --verify-evidence, every local file by content; and the detached signature beside
// the response when the run has a keyring or requires signatures.

#include <filesystem>
#include <memory>
#include <string>

#include "model/response.hpp"

namespace sbd {

class SignatureVerifier;

struct EvidenceOptions {
    bool verify = false;     // --verify-evidence (or the profile's verify_evidence: true)
    std::string today;       // the run date, YYYY-MM-DD: security.txt must not have expired by then
    std::shared_ptr<const SignatureVerifier> keyring;  // --keyring; none: signatures are not verified
    bool require_signature = false;                    // --require-signature
};

// Fills in each answer's evidence checks and the response's signature. `response_bytes` are the
// bytes the response was read from (the signature is checked over them, not a second reading).
void check_evidence(VendorResponse& response, const std::filesystem::path& response_file, const std::string& response_bytes,
                    const EvidenceOptions& options);

}  // namespace sbd
