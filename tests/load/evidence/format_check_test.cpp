// The format checks on real fixtures (tests/data/evidence) and small hostile documents.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "load/evidence/format_check.hpp"

using namespace sbd;

namespace {

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(SBD_TEST_DATA_DIR) + "/evidence/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const CheckContext northwind{"NW-PLC 7", "7.2.1", "2026-11-27"};

}  // namespace

TEST_CASE("a complete CycloneDX 1.6 JSON SBOM of the response's product is verified") {
    FormatCheck c = check_evidence_content(fixture("sbom/cyclonedx-1.6-good.json"), northwind);
    CHECK(c.recognised);
    CHECK(c.format == EvidenceFormat::sbom);
    CHECK(c.kind == "CycloneDX 1.6 JSON SBOM");
    INFO(c.reason);
    CHECK(c.ok);
    CHECK(c.sbom.components == 6);
    CHECK(c.sbom.relationships == 7);
    for (const auto& e : c.sbom.coverage) CHECK(e.have == 6);
}

TEST_CASE("an SBOM of another product, or another version, is a mismatch") {
    FormatCheck wrong = check_evidence_content(fixture("sbom/cyclonedx-wrong-product.json"), northwind);
    CHECK_FALSE(wrong.ok);
    CHECK(wrong.product_mismatch);
    CHECK(wrong.reason == "describes NW-HMI 3 3.0.1, not the response's NW-PLC 7 7.2.1");
    FormatCheck old = check_evidence_content(fixture("sbom/cyclonedx-1.6-good.json"), {"NW-PLC 7", "7.4.2", ""});
    CHECK(old.product_mismatch);
    // A version the SBOM refines, and a product written differently, still match.
    CHECK(check_evidence_content(fixture("sbom/cyclonedx-1.6-good.json"), {"nw_plc7", "7.2", ""}).ok);
}

TEST_CASE("an SBOM without component versions fails the NTIA minimum elements, with the share") {
    FormatCheck c = check_evidence_content(fixture("sbom/cyclonedx-no-versions.json"), {"TE-Gateway 2", "2.1", ""});
    CHECK_FALSE(c.ok);
    CHECK(c.reason == "NTIA minimum elements missing: version in 0 of 5 components");
}

TEST_CASE("npm's own CycloneDX and SPDX output parse, and lack supplier and author") {
    FormatCheck cdx = check_evidence_content(fixture("sbom/npm-cyclonedx.json"), {"sbdscore-sbom-fixture", "1.0.0", ""});
    CHECK(cdx.kind == "CycloneDX 1.5 JSON SBOM");
    CHECK_FALSE(cdx.ok);
    CHECK_THAT(cdx.reason, Catch::Contains("supplier in 0 of 9 components") && Catch::Contains("no author"));
    FormatCheck spdx = check_evidence_content(fixture("sbom/npm-spdx.json"), {"sbdscore-sbom-fixture", "1.0.0", ""});
    CHECK(spdx.kind == "SPDX-2.3 JSON SBOM");
    CHECK_FALSE(spdx.ok);
    CHECK_THAT(spdx.reason, Catch::Contains("supplier in 0 of 9 components") && Catch::Contains("no author"));
}

TEST_CASE("SPDX 2.3 JSON and tag-value of the same document agree") {
    const CheckContext cr{"CR-Cell Controller", "3.0.0-rc2", ""};
    FormatCheck json = check_evidence_content(fixture("sbom/spdx-2.3-good.json"), cr);
    FormatCheck tv = check_evidence_content(fixture("sbom/spdx-2.3-good.spdx"), cr);
    INFO(json.reason << " / " << tv.reason);
    CHECK(json.ok);
    CHECK(tv.ok);
    CHECK(tv.kind == "SPDX-2.3 tag-value SBOM");
    CHECK(json.sbom.components == tv.sbom.components);
    CHECK(json.sbom.relationships == tv.sbom.relationships);
    CHECK(json.sbom.product == "CR-Cell Controller");
    CHECK(tv.sbom.version == "3.0.0-rc2");
}

TEST_CASE("CycloneDX XML is read; a DOCTYPE (entity expansion, external entities) is refused") {
    FormatCheck xml = check_evidence_content(fixture("sbom/cyclonedx-1.4-good.xml"), {"HC-RTU 400", "4.8", ""});
    INFO(xml.reason);
    CHECK(xml.ok);
    CHECK(xml.kind == "CycloneDX 1.4 XML SBOM");
    CHECK(check_evidence_content(fixture("sbom/npm-cyclonedx.xml"), {"sbdscore-sbom-fixture", "1.0.0", ""}).kind ==
          "CycloneDX 1.5 XML SBOM");
    for (const char* hostile : {"sbom/billion-laughs.xml", "sbom/xxe.xml"}) {
        FormatCheck h = check_evidence_content(fixture(hostile), northwind);
        CHECK(h.recognised);
        CHECK_FALSE(h.ok);
        CHECK_THAT(h.reason, Catch::Contains("DOCTYPE"));
    }
}

TEST_CASE("broken and hostile JSON is refused with the reason") {
    CHECK_THAT(check_evidence_content(fixture("sbom/truncated.json"), northwind).reason, Catch::Contains("does not parse as JSON"));
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    FormatCheck d = check_evidence_content(deep, northwind);
    CHECK_FALSE(d.ok);
    CHECK_THAT(d.reason, Catch::Contains("nested deeper than 64 levels"));
    // Brackets inside strings do not count.
    CHECK_FALSE(check_evidence_content("{\"a\": \"" + std::string(1000, '[') + "\"}", northwind).recognised);
    FormatCheck v = check_evidence_content(R"({"bomFormat": "CycloneDX", "specVersion": "1.2"})", northwind);
    CHECK(v.reason == "CycloneDX 1.2 is not supported (1.4 to 1.6 are)");
}

TEST_CASE("security.txt: Contact and Expires, after the run's date, well formed") {
    CHECK(check_evidence_content(fixture("securitytxt/good.txt"), northwind).ok);
    FormatCheck s = check_evidence_content(fixture("securitytxt/signed.txt"), northwind);
    CHECK(s.ok);
    CHECK(s.kind == "security.txt (signed)");
    CHECK_THAT(check_evidence_content(fixture("securitytxt/expired.txt"), northwind).reason, Catch::StartsWith("expired"));
    CHECK_THAT(check_evidence_content(fixture("securitytxt/missing-contact.txt"), northwind).reason, Catch::Contains("no Contact"));
    CHECK_THAT(check_evidence_content(fixture("securitytxt/two-expires.txt"), northwind).reason, Catch::Contains("Expires given 2 times"));
    CHECK_THAT(check_evidence_content(fixture("securitytxt/bad-expires.txt"), northwind).reason,
               Catch::Contains("not an RFC 3339 date-time"));
    CHECK_FALSE(check_evidence_content(fixture("securitytxt/good.txt"), {"", "", "2030-01-01"}).ok);
    CHECK_FALSE(check_evidence_content("Just some notes.\nNothing here.\n", northwind).recognised);
    CHECK_THAT(check_evidence_content("Contact: http://x.example\nExpires: 2027-01-01T00:00:00Z\n", northwind).reason,
               Catch::Contains("must use https://"));
}

TEST_CASE("CSAF 2.0: category, publisher, tracking, product tree") {
    FormatCheck good = check_evidence_content(fixture("csaf/good-advisory.json"), northwind);
    INFO(good.reason);
    CHECK(good.ok);
    CHECK(good.format == EvidenceFormat::csaf);
    CHECK_THAT(check_evidence_content(fixture("csaf/missing-tracking.json"), northwind).reason, Catch::Contains("no tracking"));
    CHECK_THAT(check_evidence_content(fixture("csaf/wrong-version.json"), northwind).reason,
               Catch::Contains("csaf_version '1.0', not 2.0"));
}
