#pragma once
// Opening a file a response cites, safely: only inside the response's bundle (its folder), only a
// regular file, only up to a size limit (docs/evidence.md#what-is-never-opened).

#include <cstddef>
#include <filesystem>
#include <string>

#include "model/evidence.hpp"

namespace sbd {

namespace limits {
// An evidence file: a 10,000-component SBOM is some 20 MB; a response's bundle is read file by file.
constexpr std::size_t max_evidence_bytes = 32 * 1024 * 1024;
}  // namespace limits

struct BundleFile {
    EvidenceStatus status = EvidenceStatus::cited;  // cited: read; else missing or invalid, with `reason`
    std::string reason;
    std::string bytes;
};

// `cited` (a path relative to the bundle) read from the bundle folder `bundle`: refused without
// being opened when it is absolute, leaves the bundle (by "..", or a symbolic link that leads
// out), or is not a regular file (a FIFO, device, socket or folder); missing when it is not there.
BundleFile read_bundle_file(const std::filesystem::path& bundle, const std::string& cited,
                            std::size_t max_bytes = limits::max_evidence_bytes);

}  // namespace sbd
