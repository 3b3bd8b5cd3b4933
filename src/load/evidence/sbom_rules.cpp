#include <algorithm>
#include <cctype>

#include "load/evidence/format_check.hpp"

namespace sbd {

namespace {

// Letters and digits only, lower case: "NW-PLC 7" and "nw_plc7" name the same product.
std::string squeezed(const std::string& s) {
    std::string out;
    for (unsigned char ch : s)
        if (std::isalnum(ch)) out += static_cast<char>(std::tolower(ch));
    return out;
}

// The SBOM's version is the response's, or a more precise one of it ("7.2" covers "7.2.1").
bool same_version(const std::string& response, const std::string& sbom) {
    std::string r = response, s = sbom;
    for (std::string* v : {&r, &s})
        if (!v->empty() && (v->front() == 'v' || v->front() == 'V') && v->size() > 1 && std::isdigit(static_cast<unsigned char>((*v)[1])))
            v->erase(0, 1);
    if (r == s) return true;
    return s.size() > r.size() && s.compare(0, r.size(), r) == 0 && (s[r.size()] == '.' || s[r.size()] == '-' || s[r.size()] == '+');
}

std::string percent(std::size_t have, std::size_t of) {
    return of == 0 ? "-" : std::to_string(have * 100 / of) + "%";
}

}  // namespace

void judge_sbom(FormatCheck& check, const CheckContext& context) {
    const SbomSummary& s = check.sbom;
    std::vector<std::string> missing;
    if (s.components == 0) missing.push_back("no components");
    for (const auto& c : s.coverage)
        if (c.of > 0 && c.have < c.of)
            missing.push_back(c.element + " in " + std::to_string(c.have) + " of " + std::to_string(c.of) + " components");
    if (!s.has_author) missing.push_back("no author of the SBOM data");
    if (!s.has_timestamp) missing.push_back("no timestamp");
    if (s.components > 0 && s.relationships == 0) missing.push_back("no dependency relationships");
    std::string coverage;
    for (const auto& c : s.coverage) coverage += (coverage.empty() ? "" : ", ") + c.element + " " + percent(c.have, c.of);
    const std::string counted = std::to_string(s.components) + " components (" + coverage + ")";
    if (!missing.empty()) {
        check.ok = false;
        check.reason = "NTIA minimum elements missing: " + [&] {
            std::string out;
            for (const auto& m : missing) out += (out.empty() ? "" : "; ") + m;
            return out;
        }();
        return;
    }
    if (s.product.empty()) {
        check.ok = false;
        check.reason = "does not name the product it describes (its primary component)";
        return;
    }
    const std::string described = s.product + (s.version.empty() ? "" : " " + s.version);
    const bool product_matches = squeezed(s.product) == squeezed(context.product);
    const bool version_matches = context.version.empty() || same_version(context.version, s.version);
    if (!context.product.empty() && (!product_matches || !version_matches)) {
        check.ok = false;
        check.reason = "describes " + described + ", not the response's " + context.product +
                       (context.version.empty() ? "" : " " + context.version);
        check.product_mismatch = true;
        return;
    }
    check.ok = true;
    check.reason = "describes " + described + "; " + counted + "; author, timestamp and " +
                   std::to_string(s.relationships) + " dependency relationships";
}

FormatCheck check_evidence_content(const std::string& bytes, const CheckContext& context) {
    std::size_t start = 0;
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;  // a UTF-8 byte order mark
    while (start < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[start]))) ++start;
    if (start < bytes.size() && (bytes[start] == '{' || bytes[start] == '[')) return check_json_evidence(bytes, context);
    if (start < bytes.size() && bytes[start] == '<') return check_xml_evidence(bytes, context);
    if (FormatCheck spdx = check_spdx_tag_value(bytes, context); spdx.recognised) return spdx;
    return check_security_txt(bytes, context);
}

}  // namespace sbd
