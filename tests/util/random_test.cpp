#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>

#include "util/random.hpp"

using namespace sbd;

// Reference outputs from the authors' C code (prng.di.unimi.it: splitmix64.c, xoshiro256starstar.c),
// checked against an independent Python transcription.
TEST_CASE("splitmix64 gives the reference outputs") {
    std::uint64_t state = 0;
    CHECK(splitmix64(state) == 0xe220a8397b1dcdafULL);
    CHECK(splitmix64(state) == 0x6e789e6aa1b965f4ULL);
    CHECK(splitmix64(state) == 0x06c45d188009454fULL);
}

TEST_CASE("xoshiro256** gives the reference outputs") {
    Xoshiro256 rng(std::array<std::uint64_t, 4>{1, 2, 3, 4});
    CHECK(rng.next() == 11520);
    CHECK(rng.next() == 0);
    CHECK(rng.next() == 1509978240);
    CHECK(rng.next() == 1215971899390074240ULL);
    // Seeded from one integer through splitmix64.
    Xoshiro256 seeded(1);
    CHECK(seeded.next() == 12966619160104079557ULL);
    CHECK(seeded.next() == 9600361134598540522ULL);
}

TEST_CASE("unit() is at least 0, below 1, and a multiple of 2^-53") {
    Xoshiro256 rng(7);
    double sum = 0;
    for (int i = 0; i < 100000; ++i) {
        double u = rng.unit();
        REQUIRE(u >= 0);
        REQUIRE(u < 1);
        REQUIRE(std::ldexp(u, 53) == std::floor(std::ldexp(u, 53)));
        sum += u;
    }
    CHECK(sum / 100000 == Approx(0.5).margin(0.005));
}

TEST_CASE("uniform_simplex draws points of the simplex with Dirichlet(1, ..., 1) marginals") {
    Xoshiro256 rng(42);
    std::vector<double> u(4), scratch;
    const int n = 200000;
    std::vector<double> mean(4);
    int below_tenth = 0;
    for (int i = 0; i < n; ++i) {
        uniform_simplex(rng, u, scratch);
        double total = std::accumulate(u.begin(), u.end(), 0.0);
        REQUIRE(total == Approx(1.0).margin(1e-15));
        for (std::size_t k = 0; k < 4; ++k) {
            REQUIRE(u[k] >= 0);
            mean[k] += u[k] / n;
        }
        below_tenth += u[2] < 0.1;
    }
    for (double m : mean) CHECK(m == Approx(0.25).margin(0.003));
    // Each coordinate is Beta(1, 3): P(u < 0.1) = 1 - 0.9^3 = 0.271.
    CHECK(static_cast<double>(below_tenth) / n == Approx(0.271).margin(0.004));
}

TEST_CASE("uniform_simplex of one coordinate is 1 and draws nothing") {
    Xoshiro256 a(3), b(3);
    std::vector<double> u(1), scratch;
    uniform_simplex(a, u, scratch);
    CHECK(u[0] == 1.0);
    CHECK(a.next() == b.next());
}

TEST_CASE("the same seed gives the same sequence") {
    Xoshiro256 a(123456789), b(123456789), c(123456790);
    bool differs = false;
    for (int i = 0; i < 1000; ++i) {
        const auto x = a.next();
        REQUIRE(x == b.next());
        differs = differs || x != c.next();
    }
    CHECK(differs);
}
