#include "write_output.hpp"

#include <iostream>

#include "sbdscore/atomic_file.hpp"
#include "sbdscore/exit_policy.hpp"

namespace sbd::cli {

int write_output(const std::string& file, const std::string& content) {
    if (file.empty() || file == "-") {
        std::cout << content << std::flush;
        return exit_code::ok;
    }
    std::string error = write_file_atomically(file, content);
    if (error.empty()) return exit_code::ok;
    std::cerr << "sbdscore: " << error << "\n";
    return exit_code::invalid_input;
}

}  // namespace sbd::cli
