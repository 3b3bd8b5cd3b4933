#pragma once
// A progress line on standard error for runs over a second: files done of the total, the rate, and
// the time left. Only on a terminal, never in a report, and not with --quiet.

#include <chrono>
#include <cstddef>
#include <string>

namespace sbd::cli {

class Progress {
public:
    // `enabled` is false when standard error is not a terminal or the user asked for quiet.
    Progress(std::string what, std::size_t total, bool enabled);
    ~Progress() { clear(); }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void step();   // one more item done
    void clear();  // removes the line (before other messages, and at the end)

    // True when standard error is a terminal and the user did not ask for quiet.
    static bool wanted(bool quiet);

private:
    using Clock = std::chrono::steady_clock;
    std::string what_;
    std::size_t total_;
    std::size_t done_ = 0;
    bool enabled_;
    bool shown_ = false;
    Clock::time_point start_ = Clock::now();
    Clock::time_point last_draw_{};
};

}  // namespace sbd::cli
