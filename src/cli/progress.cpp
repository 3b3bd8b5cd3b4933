#include "cli/progress.hpp"

#include <unistd.h>

#include <fmt/core.h>

#include <cstdio>

namespace sbd::cli {

bool Progress::wanted(bool quiet) { return !quiet && isatty(STDERR_FILENO); }

Progress::Progress(std::string what, std::size_t total, bool enabled)
    : what_(std::move(what)), total_(total), enabled_(enabled && total > 0) {}

void Progress::step() {
    ++done_;
    if (!enabled_) return;
    const auto now = Clock::now();
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    // Quiet for the first second (most runs never show it), then at most ten redraws a second.
    if (elapsed < 1.0 || (shown_ && now - last_draw_ < std::chrono::milliseconds(100) && done_ < total_)) return;
    last_draw_ = now;
    shown_ = true;
    const double rate = static_cast<double>(done_) / elapsed;
    const double left = rate > 0 ? static_cast<double>(total_ - done_) / rate : 0;
    std::string line = fmt::format("\r{} {}/{} files, {:.0f} files/s, {:.0f} s left", what_, done_, total_, rate, left);
    std::fputs((line + "\x1b[K").c_str(), stderr);
    std::fflush(stderr);
}

void Progress::clear() {
    if (!shown_) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    shown_ = false;
}

}  // namespace sbd::cli
