#pragma once
// Calendar dates as YYYY-MM-DD strings (they sort and compare as text), and "today" for a run.

#include <optional>
#include <string>

#include "util/result.hpp"

namespace sbd {

// True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one).
bool is_calendar_date(const std::string& text);

// For a date written another common way (30/09/2026, 30.9.2026, 2026/09/30), the same date as
// YYYY-MM-DD, for a hint; nullopt when `text` is not such a date. Day-first unless the day cannot
// be the first number (09/30/2026 is read month-first).
std::optional<std::string> suggest_calendar_date(const std::string& text);

// Days from `from` to `to` (both calendar dates; negative when `to` is earlier).
long long days_between(const std::string& from, const std::string& to);

// The UTC date of a Unix time, as YYYY-MM-DD.
std::string date_from_epoch(long long seconds);

// The date a run treats as today: `as_of` when given (must be a calendar date), else the date of
// SOURCE_DATE_EPOCH when that is set (reproducible builds), else an empty optional: the run carries
// no date. A malformed as_of or SOURCE_DATE_EPOCH is an error without a location.
Result<std::optional<std::string>> run_date(const std::string& as_of);

// Today's UTC date from the system clock, for checks that need one when the run carries no date.
std::string today_utc();

}  // namespace sbd
