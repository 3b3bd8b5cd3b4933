#include "util/dates.hpp"

#include <fmt/core.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <utility>

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

std::optional<std::string> suggest_calendar_date(const std::string& text) {
    // Three numbers separated by one of / . - (each the same), e.g. 30/09/2026 or 2026/9/30.
    int parts[3] = {0, 0, 0};
    std::size_t digits[3] = {0, 0, 0};
    char separator = 0;
    int index = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (digits[index] == 4) return std::nullopt;
            parts[index] = parts[index] * 10 + (c - '0');
            ++digits[index];
        } else if ((c == '/' || c == '.' || c == '-') && index < 2 && digits[index] > 0 && (!separator || c == separator)) {
            separator = c;
            ++index;
        } else {
            return std::nullopt;
        }
    }
    if (index != 2 || digits[2] == 0) return std::nullopt;
    int year = 0, month = 0, day = 0;
    if (digits[0] == 4) {  // year first: 2026/09/30
        year = parts[0], month = parts[1], day = parts[2];
    } else if (digits[2] == 4) {
        year = parts[2];
        day = parts[0], month = parts[1];  // day first, as most of the world writes it
        if (month > 12 && day <= 12) std::swap(day, month);  // unless only month-first makes sense
    } else {
        return std::nullopt;
    }
    std::string iso = fmt::format("{:04}-{:02}-{:02}", year, month, day);
    if (!is_calendar_date(iso)) return std::nullopt;
    return iso;
}

namespace {

std::chrono::sys_days to_days(const std::string& date) {
    using namespace std::chrono;
    return sys_days{year{std::stoi(date.substr(0, 4))} / month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))} /
                    day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
}

}  // namespace

long long days_between(const std::string& from, const std::string& to) {
    return (to_days(to) - to_days(from)).count();
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
