#include <catch2/catch.hpp>

#include "load/settings_file_loader.hpp"

using namespace sbd;

namespace {

const Setting* find(const std::vector<Setting>& settings, const std::string& option) {
    for (const auto& s : settings)
        if (s.option == option) return &s;
    return nullptr;
}

}  // namespace

TEST_CASE("a settings file gives each option's values as typed, with where they are") {
    auto r = load_settings_text(".sbdscore.yaml",
                                "format_version: 1\n"
                                "pack: sbd-ot\n"
                                "fail-on: review\n"
                                "jobs: 2\n"
                                "as-of: 2026-11-30\n"
                                "output: [table, junit=reports/v.xml]\n");
    REQUIRE(r.value);
    REQUIRE(r.value->size() == 5);
    const Setting* fail_on = find(*r.value, "fail-on");
    REQUIRE(fail_on);
    CHECK(fail_on->values == std::vector<std::string>{"review"});
    CHECK(fail_on->where.line == 3);
    CHECK(fail_on->where.column == 10);
    CHECK(find(*r.value, "jobs")->values == std::vector<std::string>{"2"});
    CHECK(find(*r.value, "as-of")->values == std::vector<std::string>{"2026-11-30"});
    CHECK(find(*r.value, "output")->values == std::vector<std::string>{"table", "junit=reports/v.xml"});
}

TEST_CASE("one output may be given without a list") {
    auto r = load_settings_text("s.yaml", "output: json=scorecard.json\n");
    REQUIRE(r.value);
    CHECK((*r.value)[0].values == std::vector<std::string>{"json=scorecard.json"});
}

TEST_CASE("settings files are strict: unknown keys, lists where one value goes, versions") {
    auto r = load_settings_text("s.yaml", "proflie: small\nfail-on: [gate, review]\nformat_version: 2\n");
    CHECK_FALSE(r.value);
    REQUIRE(r.diagnostics.size() == 3);
    CHECK(r.diagnostics[0].where.line == 1);
    CHECK(r.diagnostics[0].message == "unknown key 'proflie' in a settings file");
    CHECK(r.diagnostics[0].hint == "did you mean 'profile'?");
    bool list_refused = false, version_refused = false;
    for (const auto& d : r.diagnostics) {
        list_refused = list_refused || (d.where.line == 2 && d.message.starts_with("fail-on must be one value"));
        version_refused = version_refused || (d.where.line == 3 && d.message.find("format_version 2") != std::string::npos);
    }
    CHECK(list_refused);
    CHECK(version_refused);
}

TEST_CASE("a settings file that is not a map is refused; an empty one sets nothing") {
    auto list = load_settings_text("s.yaml", "- rules\n");
    CHECK_FALSE(list.value);
    REQUIRE_FALSE(list.diagnostics.empty());
    CHECK(list.diagnostics[0].where.line == 1);
    auto empty = load_settings_text("s.yaml", "# nothing fixed yet\n");
    REQUIRE(empty.value);
    CHECK(empty.value->empty());
}
