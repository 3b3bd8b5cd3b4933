#include "load/evidence/evidence_checks.hpp"

#include <map>

#include "load/evidence/bundle_file.hpp"
#include "load/evidence/format_check.hpp"
#include "load/evidence/signature.hpp"
#include "util/sha256.hpp"

namespace sbd {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t max_signature_bytes = 1024 * 1024;

void check_one(EvidenceCheck& e, const fs::path& bundle, const CheckContext& context, bool verify) {
    if (e.url) return;  // cited: never fetched
    if (!verify && e.pinned_sha256.empty()) return;  // cited: not opened without --verify-evidence
    auto details = std::make_shared<EvidenceDetails>();
    e.details = details;
    BundleFile file = read_bundle_file(bundle, e.cited);
    if (file.status != EvidenceStatus::cited) {
        e.status = file.status;
        details->reason = file.reason;
        return;
    }
    details->sha256 = sha256_hex(file.bytes);
    if (!e.pinned_sha256.empty() && details->sha256 != e.pinned_sha256) {
        e.status = EvidenceStatus::tampered;
        details->reason = "SHA-256 " + details->sha256 + " differs from the pinned " + e.pinned_sha256;
        return;
    }
    if (!verify) return;  // pinned and matching: cited, unchecked
    FormatCheck found = check_evidence_content(file.bytes, context);
    if (!found.recognised) {
        details->kind = "content of no format sbdscore checks";
        return;  // cited: read and hashed, not judged
    }
    e.format = found.format;
    e.status = found.ok ? EvidenceStatus::verified : EvidenceStatus::invalid;
    details->kind = found.kind;
    details->reason = found.reason;
    for (const auto& remark : found.problems) details->reason += "; " + remark;
    details->sbom = std::move(found.sbom);
    details->product_mismatch = found.product_mismatch;
}

// The signature file beside the response: vendor.yaml.asc, else vendor.yaml.sig.
SignatureCheck check_signature(const fs::path& response_file, const std::string& bytes, const EvidenceOptions& options) {
    SignatureCheck check;
    check.required = options.require_signature;
    const fs::path folder = response_file.parent_path().empty() ? fs::path(".") : response_file.parent_path();
    const std::string name = response_file.filename().string();
    for (const char* suffix : {".asc", ".sig"}) {
        std::error_code ec;
        if (!fs::exists(fs::symlink_status(folder / (name + suffix), ec))) continue;
        check.file = (folder / (name + suffix)).string();
        BundleFile sig = read_bundle_file(folder, name + suffix, max_signature_bytes);
        if (sig.status != EvidenceStatus::cited) {
            check.status = SignatureStatus::corrupt;
            check.reason = name + suffix + ": " + sig.reason;
            return check;
        }
        if (!options.keyring) {
            check.status = SignatureStatus::unavailable;
            check.reason = "no --keyring to verify it against";
            return check;
        }
        SignatureCheck verified = options.keyring->verify(bytes, sig.bytes);
        verified.file = check.file;
        verified.required = check.required;
        return verified;
    }
    check.status = SignatureStatus::unsigned_;
    check.reason = "no signature beside the response (" + name + ".asc or " + name + ".sig)";
    return check;
}

}  // namespace

void check_evidence(VendorResponse& response, const fs::path& response_file, const std::string& response_bytes,
                    const EvidenceOptions& options) {
    const fs::path bundle = response_file.parent_path().empty() ? fs::path(".") : response_file.parent_path();
    const CheckContext context{response.product, response.version, options.today};
    // A file cited by several answers is read and checked once; the others share what was found.
    std::map<std::pair<std::string, std::string>, const EvidenceCheck*> seen;
    for (auto& [id, answer] : response.answers) {
        answer.evidence_verified = options.verify;
        for (auto& e : answer.evidence_checks) {
            if (e.url || (!options.verify && e.pinned_sha256.empty())) continue;
            const auto key = std::make_pair(e.cited, e.pinned_sha256);
            if (auto it = seen.find(key); it != seen.end()) {
                e.status = it->second->status;
                e.format = it->second->format;
                e.details = it->second->details;
                continue;
            }
            check_one(e, bundle, context, options.verify);
            seen.emplace(key, &e);
        }
    }
    if (options.keyring || options.require_signature) response.signature = check_signature(response_file, response_bytes, options);
}

}  // namespace sbd
