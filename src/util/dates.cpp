#include "util/dates.hpp"

#include <fmt/core.h>

#include <cctype>
#include <chrono>
#include <cstdlib>

namespace sbd {

bool is_calendar_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    int year = std::stoi(s.substr(0, 4));
    int month = std::stoi(s.substr(5, 2));
    int day = std::stoi(s.substr(8, 2));
    if (month < 1 || month > 12 || day < 1) return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string date_from_epoch(long long seconds) {
    using namespace std::chrono;
    year_month_day ymd{floor<days>(sys_seconds{std::chrono::seconds{seconds}})};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
}

Result<std::optional<std::string>> run_date(const std::string& as_of) {
    Result<std::optional<std::string>> result;
    if (!as_of.empty()) {
        if (is_calendar_date(as_of)) result.value = as_of;
        else result.error({}, "--as-of '" + as_of + "' is not a calendar date in the form YYYY-MM-DD");
        return result;
    }
    result.value.emplace();  // no date (an empty inner optional), not "no value"
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch) return result;
    std::string text = epoch;
    bool digits = text.size() <= 12 && text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits) {
        result.value.reset();
        result.error({}, "SOURCE_DATE_EPOCH '" + text + "' is not a number of seconds since 1970-01-01");
        return result;
    }
    result.value = date_from_epoch(std::stoll(text));
    return result;
}

std::string today_utc() {
    using namespace std::chrono;
    return date_from_epoch(duration_cast<seconds>(system_clock::now().time_since_epoch()).count());
}

}  // namespace sbd
