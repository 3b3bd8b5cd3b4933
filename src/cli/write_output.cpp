#include "cli/write_output.hpp"

#include <iostream>

#include "util/atomic_file.hpp"

namespace sbd::cli {

Result<void> write_output(const std::string& file, const std::string& content) {
    if (!file.empty() && file != "-") return write_file_atomically(file, content);
    std::cout << content << std::flush;
    return {};
}

}  // namespace sbd::cli
