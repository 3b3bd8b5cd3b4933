#include <catch2/catch.hpp>

#include "load/waiver_loader.hpp"
#include "support/test_support.hpp"

using namespace sbd;

TEST_CASE("a waivers file is read with each waiver's location") {
    auto r = load_waivers_text("w.yaml",
                               "format: 1\n"
                               "waivers:\n"
                               "  - vendor: Acme\n"
                               "    product: P1\n"
                               "    criterion: ACC-02\n"
                               "    reason: jump host enforces FIDO2\n"
                               "    approved_by: CISO\n"
                               "    expires: 2027-01-31\n"
                               "  - { vendor: Acme, criterion: ACC-01, reason: r, approved_by: a, expires: 2026-01-01 }\n",
                               test::mini_pack());
    REQUIRE(r.value);
    REQUIRE(r.value->size() == 2);
    const Waiver& w = (*r.value)[0];
    CHECK(w.vendor == "Acme");
    CHECK(w.product == "P1");
    CHECK(w.criterion == "ACC-02");
    CHECK(w.expires == "2027-01-31");
    CHECK(w.where.line == 3);
    CHECK(w.where.column == 5);
    CHECK(w.expires_where.line == 8);
    CHECK((*r.value)[1].product.empty());
}

TEST_CASE("waivers files are strict") {
    auto r = load_waivers_text("w.yaml",
                               "format: 1\n"
                               "waivers:\n"
                               "  - vendor: Acme\n"
                               "    criterion: ACC-20\n"
                               "    reason: ''\n"
                               "    aproved_by: CISO\n"
                               "    expires: 2027-02-30\n"
                               "    vendor: Acme\n",
                               test::mini_pack());
    CHECK_FALSE(r.value);
    CHECK(test::has_diagnostic(r.diagnostics, 4, 16, "unknown criterion 'ACC-20' in pack mini"));
    CHECK(test::has_diagnostic(r.diagnostics, 5, 13, "waiver reason is empty"));
    CHECK(test::has_diagnostic(r.diagnostics, 6, 5, "unknown key 'aproved_by' in a waiver"));
    CHECK(test::has_diagnostic(r.diagnostics, 3, 5, "missing required key 'approved_by'"));
    CHECK(test::has_diagnostic(r.diagnostics, 7, 14, "waiver expires '2027-02-30' is not a date"));
    CHECK(test::has_diagnostic(r.diagnostics, 8, 5, "duplicate key 'vendor'"));
}

TEST_CASE("a waivers file must hold a list under waivers") {
    auto r = load_waivers_text("w.yaml", "format: 1\nwaivers: { vendor: Acme }\n", test::mini_pack());
    CHECK_FALSE(r.value);
    CHECK(test::has_diagnostic(r.diagnostics, 2, 10, "waivers must be a list"));
    auto missing = load_waivers_file("/nonexistent/waivers.yaml", test::mini_pack());
    CHECK_FALSE(missing.value);
    CHECK(missing.diagnostics.at(0).message == "cannot open the file");
}
