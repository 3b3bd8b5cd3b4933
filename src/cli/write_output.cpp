#include "cli/write_output.hpp"

#include <unistd.h>

#include <iostream>

#include "util/atomic_file.hpp"

namespace sbd::cli {

Result<void> write_output(const std::string& file, const std::string& content) {
    if (!file.empty() && file != "-") return write_file_atomically(file, content);
    std::cout << content << std::flush;
    return {};
}

bool binary_output_allowed(const std::string& file) {
    if ((!file.empty() && file != "-") || !isatty(STDOUT_FILENO)) return true;
    std::cerr << "sbdscore: a workbook is not for the terminal: give a file with -o FILE.xlsx (or redirect standard output)\n";
    return false;
}

}  // namespace sbd::cli
