#pragma once
// What became of each piece of evidence a response cites (docs/evidence.md): cited, verified,
// missing, invalid or tampered, with the file's SHA-256 and what its content was found to be; and
// of the detached signature beside the response. The loader fills these in; scoring reads them.

#include <memory>
#include <string>
#include <vector>

#include "util/diagnostic.hpp"

namespace sbd {

// cited: a URL (never fetched) or a file not checked (no --verify-evidence, or content of no
// format sbdscore checks); verified: a file whose format check passed; missing: no such file in
// the bundle; invalid: refused (outside the bundle, not a regular file, too large) or failed its
// check; tampered: its SHA-256 differs from the one the response pins.
enum class EvidenceStatus { cited, verified, missing, invalid, tampered };
const char* to_string(EvidenceStatus s);  // "cited", "verified", "missing", "invalid", "tampered"

// The format a file was found to be, by its content (never its name).
enum class EvidenceFormat { unknown, sbom, security_txt, csaf };
const char* to_string(EvidenceFormat f);  // "", "sbom", "security-txt", "csaf"
const char* format_name(EvidenceFormat f);  // in words: "file", "SBOM", "security.txt", "CSAF advisory"

// True for an entry that names a URL (a scheme, then "://"): cited, never fetched or opened.
bool is_evidence_url(const std::string& entry);

// One NTIA minimum element and how many of the SBOM's components have it.
struct ElementCoverage {
    std::string element;  // "supplier", "name", "version", "unique identifier"
    std::size_t have = 0;
    std::size_t of = 0;
};

// What an SBOM says about itself and its components (the NTIA minimum elements).
struct SbomSummary {
    std::string format;  // "CycloneDX 1.6 JSON", "SPDX 2.3 tag-value"
    std::string product;  // the component the SBOM describes (metadata.component, DESCRIBES)
    std::string version;
    std::size_t components = 0;
    std::vector<ElementCoverage> coverage;  // per component: supplier, name, version, unique identifier
    bool has_author = false;
    bool has_timestamp = false;
    std::size_t relationships = 0;  // dependency relationships listed
};

// What checking a cited file found: kept apart from EvidenceCheck and shared, so an entry that was
// never opened (a URL, or any entry without --verify-evidence) costs a hundred bytes, not a kilobyte
// (a response may cite 99,000 entries).
struct EvidenceDetails {
    std::string kind;     // what the content is, in words: "CycloneDX 1.6 JSON SBOM", "security.txt"
    std::string sha256;   // of the file's bytes, when it was read
    std::string reason;   // why it is invalid, missing or tampered; for verified, what was checked
    SbomSummary sbom;     // format sbom
    bool product_mismatch = false;  // an SBOM that describes another product or version
};

struct EvidenceCheck {
    std::string cited;          // the entry as written: a path relative to the response, or a URL
    std::string pinned_sha256;  // the long form {path, sha256}: what the file must hash to
    int line = 0;               // of the entry, in the response file
    int column = 0;
    bool url = false;
    EvidenceStatus status = EvidenceStatus::cited;
    EvidenceFormat format = EvidenceFormat::unknown;
    std::shared_ptr<const EvidenceDetails> details;  // none until the file is looked at

    const std::string& kind() const { return details ? details->kind : empty(); }
    const std::string& sha256() const { return details ? details->sha256 : empty(); }
    const std::string& reason() const { return details ? details->reason : empty(); }
    bool product_mismatch() const { return details && details->product_mismatch; }
    const SbomSummary* sbom() const { return details ? &details->sbom : nullptr; }
    SourceLocation at(const std::string& file) const { return {file, line, column}; }
    // "verified", "invalid: reason", ...
    std::string status_text() const;

private:
    static const std::string& empty();
};

// The detached OpenPGP signature of a response (`vendor.yaml.asc` or `.sig`).
enum class SignatureStatus {
    not_checked,  // no --keyring and no --require-signature: signatures are not looked at
    unsigned_,    // no signature file beside the response
    good,
    bad,          // the response changed after signing
    unknown_key,  // signed by a key that is not in the keyring
    expired_key,  // the signer's key had expired
    revoked_key,
    corrupt,      // the signature file could not be read as a signature
    unavailable,  // this build has no OpenPGP support, or the engine failed
};
const char* to_string(SignatureStatus s);  // "not-checked", "unsigned", "good", "bad", "unknown-key", ...

struct SignatureCheck {
    SignatureStatus status = SignatureStatus::not_checked;
    std::string file;         // the signature file, when there is one
    std::string fingerprint;  // the signer's key fingerprint (hex), when known
    std::string signer;       // its user id, when known
    std::string reason;       // in words
    bool required = false;    // --require-signature: anything but good holds the verdict at REVIEW
};

}  // namespace sbd
