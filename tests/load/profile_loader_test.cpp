#include <catch2/catch.hpp>

#include "load/profile_loader.hpp"
#include "support/test_support.hpp"

using namespace sbd;

TEST_CASE("a profile file is read with every setting and its location") {
    auto r = load_profile_text("p.yaml",
                               "format: 1\n"
                               "name: strict\n"
                               "base: large\n"
                               "pass_threshold: 80\n"
                               "weights: { ACC: 3, PAT-01: 2 }\n"
                               "floors: { PAT: 50 }\n"
                               "gates: { add: [PAT-02], remove: [ACC-02] }\n");
    REQUIRE(r.value);
    CHECK(r.value->name == "strict");
    CHECK(r.value->base == "large");
    CHECK(r.value->pass_threshold->value == 80);
    CHECK(r.value->weights.at("PAT-01").value == 2);
    CHECK(r.value->weights.at("ACC").where.line == 5);
    CHECK(r.value->floors.at("PAT").value == 50);
    REQUIRE(r.value->gates_add.size() == 1);
    CHECK(r.value->gates_add[0].criterion_id == "PAT-02");
    CHECK(r.value->gates_add[0].where.line == 7);
    CHECK(r.value->gates_remove[0].criterion_id == "ACC-02");
}

TEST_CASE("profile files are strict: unknown and duplicate keys, bad base, bad values") {
    auto r = load_profile_text("p.yaml",
                               "format: 1\n"
                               "name: x\n"
                               "pass_treshold: 80\n"
                               "name: y\n"
                               "base: lage\n"
                               "weights: { ACC: high }\n"
                               "gates: { ad: [ACC-01] }\n");
    CHECK_FALSE(r.value);
    CHECK(test::has_diagnostic(r.diagnostics, 3, 1, "unknown key 'pass_treshold'"));
    CHECK(r.diagnostics[0].hint == "did you mean 'pass_threshold'?");
    CHECK(test::has_diagnostic(r.diagnostics, 4, 1, "duplicate key 'name'"));
    CHECK(test::has_diagnostic(r.diagnostics, 5, 7, "unknown base profile 'lage'"));
    CHECK(test::has_diagnostic(r.diagnostics, 6, 17, "weights.ACC must be a number"));
    CHECK(test::has_diagnostic(r.diagnostics, 7, 10, "unknown key 'ad'"));
}

TEST_CASE("a profile needs format and name") {
    auto r = load_profile_text("p.yaml", "description: nothing else\n");
    CHECK_FALSE(r.value);
    CHECK(test::has_diagnostic(r.diagnostics, 1, 1, "missing required key 'format'"));
    CHECK(test::has_diagnostic(r.diagnostics, 1, 1, "missing required key 'name'"));
}

TEST_CASE("built-in profiles load by name; other names are files, with a did-you-mean") {
    for (const auto& name : builtin_profile_names()) {
        auto r = load_profile(name);
        INFO(name);
        REQUIRE(r.value);
        CHECK(r.value->name == name);
        CHECK(r.value->origin == "built-in");
    }
    CHECK(builtin_profile_names() == std::vector<std::string>{"small", "medium", "large"});
    auto missing = load_profile("smal");
    CHECK_FALSE(missing.value);
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].hint == "did you mean 'small'?");
}

TEST_CASE("a profile file on disk is read, and describe_profile names it") {
    auto r = load_profile(std::string(SBD_SOURCE_DIR) + "/examples/profiles/strict-utility.yaml");
    REQUIRE(r.value);
    CHECK(r.value->base == "large");
    CHECK(describe_profile(*r.value).find("strict-utility (") == 0);
    CHECK(describe_profile(*r.value).find(", based on large)") != std::string::npos);
}

TEST_CASE("a profile may name the reports' title, organisation and classification") {
    auto r = load_profile_text("p.yaml",
                               "format: 1\n"
                               "name: board\n"
                               "base: large\n"
                               "title: 'Historian replacement: shortlist'\n"
                               "organisation: Northshire Water\n"
                               "classification: OFFICIAL-SENSITIVE\n");
    REQUIRE(r.value);
    CHECK(r.value->labels.title == "Historian replacement: shortlist");
    CHECK(r.value->labels.organisation == "Northshire Water");
    CHECK(r.value->labels.classification == "OFFICIAL-SENSITIVE");
    // The built-in base sets none, so the file's are the profile's.
    CHECK(profile_labels(*r.value).classification == "OFFICIAL-SENSITIVE");
}

TEST_CASE("profile labels are one short line: other text is refused where it is") {
    auto r = load_profile_text("p.yaml",
                               "format: 1\n"
                               "name: board\n"
                               "title: |\n"
                               "  two\n"
                               "  lines\n"
                               "organization: Acme\n"
                               "classification: " + std::string(61, 'X') + "\n");
    CHECK_FALSE(r.value);
    CHECK(test::has_diagnostic(r.diagnostics, 3, 8, "profile title must be one line"));
    CHECK(test::has_diagnostic(r.diagnostics, 6, 1, "unknown key 'organization'"));
    CHECK(test::has_diagnostic(r.diagnostics, 7, 17, "profile classification is 61 characters long; at most 60 fit a page"));
    auto blank = load_profile_text("p.yaml", "format: 1\nname: x\norganisation: '  '\n");
    CHECK(test::has_diagnostic(blank.diagnostics, 3, 15, "profile organisation must not be blank"));
    auto list = load_profile_text("p.yaml", "format: 1\nname: x\nclassification: [a, b]\n");
    CHECK(test::has_diagnostic(list.diagnostics, 3, 17, "classification must be text"));
}

TEST_CASE("risk tolerance and the maximum age of answers are read strictly") {
    auto r = load_profile_text("p.yaml", "format: 1\nname: t\npack: sbd-digital\n"
                                         "risk_tolerance:\n  default: { min_score: 70 }\n  saas: { floors: { DSV: 80 } }\n"
                                         "max_answer_age: 365d\n");
    REQUIRE(r.value);
    CHECK(r.value->pack == "sbd-digital");
    CHECK(r.value->risk_tolerance.at("").min_score->value == 70);  // `default` is stored as ""
    CHECK(r.value->risk_tolerance.at("saas").floors.at("DSV").value == 80);
    CHECK(r.value->risk_tolerance.at("saas").where.line == 6);
    CHECK(r.value->max_answer_age_days->value == 365);
    for (const std::string bad : {"365", "12 months", "0d", "36501d", "d", "-3d", "1e3d"}) {
        INFO(bad);
        auto age = load_profile_text("p.yaml", "format: 1\nname: t\nmax_answer_age: " + bad + "\n");
        CHECK_FALSE(age.value);
        CHECK(test::has_diagnostic(age.diagnostics, 3, 17, "is not a number of days from 1d to 36500d"));
    }
    auto empty = load_profile_text("p.yaml", "format: 1\nname: t\nrisk_tolerance:\n  saas: {}\n  cloud: 70\n");
    CHECK(test::has_diagnostic(empty.diagnostics, 4, 3, "the risk tolerance of saas sets nothing"));
    CHECK(test::has_diagnostic(empty.diagnostics, 5, 10, "the risk tolerance of cloud must be a map"));
}
