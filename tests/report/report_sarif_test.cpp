#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/report_fixture.hpp"
#include "report/output_formats.hpp"
#include "util/version.hpp"

using namespace sbd;
using nlohmann::json;

namespace {

json sarif(const std::string& as_of = "", FailOn fail_on = FailOn::gate) {
    return json::parse(render_report("sarif", test::sample_run(as_of), {false, fail_on}));
}

std::vector<json> results_for(const json& doc, const std::string& rule) {
    std::vector<json> out;
    for (const auto& r : doc["runs"][0]["results"])
        if (r["ruleId"] == rule) out.push_back(r);
    return out;
}

}  // namespace

TEST_CASE("sarif: one run, the driver, rules for every gate, the threshold, floors and finding kinds") {
    json doc = sarif();
    CHECK(doc["version"] == "2.1.0");
    REQUIRE(doc["runs"].size() == 1);
    const json& driver = doc["runs"][0]["tool"]["driver"];
    CHECK(driver["name"] == "sbdscore");
    CHECK(driver["version"] == sbdscore_version());
    std::vector<std::string> ids;
    for (const auto& r : driver["rules"]) ids.push_back(r["id"]);
    CHECK(ids == std::vector<std::string>{"ACC-01", "ACC-02", "below-threshold", "below-floor", "risk-tolerance-exceeded",
                                          "answers-stale", "unanswered", "unevidenced-claim", "not-applicable",
                                          "evidence-tampered", "evidence-invalid", "sbom-mismatch", "signature-unverified",
                                          "signature-required", "invalid-response"});
    const json& acc01 = driver["rules"][0];
    CHECK(acc01["shortDescription"]["text"] == "No default passwords");
    CHECK(acc01["fullDescription"]["text"] == "Does the product ship without default passwords?");
    CHECK(acc01["properties"]["priority"] == "ACC");
    CHECK(acc01["properties"]["gate"] == true);
    CHECK(acc01["properties"]["security-severity"] == "8.0");  // GitHub: a failed must-have is high
}

TEST_CASE("sarif: failed gates are errors, unverified gates reviews, located in the vendor file") {
    json doc = sarif();
    auto acc02 = results_for(doc, "ACC-02");
    REQUIRE(acc02.size() == 1);  // the good vendor passes: no result
    CHECK(acc02[0]["level"] == "error");
    const json& loc = acc02[0]["locations"][0]["physicalLocation"];
    CHECK(loc["artifactLocation"]["uri"] == "vendors/bad.yaml");
    CHECK(loc["region"]["startLine"] == 9);
    CHECK(loc["region"]["startColumn"] == 11);
    CHECK(acc02[0]["partialFingerprints"]["sbdscoreProblem/v1"].get<std::string>().size() == 64);
    auto acc01 = results_for(doc, "ACC-01");
    REQUIRE(acc01.size() == 1);  // one result for the unverified gate, not also its findings
    CHECK(acc01[0]["kind"] == "review");
    CHECK(acc01[0]["level"] == "none");  // SARIF 2.1.0 3.27.10: kind other than fail has level none
    for (const auto& r : doc["runs"][0]["results"])
        CHECK_FALSE((r["ruleId"] == "unevidenced-claim" && r["properties"]["subject"] == "ACC-01"));
}

TEST_CASE("sarif levels follow --fail-on, as the exit code does") {
    json review = sarif("", FailOn::review);
    auto acc01 = results_for(review, "ACC-01");
    REQUIRE(acc01.size() == 1);
    CHECK(acc01[0]["level"] == "error");
    CHECK_FALSE(acc01[0].contains("kind"));
    auto low = results_for(review, "below-threshold");
    REQUIRE(low.size() == 1);  // the bad vendor's score is under 70
    CHECK(low[0]["level"] == "error");
    json never = sarif("", FailOn::never);
    for (const auto& r : never["runs"][0]["results"])
        if (r["ruleId"] != "invalid-response") CHECK(r["level"] != "error");
    CHECK(never["runs"][0]["properties"]["failOn"] == "never");
}

TEST_CASE("sarif: findings by severity, INVALID files as error results") {
    json doc = sarif();
    auto unanswered = results_for(doc, "unanswered");
    REQUIRE(!unanswered.empty());
    CHECK(unanswered[0]["level"] == "warning");
    auto invalid = results_for(doc, "invalid-response");
    REQUIRE(invalid.size() == 1);
    CHECK(invalid[0]["level"] == "error");
    CHECK(invalid[0]["message"]["text"] == "bad <value> (hint: fix it)");
    CHECK(invalid[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3);
}

TEST_CASE("sarif: vendor brackets escaped in messages; the date only when as_of is set") {
    std::string text = render_report("sarif", test::sample_run());
    CHECK(text.find("\"asOf\"") == std::string::npos);
    CHECK(sarif("2026-03-01")["runs"][0]["properties"]["asOf"] == "2026-03-01");
    auto sample = test::sample_run();
    sample.results[1].vendor = "[click](http://x)";
    json doc = json::parse(render_report("sarif", sample));
    bool found = false;
    for (const auto& r : doc["runs"][0]["results"])
        if (r["message"]["text"].get<std::string>().rfind("\\[click\\](http://x)", 0) == 0) found = true;
    CHECK(found);
}

TEST_CASE("sarif: a workbook's cell is a logical location and named in the message, never a line region") {
    json doc = json::parse(render_report("sarif", test::workbook_run()));
    auto acc02 = results_for(doc, "ACC-02");
    REQUIRE(acc02.size() == 1);
    const json& location = acc02[0]["locations"][0];
    CHECK(location["physicalLocation"]["artifactLocation"]["uri"] == "vendors/bad.xlsx");
    CHECK_FALSE(location["physicalLocation"].contains("region"));
    CHECK(location["logicalLocations"][0]["name"] == "K9");
    CHECK(location["logicalLocations"][0]["fullyQualifiedName"] == "Answers!K9");
    CHECK(location["properties"]["sheet"] == "Answers");
    CHECK(location["properties"]["cell"] == "K9");
    CHECK(acc02[0]["message"]["text"].get<std::string>().rfind("Answers!K9: ", 0) == 0);
    // YAML responses keep their regions and plain messages.
    json yaml = sarif();
    CHECK_FALSE(yaml["runs"][0]["results"][0]["locations"][0].contains("logicalLocations"));
}
