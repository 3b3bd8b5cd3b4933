#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "util/parallel.hpp"

using sbd::ordered_parallel_for;

TEST_CASE("results reach the consumer in index order whatever the threads finish first") {
    for (unsigned threads : {1u, 2u, 4u, 8u}) {
        std::vector<std::size_t> seen;
        ordered_parallel_for(
            200, threads,
            [](std::size_t i) {
                // Later items finish first: without reordering they would arrive backwards.
                std::this_thread::sleep_for(std::chrono::microseconds((200 - i) % 7 * 50));
                return i * i;
            },
            [&](std::size_t i, std::size_t square) {
                CHECK(square == i * i);
                seen.push_back(i);
            });
        REQUIRE(seen.size() == 200);
        for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);
    }
}

TEST_CASE("no more than a window of results waits ahead of a slow consumer") {
    std::atomic<std::size_t> started{0};
    std::size_t most_ahead = 0;
    ordered_parallel_for(
        100, 2, [&](std::size_t i) { return started.fetch_add(1) + 0 * i; },
        [&](std::size_t i, std::size_t) {
            std::this_thread::sleep_for(std::chrono::microseconds(200));
            most_ahead = std::max(most_ahead, started.load() - i);
        });
    CHECK(started == 100);
    CHECK(most_ahead <= 4 * 2 + 1);  // the window (4 per thread) plus the item being consumed
}

TEST_CASE("an exception in the work reaches the caller, in order, and the threads stop") {
    for (unsigned threads : {1u, 3u}) {
        std::vector<std::size_t> consumed;
        CHECK_THROWS_WITH(ordered_parallel_for(
                              50, threads,
                              [](std::size_t i) {
                                  if (i == 17) throw std::runtime_error("item 17");
                                  return i;
                              },
                              [&](std::size_t i, std::size_t) { consumed.push_back(i); }),
                          "item 17");
        CHECK(consumed.size() == 17);  // every item before the failing one, none after
    }
}

TEST_CASE("nothing to do is fine") {
    bool called = false;
    ordered_parallel_for(0, 4, [](std::size_t i) { return i; }, [&](std::size_t, std::size_t) { called = true; });
    CHECK_FALSE(called);
}
