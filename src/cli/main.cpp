// sbdscore: score vendors' Secure-by-Demand questionnaires and rank them. The work is in the stage
// libraries (docs/architecture.md); the CLI parses the command line and maps failures to exit codes.
#include <exception>
#include <iostream>
#include <new>

#include "cli/command_line.hpp"
#include "cli/process_guards.hpp"
#include "score/exit_policy.hpp"

int main(int argc, char** argv) {
    sbd::cli::install_process_guards();
    try {
        return sbd::cli::run_command_line(argc, argv);
    } catch (const std::bad_alloc&) {
        std::cerr << sbd::cli::out_of_memory_message;
        return sbd::exit_code::internal_error;
    } catch (const std::exception& e) {
        std::cerr << "sbdscore: internal error: " << e.what() << "\n";
        return sbd::exit_code::internal_error;
    }
}
