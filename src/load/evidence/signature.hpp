#pragma once
// Detached OpenPGP signatures of responses, verified with GPGME against the analyst's keyring
// (--keyring FILE) and nothing else: the keyring is imported into a private, temporary GnuPG home
// that no key server or user configuration reaches, removed when the run ends.

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "model/evidence.hpp"
#include "util/result.hpp"

namespace sbd {

class SignatureVerifier {
public:
    // The keyring (binary or ASCII-armoured public keys); an error when it cannot be read, holds no
    // key, or this build has no OpenPGP support.
    static Result<std::shared_ptr<SignatureVerifier>> open(const std::filesystem::path& keyring);
    ~SignatureVerifier();
    SignatureVerifier(const SignatureVerifier&) = delete;
    SignatureVerifier& operator=(const SignatureVerifier&) = delete;

    // `signature` (the bytes of vendor.yaml.asc or .sig) over `signed_bytes`: good, bad, unknown
    // key, expired or revoked key, or corrupt, with the signer's fingerprint when known. GnuPG's
    // exit code is not what decides (it is 0 for an expired key): each signature's status is.
    SignatureCheck verify(const std::string& signed_bytes, const std::string& signature) const;

    std::size_t keys() const { return keys_; }

private:
    SignatureVerifier() = default;
    std::string home_;
    std::size_t keys_ = 0;
    mutable std::mutex mutex_;  // one verification at a time: each runs a gpg process on the one home
};

// True when this build verifies OpenPGP signatures (built with GPGME).
bool signatures_supported();

}  // namespace sbd
