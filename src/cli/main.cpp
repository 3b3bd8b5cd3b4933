// sbdscore: score vendors' Secure-by-Demand questionnaires and rank them. The work is in the stage
// libraries (docs/architecture.md); the CLI parses the command line and maps failures to exit codes.
#include <exception>
#include <iostream>

#include "cli/command_line.hpp"
#include "util/atomic_file.hpp"
#include "score/exit_policy.hpp"

int main(int argc, char** argv) {
    sbd::remove_temporaries_on_signals();  // an interrupted run leaves no half-written report behind
    try {
        return sbd::cli::run_command_line(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "sbdscore: internal error: " << e.what() << "\n";
        return sbd::exit_code::internal_error;
    }
}
