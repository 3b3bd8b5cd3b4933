#pragma once
// SHA-256 (FIPS 180-4) of a byte string, as lowercase hex: fingerprints input files in reports.

#include <string>
#include <string_view>

namespace sbd {

std::string sha256_hex(std::string_view data);

}  // namespace sbd
