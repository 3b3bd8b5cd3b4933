#include "util/sha256.hpp"

// Nettle rather than OpenSSL's libcrypto: the same speed (both use the CPU's SHA extensions), and
// loading libcrypto (21,000 relocations) cost every run half a millisecond of start-up for the
// one function sbdscore asks of it. Nettle reads no configuration file and cannot fail.
#include <nettle/sha2.h>

namespace sbd {

struct Sha256::State {
    sha256_ctx ctx;
};

Sha256::Sha256() : state_(std::make_unique<State>()) { sha256_init(&state_->ctx); }

Sha256::~Sha256() = default;

void Sha256::update(std::string_view data) {
    sha256_update(&state_->ctx, data.size(), reinterpret_cast<const std::uint8_t*>(data.data()));
}

std::string Sha256::hex() {
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&state_->ctx, SHA256_DIGEST_SIZE, digest);
    static const char* const digits = "0123456789abcdef";
    std::string out;
    out.reserve(2 * SHA256_DIGEST_SIZE);
    for (std::uint8_t byte : digest) {
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
