#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "util/bounded_file.hpp"

namespace fs = std::filesystem;
using sbd::read_bounded_file;

TEST_CASE("read_bounded_file returns a small file's bytes unchanged") {
    fs::path path = fs::temp_directory_path() / ("sbd-bounded-" + std::to_string(::getpid()) + ".bin");
    const std::string bytes("a\0b\r\n\xff", 6);
    std::ofstream(path, std::ios::binary) << bytes;
    auto read = read_bounded_file(path, 100);
    fs::remove(path);
    REQUIRE(read.ok());
    CHECK(*read == bytes);
}

TEST_CASE("read_bounded_file stops just past the limit on an endless file") {
    auto read = read_bounded_file("/dev/zero", 1000);
    REQUIRE(read.ok());
    CHECK(read->size() > 1000);             // the caller sees it is over the limit ...
    CHECK(read->size() <= 1000 + 64 * 1024);  // ... and no more than one chunk was read past it
}

TEST_CASE("read_bounded_file locates what went wrong at the file, with a hint") {
    auto missing = read_bounded_file("/nonexistent-sbd/file.yaml", 100);
    CHECK_FALSE(missing.ok());
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].where.file == "/nonexistent-sbd/file.yaml");
    CHECK(missing.diagnostics[0].message == "cannot open the file");
    CHECK(missing.diagnostics[0].hint == "no such file");

    auto folder = read_bounded_file(fs::temp_directory_path(), 100);
    REQUIRE(folder.diagnostics.size() == 1);
    CHECK(folder.diagnostics[0].message == "is a folder, not a file");
}
