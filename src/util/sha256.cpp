#include "util/sha256.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <new>
#include <stdexcept>

namespace sbd {

namespace {
// SHA-256 of the default provider is all sbdscore asks of OpenSSL, so the host's OpenSSL
// configuration (openssl.cnf, OPENSSL_CONF) is not loaded: a provider it names that cannot be
// loaded would otherwise stop every run, and the static build would read the configuration of
// whatever system it runs on.
bool openssl_ready() {
    static const bool ready = OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, nullptr) == 1;
    return ready;
}
}  // namespace

struct Sha256::State {
    EVP_MD_CTX* ctx = openssl_ready() ? EVP_MD_CTX_new() : nullptr;
    ~State() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : state_(std::make_unique<State>()) {
    // SHA-256 is built into every OpenSSL: failing to start one means memory ran out (OpenSSL
    // allocates with malloc, so it reports that by failing rather than by throwing).
    if (!state_->ctx || EVP_DigestInit_ex(state_->ctx, EVP_sha256(), nullptr) != 1) throw std::bad_alloc();
}

Sha256::~Sha256() = default;

void Sha256::update(std::string_view data) {
    if (EVP_DigestUpdate(state_->ctx, data.data(), data.size()) != 1) throw std::runtime_error("OpenSSL SHA-256 update failed");
}

std::string Sha256::hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(state_->ctx, digest, &length) != 1) throw std::runtime_error("OpenSSL SHA-256 final failed");
    static const char* const digits = "0123456789abcdef";
    std::string out;
    out.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        out += digits[digest[i] >> 4];
        out += digits[digest[i] & 0x0f];
    }
    return out;
}

std::string sha256_hex(std::string_view data) {
    Sha256 hash;
    hash.update(data);
    return hash.hex();
}

}  // namespace sbd
