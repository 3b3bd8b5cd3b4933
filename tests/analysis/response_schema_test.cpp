#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "analysis/response_schema.hpp"
#include "support/test_support.hpp"

using namespace sbd;
using nlohmann::json;

TEST_CASE("the schema has the header keys and one strict property per criterion") {
    const std::string text = render_response_schema(test::mini_pack());
    CHECK(text == render_response_schema(test::mini_pack()));  // deterministic
    json s = json::parse(text);
    CHECK(s["$schema"] == "http://json-schema.org/draft-07/schema#");
    CHECK(s["additionalProperties"] == false);
    CHECK(s["required"] == json({"format", "pack", "vendor", "product", "version", "date", "answers"}));
    CHECK(s["properties"]["pack"]["const"] == "mini");
    const json& answers = s["properties"]["answers"];
    CHECK(answers["additionalProperties"] == false);
    CHECK(answers["properties"].size() == 6);
    CHECK(answers["properties"].begin().key() == "ACC-01");  // pack order
}

TEST_CASE("each answer: typed value, null for not answered, n/a only where allowed, or the long form") {
    json a = json::parse(render_response_schema(test::mini_pack()))["properties"]["answers"]["properties"];
    CHECK(a["ACC-01"]["title"] == "ACC-01 No default passwords");
    CHECK(a["ACC-01"]["description"].get<std::string>().rfind("Does the product ship without default passwords?", 0) == 0);
    // The exact spellings first (editors offer them), then the case variants the loader reads too.
    CHECK(a["ACC-01"]["anyOf"][0]["anyOf"][0] == json({{"enum", {"yes", "partial", "no"}}}));
    CHECK(a["ACC-01"]["anyOf"][0]["anyOf"][1]["pattern"] == "^([yY][eE][sS]|[pP][aA][rR][tT][iI][aA][lL]|[nN][oO])$");
    CHECK(a["ACC-01"]["anyOf"][1]["type"] == "null");
    CHECK(a["ACC-01"]["anyOf"].size() == 3);  // no n/a
    CHECK(a["ACC-01"]["anyOf"][2]["properties"]["value"]["anyOf"][0] == a["ACC-01"]["anyOf"][0]);
    CHECK(a["ACC-01"]["anyOf"][2]["required"] == json({"value"}));
    CHECK(a["ACC-02"]["anyOf"][0]["anyOf"][0]["enum"] == json({"fido2", "pki", "otp", "none"}));
    CHECK(a["ACC-03"]["anyOf"][0]["type"] == "array");
    CHECK(a["ACC-03"]["anyOf"][0]["uniqueItems"] == true);
    CHECK(a["ACC-03"]["anyOf"][2]["pattern"] == "^([nN]\\/[aA])$");  // ACC-03 allows n/a, in any case
    CHECK(a["PAT-01"]["anyOf"][0]["anyOf"][0] == json({{"type", "number"}, {"minimum", 0}}));
    CHECK(a["PAT-01"]["anyOf"][0]["anyOf"][0]["minimum"].is_number_integer());
    CHECK(a["PAT-01"]["anyOf"][0]["anyOf"][1]["type"] == "string");  // a number in quotes
}
