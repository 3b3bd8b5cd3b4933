#pragma once
// Independent work items on several threads, results delivered in order: evaluate scores files on
// every core yet prints diagnostics and writes reports exactly as a single thread would.

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <type_traits>
#include <vector>

namespace sbd {

// The number of threads to use by default: the machine's cores (1 when unknown).
inline unsigned default_jobs() {
    unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : n;
}

// Runs `work(i)` for every i in [0, count) on `threads` threads and hands each result to
// `consume(i, result)` on the calling thread, in index order. At most `ahead` results per thread
// wait ahead of the consumer, so memory stays bounded however large `count` is. A small result can
// afford a deep window: while one thread spends 80 ms on a 4 MiB file, the others score a hundred
// small ones instead of idling after `ahead`. An exception thrown by `work` is rethrown by this call
// when its index's turn comes; threads == 1 runs everything inline, and so does a system that
// refuses to start any thread.
// `ahead` for results of a few KiB each (a vendor's summary, a pack id).
inline constexpr std::size_t small_results_ahead = 128;

template <class Work, class Consume>
void ordered_parallel_for(std::size_t count, unsigned threads, Work work, Consume consume, std::size_t ahead = 4) {
    using Value = std::invoke_result_t<Work&, std::size_t>;
    auto run_inline = [&] {
        for (std::size_t i = 0; i < count; ++i) consume(i, work(i));
    };
    if (threads <= 1 || count <= 1) return run_inline();
    struct Slot {
        std::optional<Value> value;
        std::exception_ptr error;
        bool ready = false;
    };
    const std::size_t window = std::max<std::size_t>(ahead, 1) * threads;
    std::vector<Slot> slots(window);
    std::mutex mutex;
    std::condition_variable slot_ready;  // a result arrived
    std::condition_variable slot_free;   // the consumer took one: a worker may start further ahead
    std::size_t next = 0;                // the next index a worker takes
    std::size_t consumed = 0;            // indexes below this were handed to `consume`
    bool stopping = false;               // the consumer gave up (an exception): workers stop taking work

    auto worker = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(mutex);
                slot_free.wait(lock, [&] { return stopping || next >= count || next < consumed + window; });
                if (stopping || next >= count) return;
                i = next++;
            }
            Slot result;
            try {
                result.value.emplace(work(i));
            } catch (...) {
                result.error = std::current_exception();
            }
            result.ready = true;
            {
                std::lock_guard lock(mutex);
                slots[i % window] = std::move(result);
            }
            slot_ready.notify_all();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads);  // so starting a thread is the only thing below that can fail
    for (unsigned t = 0; t < threads; ++t) {
        // A thread the system refuses (no memory for its stack, a process limit) is not an error:
        // the run goes on with the threads it has, or inline with none.
        try {
            pool.emplace_back(worker);
        } catch (const std::system_error&) {
            break;
        }
    }
    if (pool.empty()) return run_inline();
    auto stop = [&] {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        slot_free.notify_all();
        for (auto& thread : pool) thread.join();
    };
    try {
        for (std::size_t i = 0; i < count; ++i) {
            Slot taken;
            {
                std::unique_lock lock(mutex);
                slot_ready.wait(lock, [&] { return slots[i % window].ready; });
                taken = std::move(slots[i % window]);
                slots[i % window] = Slot{};
                consumed = i + 1;
            }
            slot_free.notify_all();
            if (taken.error) std::rethrow_exception(taken.error);
            consume(i, std::move(*taken.value));
        }
    } catch (...) {
        stop();
        throw;
    }
    stop();
}

}  // namespace sbd
