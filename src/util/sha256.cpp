#include "util/sha256.hpp"

// OpenSSL 3 deprecates the low-level digest functions in favour of EVP. They are kept here on
// purpose: EVP's first fetch of SHA-256 initialises the provider's name tables and its clean-up at
// exit, 0.3 ms that made up a twentieth of a one-file `evaluate`. SHA256_Update is the same code
// EVP calls (with the CPU's SHA extensions where present), it reads no OpenSSL configuration
// (openssl.cnf, OPENSSL_CONF), and it cannot fail for want of a provider.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace sbd {

struct Sha256::State {
    SHA256_CTX ctx;
};

Sha256::Sha256() : state_(std::make_unique<State>()) { SHA256_Init(&state_->ctx); }

Sha256::~Sha256() = default;

void Sha256::update(std::string_view data) { SHA256_Update(&state_->ctx, data.data(), data.size()); }

std::string Sha256::hex() {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_Final(digest, &state_->ctx);
    static const char* const digits = "0123456789abcdef";
    std::string out;
    out.reserve(2 * SHA256_DIGEST_LENGTH);
    for (unsigned char byte : digest) {
        out += digits[byte >> 4];
        out += digits[byte & 0x0f];
    }
    return out;
}

std::string sha256_hex(std::string_view data) {
    Sha256 hash;
    hash.update(data);
    return hash.hex();
}

}  // namespace sbd
