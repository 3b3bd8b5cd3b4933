#include <catch2/catch.hpp>

#include <cstdlib>

#include "util/dates.hpp"

using namespace sbd;

namespace {

// Sets SOURCE_DATE_EPOCH for one test and restores it after.
class EpochVariable {
public:
    explicit EpochVariable(const char* value) {
        if (const char* old = std::getenv("SOURCE_DATE_EPOCH")) saved_ = old;
        if (value) ::setenv("SOURCE_DATE_EPOCH", value, 1);
        else ::unsetenv("SOURCE_DATE_EPOCH");
    }
    ~EpochVariable() {
        if (saved_) ::setenv("SOURCE_DATE_EPOCH", saved_->c_str(), 1);
        else ::unsetenv("SOURCE_DATE_EPOCH");
    }

private:
    std::optional<std::string> saved_;
};

}  // namespace

TEST_CASE("is_calendar_date accepts real dates written YYYY-MM-DD only") {
    CHECK(is_calendar_date("2026-11-27"));
    CHECK(is_calendar_date("2024-02-29"));   // leap year
    CHECK(is_calendar_date("2000-02-29"));   // divisible by 400
    CHECK_FALSE(is_calendar_date("1900-02-29"));  // divisible by 100, not 400
    CHECK_FALSE(is_calendar_date("2026-02-29"));
    CHECK_FALSE(is_calendar_date("2026-02-30"));
    CHECK_FALSE(is_calendar_date("2026-04-31"));
    CHECK_FALSE(is_calendar_date("2026-13-01"));
    CHECK_FALSE(is_calendar_date("2026-00-10"));
    CHECK_FALSE(is_calendar_date("2026-01-00"));
    CHECK_FALSE(is_calendar_date("2026-1-01"));
    CHECK_FALSE(is_calendar_date("30/09/2026"));
    CHECK_FALSE(is_calendar_date("2026-09-3a"));
    CHECK_FALSE(is_calendar_date(""));
}

TEST_CASE("date_from_epoch gives the UTC date") {
    CHECK(date_from_epoch(0) == "1970-01-01");
    CHECK(date_from_epoch(86399) == "1970-01-01");
    CHECK(date_from_epoch(86400) == "1970-01-02");
    CHECK(date_from_epoch(1795737600) == "2026-11-27");
    CHECK(date_from_epoch(951782400) == "2000-02-29");
}

TEST_CASE("run_date: --as-of first, then SOURCE_DATE_EPOCH, else no date") {
    {
        EpochVariable epoch("1795737600");
        auto given = run_date("2026-03-01");
        REQUIRE(given.ok());
        CHECK(*given.value == std::optional<std::string>("2026-03-01"));
        auto from_epoch = run_date("");
        REQUIRE(from_epoch.ok());
        CHECK(*from_epoch.value == std::optional<std::string>("2026-11-27"));
    }
    EpochVariable unset(nullptr);
    auto none = run_date("");
    REQUIRE(none.ok());  // a value (the run carries no date), not a failure
    CHECK_FALSE(none.value->has_value());
}

TEST_CASE("run_date: a malformed date is an error without a location") {
    auto bad = run_date("2026-02-30");
    CHECK_FALSE(bad.ok());
    REQUIRE(bad.diagnostics.size() == 1);
    CHECK(bad.diagnostics[0].where.file.empty());
    CHECK(bad.diagnostics[0].message == "--as-of '2026-02-30' is not a calendar date in the form YYYY-MM-DD");

    EpochVariable epoch("yesterday");
    auto bad_epoch = run_date("");
    CHECK_FALSE(bad_epoch.ok());
    REQUIRE(bad_epoch.diagnostics.size() == 1);
    CHECK(bad_epoch.diagnostics[0].message.find("SOURCE_DATE_EPOCH 'yesterday'") == 0);
}

TEST_CASE("suggest_calendar_date rewrites common date spellings as YYYY-MM-DD") {
    CHECK(suggest_calendar_date("30/09/2026") == "2026-09-30");
    CHECK(suggest_calendar_date("30.9.2026") == "2026-09-30");
    CHECK(suggest_calendar_date("09/30/2026") == "2026-09-30");  // only month-first makes sense
    CHECK(suggest_calendar_date("03/04/2026") == "2026-04-03");  // ambiguous: day first
    CHECK(suggest_calendar_date("2026/09/30") == "2026-09-30");
    CHECK_FALSE(suggest_calendar_date("31/02/2026"));  // no such day either way
    CHECK_FALSE(suggest_calendar_date("30/09/26"));     // no four-digit year
    CHECK_FALSE(suggest_calendar_date("30/09-2026"));   // mixed separators
    CHECK_FALSE(suggest_calendar_date("next week"));
    CHECK_FALSE(suggest_calendar_date("2026-02-30"));
}

TEST_CASE("days between two calendar dates, across months, leap years and backwards") {
    CHECK(days_between("2026-02-28", "2026-02-28") == 0);
    CHECK(days_between("2026-02-28", "2026-03-01") == 1);
    CHECK(days_between("2024-02-28", "2024-03-01") == 2);
    CHECK(days_between("2026-11-16", "2027-11-16") == 365);
    CHECK(days_between("2027-11-16", "2028-11-16") == 366);
    CHECK(days_between("2026-03-01", "2026-02-28") == -1);
}
