#include "model/evidence.hpp"

#include <cctype>

namespace sbd {

bool is_evidence_url(const std::string& entry) {
    const auto colon = entry.find("://");
    if (colon == std::string::npos || colon == 0) return false;
    for (std::size_t i = 0; i < colon; ++i) {
        const unsigned char ch = static_cast<unsigned char>(entry[i]);
        if (!(std::isalnum(ch) || ch == '+' || ch == '-' || ch == '.') || (i == 0 && !std::isalpha(ch))) return false;
    }
    return true;
}

const char* to_string(EvidenceStatus s) {
    switch (s) {
        case EvidenceStatus::cited: return "cited";
        case EvidenceStatus::verified: return "verified";
        case EvidenceStatus::missing: return "missing";
        case EvidenceStatus::invalid: return "invalid";
        case EvidenceStatus::tampered: return "tampered";
    }
    return "cited";
}

const char* to_string(EvidenceFormat f) {
    switch (f) {
        case EvidenceFormat::unknown: return "";
        case EvidenceFormat::sbom: return "sbom";
        case EvidenceFormat::security_txt: return "security-txt";
        case EvidenceFormat::csaf: return "csaf";
    }
    return "";
}

const char* format_name(EvidenceFormat f) {
    switch (f) {
        case EvidenceFormat::unknown: return "file";
        case EvidenceFormat::sbom: return "SBOM";
        case EvidenceFormat::security_txt: return "security.txt";
        case EvidenceFormat::csaf: return "CSAF advisory";
    }
    return "file";
}

const std::string& EvidenceCheck::empty() {
    static const std::string nothing;
    return nothing;
}

std::string EvidenceCheck::status_text() const {
    if (status == EvidenceStatus::invalid && !reason().empty()) return std::string("invalid: ") + reason();
    return to_string(status);
}

const char* to_string(SignatureStatus s) {
    switch (s) {
        case SignatureStatus::not_checked: return "not-checked";
        case SignatureStatus::unsigned_: return "unsigned";
        case SignatureStatus::good: return "good";
        case SignatureStatus::bad: return "bad";
        case SignatureStatus::unknown_key: return "unknown-key";
        case SignatureStatus::expired_key: return "expired-key";
        case SignatureStatus::revoked_key: return "revoked-key";
        case SignatureStatus::corrupt: return "corrupt";
        case SignatureStatus::unavailable: return "unavailable";
    }
    return "not-checked";
}

}  // namespace sbd
