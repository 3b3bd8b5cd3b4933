#include <catch2/catch.hpp>

#include <cstring>

#include "util/shared_library.hpp"

using sbd::SharedLibrary;

TEST_CASE("a shared library is loaded by name and its functions bound with their own types") {
    SharedLibrary libc("libc.so.6");
    REQUIRE(libc.ok());
    decltype(&::strlen) length = nullptr;
    libc.bind(length, "strlen");
    REQUIRE(libc.ok());
    REQUIRE(length != nullptr);
    CHECK(length("workbook") == 8);
}

TEST_CASE("a library or function that is not there is an error that names it, not a crash") {
    SharedLibrary missing("libsbdscore-no-such-library.so.9");
    CHECK_FALSE(missing.ok());
    CHECK(missing.error().find("libsbdscore-no-such-library.so.9") != std::string::npos);
    decltype(&::strlen) length = &::strlen;
    missing.bind(length, "strlen");
    CHECK(length == nullptr);  // never a stale or guessed address

    SharedLibrary libc("libc.so.6");
    decltype(&::strlen) nothing = &::strlen;
    libc.bind(nothing, "sbd_no_such_function");
    CHECK(nothing == nullptr);
    CHECK_FALSE(libc.ok());
    CHECK(libc.error() == "the library has no function sbd_no_such_function");
}
