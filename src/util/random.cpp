#include "util/random.hpp"

#include <algorithm>

namespace sbd {

namespace {

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

Xoshiro256::Xoshiro256(std::uint64_t seed) {
    for (auto& word : s_) word = splitmix64(seed);
}

Xoshiro256::Xoshiro256(const std::array<std::uint64_t, 4>& state) {
    for (std::size_t i = 0; i < state.size(); ++i) s_[i] = state[i];
}

std::uint64_t Xoshiro256::next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

double Xoshiro256::unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

void uniform_simplex(Xoshiro256& rng, std::vector<double>& u, std::vector<double>& scratch) {
    const std::size_t n = u.size();
    if (n == 0) return;
    scratch.resize(n - 1);
    for (auto& x : scratch) x = rng.unit();
    std::sort(scratch.begin(), scratch.end());  // sorted doubles are the same sequence whatever the algorithm
    double previous = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        u[i] = scratch[i] - previous;
        previous = scratch[i];
    }
    u[n - 1] = 1.0 - previous;
}

}  // namespace sbd
