#pragma once
// The program's version, from the project() call in CMakeLists.txt. Defined in a generated
// version.cpp, so a version bump recompiles one file, not every file that prints it.

#include <string>

namespace sbd {

const std::string& sbdscore_version();  // "0.1.0"

}  // namespace sbd
