#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "util/atomic_file.hpp"

namespace fs = std::filesystem;

namespace {
std::string read_all(const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("write_file_atomically replaces the file and leaves no temporary") {
    fs::path dir = fs::temp_directory_path() / ("sbd-atomic-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::path target = dir / "out.json";
    {
        std::ofstream(target) << "old";
    }
    REQUIRE(sbd::write_file_atomically(target, "new content").ok());
    CHECK(read_all(target) == "new content");
    std::size_t entries = std::distance(fs::directory_iterator(dir), fs::directory_iterator());
    CHECK(entries == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomically reports a folder that does not exist") {
    auto written = sbd::write_file_atomically("/nonexistent-sbd-dir/out.json", "x");
    REQUIRE(written.diagnostics.size() == 1);
    CHECK(written.diagnostics[0].message.find("/nonexistent-sbd-dir") != std::string::npos);
}

TEST_CASE("write_file_atomically that cannot rename into place leaves no temporary") {
    fs::path dir = fs::temp_directory_path() / ("sbd-atomic-rename-" + std::to_string(::getpid()));
    fs::create_directories(dir / "report.json");  // a folder where the file should go
    auto written = sbd::write_file_atomically(dir / "report.json", "x");
    CHECK_FALSE(written.ok());
    REQUIRE(written.diagnostics.size() == 1);
    CHECK(written.diagnostics[0].message.find("cannot write " + (dir / "report.json").string() + ": ") == 0);
    std::size_t entries = std::distance(fs::directory_iterator(dir), fs::directory_iterator());
    CHECK(entries == 1);  // the folder alone: the temporary was removed
    fs::remove_all(dir);
}

TEST_CASE("sync_and_close closes the descriptor even when fsync fails") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    CHECK(sbd::sync_and_close(fds[1]) == EINVAL);  // a pipe cannot be fsync'd
    errno = 0;
    CHECK(::fcntl(fds[1], F_GETFD) == -1);  // closed: no descriptor leaks on the error path
    CHECK(errno == EBADF);
    ::close(fds[0]);
}
