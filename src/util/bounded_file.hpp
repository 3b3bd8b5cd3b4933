#pragma once
// Reading a small input file (response, pack file, profile, waivers) without letting a huge or
// endless one (/dev/zero) exhaust memory.

#include <cstddef>
#include <filesystem>
#include <string>

#include "util/result.hpp"

namespace sbd {

// The file's bytes, at most one chunk past `max_bytes` (so the caller can report the size with
// its own words); an error located at the file when it cannot be opened or read, or is not a
// regular file: a FIFO (which could block for ever), a device (/dev/zero) or a socket is refused
// without being read. The path "-" is standard input: read once (at most just past `max_bytes`)
// and kept, so every later read of "-" in the run (the two passes of evaluate, the pack peek) gets
// the same bytes; a terminal is refused rather than waited on.
Result<std::string> read_bounded_file(const std::filesystem::path& path, std::size_t max_bytes);

}  // namespace sbd
