// The JSON scorecard against its documentation (docs/json.md): every documented field, in the
// documented order, with the documented types.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report/output_formats.hpp"
#include "support/report_fixture.hpp"
#include "util/version.hpp"

using namespace sbd;
using json = nlohmann::ordered_json;

namespace {

std::vector<std::string> keys(const json& object) {
    std::vector<std::string> out;
    for (const auto& item : object.items()) out.push_back(item.key());
    return out;
}

const json* result_for(const json& doc, const std::string& file) {
    for (const auto& r : doc["results"])
        if (r["file"] == file) return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("the scorecard's top level: format, version, tool, date, report labels, pack, summary, results") {
    const std::string text = render_report("json", test::sample_run("2026-03-01"));
    CHECK(text.back() == '\n');
    CHECK(text.substr(0, 4) == "{\n  ");  // two-space indentation
    const json doc = json::parse(text);
    CHECK(keys(doc) == std::vector<std::string>{"format", "format_version", "tool", "as_of", "report", "pack", "evidence_verified",
                                              "signatures_checked", "summary", "results"});
    CHECK(doc["report"] == json{{"title", nullptr}, {"organisation", nullptr}, {"classification", nullptr}});
    CHECK(doc["format"] == "sbdscore-scorecard");
    CHECK(doc["format_version"] == 1);
    CHECK(doc["tool"] == json{{"name", "sbdscore"}, {"version", sbdscore_version()}});
    CHECK(doc["as_of"] == "2026-03-01");
    CHECK(keys(doc["pack"]) ==
          std::vector<std::string>{"id", "version", "title", "origin", "pass_threshold", "unevidenced_credit", "profile", "stage", "screen"});
    CHECK(doc["pack"]["id"] == "mini");
    CHECK(doc["pack"]["profile"].is_null());
    CHECK(doc["summary"] == json{{"vendors", 3}, {"pass", 1}, {"review", 0}, {"fail", 1}, {"invalid", 1}});
    CHECK(json::parse(render_report("json", test::sample_run()))["as_of"].is_null());  // no date unless asked
}

TEST_CASE("a scored result carries every documented field, priorities 0-100 and criteria 0-1") {
    const json doc = json::parse(render_report("json", test::sample_run()));
    const json* good = result_for(doc, "vendors/good.yaml");
    REQUIRE(good);
    CHECK(keys(*good) == std::vector<std::string>{"rank", "file", "verdict", "reasons", "sha256", "vendor", "product", "version",
                                                  "date", "category", "signature", "score", "priorities", "gates", "findings",
                                                  "diagnostics"});
    CHECK((*good)["signature"].is_null());  // signatures not checked in this run
    CHECK((*good)["rank"] == 1);
    CHECK((*good)["verdict"] == "PASS");
    CHECK((*good)["reasons"] == json::array());  // a PASS has none
    CHECK((*good)["sha256"].get<std::string>().size() == 64);
    CHECK((*good)["score"].get<double>() > 70);

    const json& acc = (*good)["priorities"][0];
    CHECK(keys(acc) == std::vector<std::string>{"id", "title", "weight", "applicable", "score", "criteria"});
    CHECK(acc["score"].get<double>() == Approx(100 * (3 + 2 + 0.8) / 6));
    const json& acc01 = acc["criteria"][0];
    CHECK(keys(acc01) == std::vector<std::string>{"id", "title", "type", "weight", "gate", "answered", "applicable", "in_stage", "answer",
                                                  "evidence", "evidence_checks", "comment", "line", "column", "raw", "credit",
                                                  "evidence_missing"});
    CHECK(acc01["evidence"] == json::array({"docs/a.pdf"}));
    // Not verified: the file is cited, never opened (docs/evidence.md).
    REQUIRE(acc01["evidence_checks"].size() == 1);
    CHECK(acc01["evidence_checks"][0]["cited"] == "docs/a.pdf");
    CHECK(acc01["evidence_checks"][0]["status"] == "cited");
    CHECK(acc01["evidence_checks"][0]["sha256"].is_null());
    CHECK(acc01["raw"] == 1.0);
    CHECK(acc01["line"] == 8);
    const json& text_criterion = acc["criteria"][3];  // ACC-04, unanswered text: no raw or credit
    CHECK(text_criterion["answer"].is_null());
    CHECK_FALSE(text_criterion.contains("raw"));

    const json& gate = (*good)["gates"][0];
    CHECK(keys(gate) == std::vector<std::string>{"criterion", "priority", "title", "status", "reason", "line", "column"});
    CHECK(gate["status"] == "pass");
}

TEST_CASE("findings and diagnostics use the documented kinds and severities") {
    const json doc = json::parse(render_report("json", test::sample_run()));
    const json* bad = result_for(doc, "vendors/bad.yaml");
    REQUIRE(bad);
    CHECK((*bad)["verdict"] == "FAIL");
    CHECK((*bad)["reasons"] == json{"must-have ACC-01 No default passwords is unverified: answered 'yes' without evidence; attach the "
                                    "document or URL that shows it",
                                    "must-have ACC-02 Phishing-resistant MFA is fail: answered 'none'; this must-have needs fido2 or pki",
                                    "score 16.7 is below the pass threshold 70"});
    const std::vector<std::string> documented = {"unevidenced-claim", "unanswered", "not-applicable",
                                                 "gate-unverified", "below-floor", "gate-waived"};
    REQUIRE_FALSE((*bad)["findings"].empty());
    for (const auto& f : (*bad)["findings"]) {
        CHECK(keys(f) == std::vector<std::string>{"severity", "kind", "criterion", "message", "line", "column"});
        CHECK(std::find(documented.begin(), documented.end(), f["kind"].get<std::string>()) != documented.end());
        CHECK((f["severity"] == "warning" || f["severity"] == "note"));
    }
    const json* broken = result_for(doc, "vendors/broken.yaml");
    REQUIRE(broken);
    CHECK((*broken)["rank"].is_null());
    CHECK((*broken)["score"].is_null());
    CHECK((*broken)["verdict"] == "INVALID");
    CHECK_FALSE(broken->contains("sha256"));
    CHECK_FALSE(broken->contains("priorities"));
    CHECK(keys(*broken) == std::vector<std::string>{"rank", "file", "verdict", "reasons", "score", "findings", "diagnostics"});
    CHECK((*broken)["reasons"] == json::array());  // not scored: its diagnostics say why
    CHECK((*broken)["findings"] == json::array());
    const json& d = (*broken)["diagnostics"][0];
    CHECK(keys(d) == std::vector<std::string>{"severity", "file", "message", "hint", "line", "column"});
    CHECK(d == json{{"severity", "error"}, {"file", "vendors/broken.yaml"}, {"message", "bad <value>"}, {"hint", "fix it"},
                    {"line", 3}, {"column", 5}});
}

TEST_CASE("a workbook's places: line and column null, sheet and cell given; YAML's unchanged") {
    const json doc = json::parse(render_report("json", test::workbook_run()));
    const json* bad = result_for(doc, "vendors/bad.xlsx");
    REQUIRE(bad);
    bool gate_seen = false;
    for (const auto& g : (*bad)["gates"]) {
        if (g["criterion"] != "ACC-02") continue;
        gate_seen = true;
        CHECK(g["line"].is_null());
        CHECK(g["column"].is_null());
        CHECK(g["sheet"] == "Answers");
        CHECK(g["cell"] == "K9");
        CHECK(keys(g) == std::vector<std::string>{"criterion", "priority", "title", "status", "reason", "line", "column", "sheet", "cell"});
    }
    CHECK(gate_seen);
    const json yaml = json::parse(render_report("json", test::sample_run()));
    for (const auto& g : (*result_for(yaml, "vendors/bad.yaml"))["gates"]) {
        CHECK_FALSE(g.contains("sheet"));
        CHECK_FALSE(g.contains("cell"));
    }
}

TEST_CASE("the report labels are in the scorecard, as given") {
    RunReport run = test::sample_run();
    run.labels = {"Shortlist \"A\"", "Northshire Water", "OFFICIAL-SENSITIVE"};
    const json doc = json::parse(render_report("json", run));
    CHECK(doc["report"] == json{{"title", "Shortlist \"A\""}, {"organisation", "Northshire Water"}, {"classification", "OFFICIAL-SENSITIVE"}});
}
