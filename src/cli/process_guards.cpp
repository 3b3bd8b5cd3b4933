#include "cli/process_guards.hpp"

#include <sys/resource.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>

#include "score/exit_policy.hpp"
#include "util/atomic_file.hpp"

namespace sbd::cli {

namespace {

// Freed when an allocation first fails: the rest of the run then has room to unwind, run
// destructors and print why it stops. 4 MiB covers what unwinding a run allocates.
constexpr std::size_t reserve_bytes = 4 * 1024 * 1024;
std::atomic<void*> reserve{nullptr};

void release_reserve() {
    if (void* block = reserve.exchange(nullptr)) {
        std::free(block);
        return;  // operator new tries again
    }
    std::set_new_handler(nullptr);
    throw std::bad_alloc();
}

void say(const char* text) {
    // write(2) and nothing that allocates: the heap may be exhausted or broken here.
    const std::size_t n = std::strlen(text);
    ssize_t ignored = ::write(STDERR_FILENO, text, n);
    (void)ignored;
}

[[noreturn]] void on_terminate() {
    bool out_of_memory = false;
    if (std::exception_ptr current = std::current_exception()) {
        try {
            std::rethrow_exception(current);
        } catch (const std::bad_alloc&) {
            out_of_memory = true;
        } catch (...) {
        }
    }
    say(out_of_memory ? out_of_memory_message : "sbdscore: internal error: the run could not continue (std::terminate)\n");
    remove_temporaries_now();
    ::_exit(exit_code::internal_error);
}

}  // namespace

void install_process_guards() {
    remove_temporaries_on_signals();
#if defined(__GLIBC__)
    // Under an address-space limit (ulimit -v), glibc's per-thread arenas each reserve 64 MiB of
    // addresses they mostly never use: one shared arena lets the run use the memory it is allowed.
    struct rlimit address_space {};
    if (::getrlimit(RLIMIT_AS, &address_space) == 0 && address_space.rlim_cur != RLIM_INFINITY) ::mallopt(M_ARENA_MAX, 1);
#endif
    reserve.store(std::malloc(reserve_bytes));
    std::set_new_handler(release_reserve);
    std::set_terminate(on_terminate);
}

}  // namespace sbd::cli
