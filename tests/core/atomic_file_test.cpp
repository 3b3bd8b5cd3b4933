#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "sbdscore/atomic_file.hpp"

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
    REQUIRE(sbd::write_file_atomically(target, "new content").empty());
    CHECK(read_all(target) == "new content");
    std::size_t entries = std::distance(fs::directory_iterator(dir), fs::directory_iterator());
    CHECK(entries == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomically reports a folder that does not exist") {
    std::string error = sbd::write_file_atomically("/nonexistent-sbd-dir/out.json", "x");
    CHECK(error.find("/nonexistent-sbd-dir") != std::string::npos);
}
