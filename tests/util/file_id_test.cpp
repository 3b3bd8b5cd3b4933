#include <catch2/catch.hpp>

#include <unistd.h>

#include <fstream>

#include "util/file_id.hpp"

namespace fs = std::filesystem;

TEST_CASE("file_id: one file by any name has one id; another file, another; a missing one, none") {
    const fs::path dir = fs::temp_directory_path() / ("sbd-file-id-" + std::to_string(::getpid()));
    fs::create_directories(dir / "x");
    std::ofstream(dir / "a.yaml") << "a";
    std::ofstream(dir / "copy.yaml") << "a";
    fs::create_hard_link(dir / "a.yaml", dir / "hard.yaml");
    fs::create_symlink("a.yaml", dir / "soft.yaml");
    const auto a = sbd::file_id(dir / "a.yaml");
    REQUIRE(a);
    CHECK(sbd::file_id(dir / "hard.yaml") == a);
    CHECK(sbd::file_id(dir / "soft.yaml") == a);
    CHECK(sbd::file_id(dir / "x" / ".." / "a.yaml") == a);
    CHECK(sbd::file_id(dir / "copy.yaml") != a);
    CHECK_FALSE(sbd::file_id(dir / "missing.yaml"));
    fs::remove_all(dir);
}
