#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>
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

TEST_CASE("read_bounded_file stops just past the limit on a huge file") {
    fs::path path = fs::temp_directory_path() / ("sbd-bounded-huge-" + std::to_string(::getpid()));
    std::ofstream(path) << "x";
    fs::resize_file(path, std::uintmax_t{1} << 30);  // sparse: 1 GiB that costs no disk
    auto read = read_bounded_file(path, 1000);
    fs::remove(path);
    REQUIRE(read.ok());
    CHECK(read->size() > 1000);               // the caller sees it is over the limit ...
    CHECK(read->size() <= 1000 + 64 * 1024);  // ... and no more than one chunk was read past it
}

TEST_CASE("read_bounded_file refuses devices and FIFOs without reading or blocking") {
    auto device = read_bounded_file("/dev/zero", 1000);
    CHECK_FALSE(device.ok());
    REQUIRE(device.diagnostics.size() == 1);
    CHECK(device.diagnostics[0].message == "is not a regular file (a FIFO, device or socket)");
    fs::path fifo = fs::temp_directory_path() / ("sbd-bounded-fifo-" + std::to_string(::getpid()));
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto pipe = read_bounded_file(fifo, 1000);  // no writer: a blocking open would wait for ever
    fs::remove(fifo);
    CHECK_FALSE(pipe.ok());
    CHECK(pipe.diagnostics.at(0).message == "is not a regular file (a FIFO, device or socket)");
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
