#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/report_fixture.hpp"
#include "report/output_formats.hpp"
#include "util/version.hpp"

using namespace sbd;
using nlohmann::json;

namespace {

json sarif(const std::string& as_of = "") { return json::parse(render_report("sarif", test::sample_run(as_of))); }

std::vector<json> results_for(const json& doc, const std::string& rule) {
    std::vector<json> out;
    for (const auto& r : doc["runs"][0]["results"])
        if (r["ruleId"] == rule) out.push_back(r);
    return out;
}

}  // namespace

TEST_CASE("sarif: one run, the driver, rules for every gate and finding kind") {
    json doc = sarif();
    CHECK(doc["version"] == "2.1.0");
    REQUIRE(doc["runs"].size() == 1);
    const json& driver = doc["runs"][0]["tool"]["driver"];
    CHECK(driver["name"] == "sbdscore");
    CHECK(driver["version"] == sbdscore_version());
    std::vector<std::string> ids;
    for (const auto& r : driver["rules"]) ids.push_back(r["id"]);
    CHECK(ids == std::vector<std::string>{"ACC-01", "ACC-02", "unanswered", "unevidenced-claim", "not-applicable",
                                          "gate-unverified", "invalid-response"});
    const json& acc01 = driver["rules"][0];
    CHECK(acc01["shortDescription"]["text"] == "No default passwords");
    CHECK(acc01["fullDescription"]["text"] == "Does the product ship without default passwords?");
    CHECK(acc01["properties"]["priority"] == "ACC");
    CHECK(acc01["properties"]["gate"] == true);
}

TEST_CASE("sarif: failed gates are errors, unverified gates warnings, located in the vendor file") {
    json doc = sarif();
    auto acc02 = results_for(doc, "ACC-02");
    REQUIRE(acc02.size() == 1);  // the good vendor passes: no result
    CHECK(acc02[0]["level"] == "error");
    const json& loc = acc02[0]["locations"][0]["physicalLocation"];
    CHECK(loc["artifactLocation"]["uri"] == "vendors/bad.yaml");
    CHECK(loc["region"]["startLine"] == 9);
    CHECK(loc["region"]["startColumn"] == 11);
    auto acc01 = results_for(doc, "ACC-01");
    REQUIRE(acc01.size() == 1);
    CHECK(acc01[0]["level"] == "warning");
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
