#include "load/evidence/signature.hpp"

#include <gpgme.h>
#include <stdlib.h>

#include <cstddef>
#include <fstream>
#include <string>

#include "util/bounded_file.hpp"
#include "util/shared_library.hpp"

namespace sbd {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t max_keyring_bytes = 16 * 1024 * 1024;

// GPGME's functions. The dynamic build loads libgpgme (with libassuan and libgpg-error) when a
// keyring is first opened, not at every start-up (util/shared_library.hpp); the static build links
// it and takes the functions' addresses.
#define SBD_GPGME_FUNCTIONS(X) \
    X(gpgme_check_version_internal) \
    X(gpgme_ctx_set_engine_info) \
    X(gpgme_data_new_from_mem) \
    X(gpgme_data_release) \
    X(gpgme_engine_check_version) \
    X(gpgme_get_key) \
    X(gpgme_key_unref) \
    X(gpgme_new) \
    X(gpgme_op_import) \
    X(gpgme_op_import_result) \
    X(gpgme_op_verify) \
    X(gpgme_op_verify_result) \
    X(gpgme_release) \
    X(gpgme_set_protocol) \
    X(gpgme_strerror)

struct Gpgme {
    SBD_GPGME_FUNCTIONS(SBD_LIBRARY_MEMBER)
    std::string error;  // why GPGME cannot be used, and what to do; empty when it can
    std::string hint;
};

const Gpgme& api() {
    static const Gpgme gpgme = [] {
        Gpgme functions;
#if SBD_GPGME_LINKED
        SBD_GPGME_FUNCTIONS(SBD_LIBRARY_ADDRESS)
#else
        static SharedLibrary library(SBD_GPGME_SONAME);
        SBD_GPGME_FUNCTIONS(SBD_LIBRARY_BIND)
        if (!library.ok()) {
            functions.error = "checking signatures needs GPGME, which cannot be loaded: " + library.error();
            functions.hint = "install the package " SBD_GPGME_PACKAGE ", or score without --keyring";
        }
#endif
        return functions;
    }();
    return gpgme;
}

struct Context {
    gpgme_ctx_t ctx = nullptr;
    ~Context() {
        if (ctx) api().gpgme_release(ctx);
    }
};

struct Data {
    gpgme_data_t data = nullptr;
    ~Data() {
        if (data) api().gpgme_data_release(data);
    }
};

std::string message(gpgme_error_t err) { return api().gpgme_strerror(err); }

// A context on `home` (OpenPGP), or the reason there is none.
gpgme_error_t open_context(const std::string& home, Context& c) {
    static const bool initialised = [] {
        api().gpgme_check_version_internal(nullptr, offsetof(struct _gpgme_signature, validity));  // gpgme_check_version(nullptr)
        return true;
    }();
    (void)initialised;
    if (auto err = api().gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP)) return err;
    if (auto err = api().gpgme_new(&c.ctx)) return err;
    if (auto err = api().gpgme_set_protocol(c.ctx, GPGME_PROTOCOL_OpenPGP)) return err;
    return api().gpgme_ctx_set_engine_info(c.ctx, GPGME_PROTOCOL_OpenPGP, nullptr, home.c_str());
}

}  // namespace

bool signatures_supported() { return true; }

Result<std::shared_ptr<SignatureVerifier>> SignatureVerifier::open(const fs::path& keyring) {
    Result<std::shared_ptr<SignatureVerifier>> result;
    const SourceLocation at{keyring.string(), 0, 0};
    auto bytes = result.take(read_bounded_file(keyring, max_keyring_bytes));
    if (!bytes) return result;
    if (bytes->size() > max_keyring_bytes) {
        result.error(at, "the keyring is over 16 MiB", "export only the vendors' public keys");
        return result;
    }
    if (!api().error.empty()) {
        result.error(at, api().error, api().hint);
        return result;
    }
    std::shared_ptr<SignatureVerifier> v(new SignatureVerifier());
    std::error_code ec;
    std::string pattern = (fs::temp_directory_path(ec) / "sbdscore-gpg-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        result.error(at, "cannot create a private GnuPG home for the keyring", "check TMPDIR");
        return result;
    }
    v->home_ = pattern;
    {
        // No key server, no automatic key retrieval: only the keyring given decides.
        std::ofstream conf(v->home_ + "/gpg.conf");
        conf << "no-auto-key-retrieve\nauto-key-locate local\ntrust-model always\n";
    }
    Context c;
    if (auto err = open_context(v->home_, c)) {
        result.error(at, "OpenPGP is not available: " + message(err), "install GnuPG (the gpg program), which GPGME runs");
        return result;
    }
    Data keys;
    if (auto err = api().gpgme_data_new_from_mem(&keys.data, bytes->data(), bytes->size(), 0)) {
        result.error(at, "cannot read the keyring: " + message(err));
        return result;
    }
    if (auto err = api().gpgme_op_import(c.ctx, keys.data)) {
        result.error(at, "cannot import the keyring: " + message(err), "give public keys, binary or ASCII-armoured (gpg --export)");
        return result;
    }
    gpgme_import_result_t imported = api().gpgme_op_import_result(c.ctx);
    v->keys_ = imported ? static_cast<std::size_t>(imported->imported + imported->unchanged) : 0;
    if (v->keys_ == 0) {
        result.error(at, "the keyring holds no OpenPGP public key", "export the vendors' keys with 'gpg --export KEYID > FILE'");
        return result;
    }
    result.value = std::move(v);
    return result;
}

SignatureVerifier::~SignatureVerifier() {
    std::error_code ec;
    if (!home_.empty()) fs::remove_all(home_, ec);
}

SignatureCheck SignatureVerifier::verify(const std::string& signed_bytes, const std::string& signature) const {
    std::lock_guard<std::mutex> lock(mutex_);
    SignatureCheck check;
    Context c;
    if (auto err = open_context(home_, c)) {
        check.status = SignatureStatus::unavailable;
        check.reason = "OpenPGP is not available: " + message(err);
        return check;
    }
    Data sig, text;
    if (api().gpgme_data_new_from_mem(&sig.data, signature.data(), signature.size(), 0) ||
        api().gpgme_data_new_from_mem(&text.data, signed_bytes.data(), signed_bytes.size(), 0)) {
        check.status = SignatureStatus::unavailable;
        check.reason = "out of memory";
        return check;
    }
    const gpgme_error_t err = api().gpgme_op_verify(c.ctx, sig.data, text.data, nullptr);
    gpgme_verify_result_t result = api().gpgme_op_verify_result(c.ctx);
    if (err || !result || !result->signatures) {
        check.status = SignatureStatus::corrupt;
        check.reason = "the signature file holds no readable OpenPGP signature" + (err ? " (" + message(err) + ")" : std::string());
        return check;
    }
    const gpgme_signature_t s = result->signatures;  // a response has one signer; the first decides
    if (s->fpr) check.fingerprint = s->fpr;
    gpgme_key_t key = nullptr;
    if (s->fpr && api().gpgme_get_key(c.ctx, s->fpr, &key, 0) == 0 && key) {
        if (key->uids && key->uids->uid) check.signer = key->uids->uid;
        if (key->fpr) check.fingerprint = key->fpr;  // the primary key's, as the analyst's keyring lists it
        api().gpgme_key_unref(key);
    }
    const gpgme_err_code_t code = gpgme_err_code(s->status);
    if (s->summary & GPGME_SIGSUM_KEY_REVOKED) {
        check.status = SignatureStatus::revoked_key;
        check.reason = "signed with a revoked key";
    } else if (code == GPG_ERR_BAD_SIGNATURE) {
        check.status = SignatureStatus::bad;
        check.reason = "bad signature: the response changed after it was signed";
    } else if (code == GPG_ERR_NO_PUBKEY) {
        check.status = SignatureStatus::unknown_key;
        check.reason = "signed by a key that is not in the keyring";
    } else if (code == GPG_ERR_KEY_EXPIRED || (s->summary & GPGME_SIGSUM_KEY_EXPIRED)) {
        check.status = SignatureStatus::expired_key;
        check.reason = "signed with a key that has expired";
    } else if (code == GPG_ERR_SIG_EXPIRED || (s->summary & GPGME_SIGSUM_SIG_EXPIRED)) {
        check.status = SignatureStatus::expired_key;
        check.reason = "the signature has expired";
    } else if (code == GPG_ERR_NO_ERROR) {
        check.status = SignatureStatus::good;
        check.reason = "good signature";
    } else {
        check.status = SignatureStatus::corrupt;
        check.reason = "the signature cannot be checked: " + message(s->status);
    }
    return check;
}

}  // namespace sbd
