#pragma once
// What a format check found in an evidence file's content (docs/evidence.md): the format it is,
// whether it passes, and why not. One parser per format; none looks at the file's name.

#include <string>
#include <vector>

#include "model/evidence.hpp"

namespace sbd {

namespace limits {
// JSON and XML evidence: deeper nesting is refused (real SBOMs and advisories nest a dozen levels).
constexpr int max_evidence_nesting = 64;
}  // namespace limits

struct FormatCheck {
    bool recognised = false;  // false: content of no format sbdscore checks (the file stays `cited`)
    EvidenceFormat format = EvidenceFormat::unknown;
    std::string kind;  // "CycloneDX 1.6 JSON SBOM"
    bool ok = false;
    std::string reason;                 // why it fails, or what was checked when it passes
    std::vector<std::string> problems;  // remarks that do not fail it
    bool product_mismatch = false;      // an SBOM of another product or version
    SbomSummary sbom;
};

// What the response claims, for the checks that compare (an SBOM's product) or date (security.txt).
struct CheckContext {
    std::string product;
    std::string version;
    std::string today;  // the run date, YYYY-MM-DD
};

// Each returns recognised = false when the content is not its format at all.
FormatCheck check_json_evidence(const std::string& bytes, const CheckContext& context);   // CycloneDX, SPDX, CSAF
FormatCheck check_xml_evidence(const std::string& bytes, const CheckContext& context);    // CycloneDX XML
FormatCheck check_spdx_tag_value(const std::string& bytes, const CheckContext& context);  // SPDX tag-value
FormatCheck check_security_txt(const std::string& bytes, const CheckContext& context);    // RFC 9116

// The verdict on an SBOM's summary, shared by its four notations: the NTIA minimum elements, and
// whether it describes the response's product and version. Sets ok, reason and problems.
void judge_sbom(FormatCheck& check, const CheckContext& context);

// Any format: tries each check in turn, by content.
FormatCheck check_evidence_content(const std::string& bytes, const CheckContext& context);

}  // namespace sbd
