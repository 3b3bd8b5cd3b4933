#pragma once
// How the process ends when something outside the run's logic stops it: a signal, memory running
// out, or std::terminate. Each ends with a message and an exit status, never an abort or a core
// dump, and leaves no half-written report behind (docs/security.md).

namespace sbd::cli {

// Installs, once at start: the signal handlers that remove temporaries (exit 128 + signal); a
// memory reserve released when an allocation first fails, so unwinding and the error message still
// have memory; a terminate handler that reports and exits 3 instead of aborting.
void install_process_guards();

// The message main prints when memory runs out (std::bad_alloc reaches it).
inline constexpr const char* out_of_memory_message =
    "sbdscore: error: out of memory (hint: score fewer files in one run, write fewer report formats at once, or "
    "allow the process more memory)\n";

}  // namespace sbd::cli
