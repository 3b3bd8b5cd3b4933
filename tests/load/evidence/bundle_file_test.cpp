#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "load/evidence/bundle_file.hpp"

using namespace sbd;
namespace fs = std::filesystem;

namespace {

struct Bundle {
    fs::path root;
    Bundle() {
        root = fs::temp_directory_path() / ("sbd-bundle-" + std::to_string(::getpid()));
        fs::remove_all(root);
        fs::create_directories(root / "bundle" / "docs");
        std::ofstream(root / "bundle" / "docs" / "sbom.json") << "{}";
        std::ofstream(root / "outside.txt") << "secret";
    }
    ~Bundle() { fs::remove_all(root); }
    fs::path dir() const { return root / "bundle"; }
};

}  // namespace

TEST_CASE("a file inside the bundle is read, also by a path that stays inside") {
    Bundle b;
    auto f = read_bundle_file(b.dir(), "docs/sbom.json");
    CHECK(f.status == EvidenceStatus::cited);
    CHECK(f.bytes == "{}");
    CHECK(read_bundle_file(b.dir(), "docs/../docs/sbom.json").bytes == "{}");
}

TEST_CASE("paths that leave the bundle are refused without being opened") {
    Bundle b;
    for (const char* path : {"../outside.txt", "docs/../../outside.txt", "/etc/passwd"}) {
        auto f = read_bundle_file(b.dir(), path);
        INFO(path);
        CHECK(f.status == EvidenceStatus::invalid);
        CHECK(f.bytes.empty());
    }
    CHECK_THAT(read_bundle_file(b.dir(), "/etc/passwd").reason, Catch::Contains("absolute path"));
    CHECK_THAT(read_bundle_file(b.dir(), "../outside.txt").reason, Catch::Contains("leaves the bundle"));
}

TEST_CASE("a symbolic link out of the bundle is refused; one inside it is followed") {
    Bundle b;
    fs::create_symlink(b.root / "outside.txt", b.dir() / "out.json");
    fs::create_symlink("docs/sbom.json", b.dir() / "in.json");
    auto out = read_bundle_file(b.dir(), "out.json");
    CHECK(out.status == EvidenceStatus::invalid);
    CHECK_THAT(out.reason, Catch::Contains("leads out of the bundle"));
    CHECK(read_bundle_file(b.dir(), "in.json").bytes == "{}");
}

TEST_CASE("a FIFO or a folder is refused, a missing file is missing") {
    Bundle b;
    REQUIRE(::mkfifo((b.dir() / "pipe").c_str(), 0600) == 0);
    auto fifo = read_bundle_file(b.dir(), "pipe");  // would block for ever if opened for reading
    CHECK(fifo.status == EvidenceStatus::invalid);
    CHECK_THAT(fifo.reason, Catch::Contains("not a regular file"));
    CHECK(read_bundle_file(b.dir(), "docs").status == EvidenceStatus::invalid);
    auto missing = read_bundle_file(b.dir(), "nowhere.json");
    CHECK(missing.status == EvidenceStatus::missing);
}

TEST_CASE("evidence files over the size limit are refused unread") {
    Bundle b;
    std::ofstream(b.dir() / "big.json") << std::string(2000, 'x');
    auto f = read_bundle_file(b.dir(), "big.json", 1000);
    CHECK(f.status == EvidenceStatus::invalid);
    CHECK(f.bytes.empty());
    CHECK_THAT(f.reason, Catch::Contains("over the limit"));
}
