#include <catch2/catch.hpp>

#include "analysis/rule_pack_yaml.hpp"
#include "load/rule_pack_loader.hpp"
#include "support/test_support.hpp"

using namespace sbd;

TEST_CASE("a pack written out whole keeps every setting, and where each criterion comes from") {
    std::string text = render_pack_yaml(test::mini_pack());
    CHECK(text.rfind("# Rule pack mini 2.1.0 (", 0) == 0);
    CHECK(text.find("pass_threshold: 70\n") != std::string::npos);
    CHECK(text.find("    # defined at ") != std::string::npos);
    CHECK(text.find("packs/mini/access.yaml:5:5\n    - id: \"ACC-01\"") != std::string::npos);
    CHECK(text.find("      gate: true\n") != std::string::npos);
    CHECK(text.find("      scores: { yes: 1, partial: 0.25, no: 0 }\n") != std::string::npos);
    CHECK(text.find("        - { max: 14, score: 1 }\n") != std::string::npos);
    CHECK(text.find("stages:") == std::string::npos);  // the mini pack lists none

    // An extension, flattened: its base named, removals listed, each origin given.
    auto ext = load_pack_directory(test::data_dir() + "/packs/mini-ext");
    REQUIRE(ext.value);
    std::string flat = render_pack_yaml(*ext.value);
    CHECK(flat.find("resolved; it extends mini 2.1.0 (") != std::string::npos);
    CHECK(flat.find("# It scores responses written for: mini-ext, mini.\n") != std::string::npos);
    CHECK(flat.find("(pack mini); overridden at ") != std::string::npos);
    // Pack text cannot break out of its quotes or comments.
    RulePack hostile = test::mini_pack();
    hostile.title = "T\"\nid: injected";
    hostile.priorities[0].criteria[0].where.file = "f\nid: x";
    std::string safe = render_pack_yaml(hostile);
    CHECK(safe.find("\nid: injected") == std::string::npos);
    CHECK(safe.find("\nid: x") == std::string::npos);
    CHECK(safe.find("title: \"T\\\"\\x0aid: injected\"") != std::string::npos);
}
