#pragma once
// Random numbers that are the same bytes on every machine. std::uniform_real_distribution and
// friends are implementation-defined, so a seeded run could differ between standard libraries;
// these are fixed algorithms using only integer operations, IEEE subtraction and comparison (no
// libm), so the same seed gives the same doubles everywhere.

#include <array>
#include <cstdint>
#include <vector>

namespace sbd {

// SplitMix64 (Steele, Lea and Flood 2014): seeds the generator below from one 64-bit integer.
std::uint64_t splitmix64(std::uint64_t& state);

// xoshiro256** 1.0 (Blackman and Vigna 2018), seeded by four SplitMix64 outputs of `seed`.
class Xoshiro256 {
public:
    explicit Xoshiro256(std::uint64_t seed);
    explicit Xoshiro256(const std::array<std::uint64_t, 4>& state);  // as is (not all zero): for tests
    std::uint64_t next();
    // Uniform on [0, 1): the top 53 bits of next() times 2^-53 (every value a multiple of 2^-53).
    double unit();

private:
    std::uint64_t s_[4];
};

// A point uniform on the simplex {u >= 0, sum u = 1} of dimension u.size(): the spacings of
// u.size() - 1 sorted unit() draws (Dirichlet(1, ..., 1); e.g. Tervonen and Lahdelma, "Implementing
// stochastic multicriteria acceptability analysis", EJOR 2007). One coordinate is 1 and draws
// nothing; `scratch` holds the draws, so a caller in a loop allocates once.
void uniform_simplex(Xoshiro256& rng, std::vector<double>& u, std::vector<double>& scratch);

}  // namespace sbd
