#include <catch2/catch.hpp>

#include "util/sha256.hpp"

using sbd::sha256_hex;

TEST_CASE("sha256 matches the FIPS 180-4 test vectors") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 56 bytes: the padding spills into a second block.
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 fed in pieces equals the hash of the whole") {
    const std::string text = "The quick brown fox jumps over the lazy dog";
    sbd::Sha256 pieces;
    for (std::size_t i = 0; i < text.size(); i += 5) pieces.update(std::string_view(text).substr(i, 5));
    CHECK(pieces.hex() == sha256_hex(text));
    CHECK(sha256_hex(text) == "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");
}
