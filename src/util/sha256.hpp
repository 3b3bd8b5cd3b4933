#pragma once
// SHA-256 (FIPS 180-4) as lowercase hex: fingerprints input and evidence files in reports. Nettle
// does the hashing (with the CPU's SHA extensions where present: a 4 MiB response hashes in about
// two milliseconds instead of twelve).

#include <memory>
#include <string>
#include <string_view>

namespace sbd {

std::string sha256_hex(std::string_view data);

// The same, fed piece by piece (a large file read in chunks).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(std::string_view data);
    std::string hex();  // finishes the hash; call once

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace sbd
