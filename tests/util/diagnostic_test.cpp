#include <catch2/catch.hpp>

#include "util/diagnostic.hpp"

using namespace sbd;

TEST_CASE("summarize counts errors and warnings, ok when there are none") {
    CHECK(summarize({}) == "ok");
    CHECK(summarize({{Severity::note, {}, "n", ""}}) == "ok");
    CHECK(summarize({{Severity::warning, {}, "w", ""}}) == "0 errors, 1 warning");
    CHECK(summarize({{Severity::error, {}, "e", ""}, {Severity::warning, {}, "w", ""}, {Severity::warning, {}, "w", ""}}) ==
          "1 error, 2 warnings");
}
