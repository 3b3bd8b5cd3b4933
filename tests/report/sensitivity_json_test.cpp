#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report/analysis_renderers.hpp"
#include "support/report_fixture.hpp"

using namespace sbd;
using json = nlohmann::json;

TEST_CASE("the sensitivity JSON is versioned, complete and at full precision") {
    RunReport run = test::sample_run();
    SensitivitySettings settings;
    settings.samples = 777;
    settings.spread = 0.25;
    settings.seed = 9;
    settings.criteria = true;
    auto s = analyse_rank_stability(run.results, *run.pack, settings);
    REQUIRE(s.value);
    json doc = json::parse(render_rank_stability_json(*s.value, *run.pack, "small (built-in)", "2026-10-01"));
    CHECK(doc["format"] == "sbdscore-sensitivity");
    CHECK(doc["format_version"] == 1);
    CHECK(doc["as_of"] == "2026-10-01");
    CHECK(doc["pack"]["id"] == "mini");
    CHECK(doc["pack"]["profile"] == "small (built-in)");
    CHECK(doc["method"] == json{{"samples", 777}, {"spread", 0.25}, {"seed", 9}, {"criteria", true}, {"score_bin", 0.01},
                                {"max_flip_factor", 10.0}});
    REQUIRE(doc["weights"].size() == 7);
    CHECK(doc["weights"][0] == json{{"id", "ACC"}, {"title", "Access"}, {"kind", "priority"}, {"priority", "ACC"}, {"weight", 2.0}});
    CHECK(doc["weights"][6]["kind"] == "criterion");
    CHECK(doc["weights"][6]["priority"] == "PAT");

    REQUIRE(doc["vendors"].size() == 2);
    const json& top = doc["vendors"][0];
    CHECK(top["vendor"] == "Good Co");
    CHECK(top["rank"] == 1);
    CHECK(top["verdict"] == "PASS");
    CHECK(top["rank_acceptability"] == json::array({1.0, 0.0}));
    CHECK(top["pass_share"] == 1.0);
    CHECK(top["score_interval"]["low"].get<double>() <= top["score_interval"]["high"].get<double>());
    CHECK(top["central_weights"]["priorities"].size() == 2);
    CHECK(top["central_weights"]["criteria"].size() == 5);
    CHECK(top["first_at_central_weights"] == true);
    const json& failing = doc["vendors"][1];
    CHECK(failing["central_weights"].is_null());
    CHECK(failing["first_at_central_weights"].is_null());
    CHECK(failing["pass_share"] == 0.0);

    CHECK(doc["first_place"]["vendors"] == json::array({json{{"vendor", "Good Co"}, {"product", "P1"}, {"file", "vendors/good.yaml"}}}));
    REQUIRE(doc["first_place"]["flips"].size() == 2);
    CHECK(doc["first_place"]["flips"][0]["below"].is_null());
    CHECK(doc["first_place"]["flips"][0]["above"].is_null());
    CHECK(doc["first_place"]["nearest"].is_null());
    CHECK(doc["left_out"] == json::array({json{{"file", "vendors/broken.yaml"}, {"verdict", "INVALID"}}}));
}
