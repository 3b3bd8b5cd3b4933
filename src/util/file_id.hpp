#pragma once
// What a file is, as opposed to how a path spells it: its device and inode, so two names for one
// file ("a.yaml", "./x/../a.yaml", a hard or symbolic link to it) have the same id. One stat,
// where resolving a path costs a readlink per component.

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <utility>

namespace sbd {

using FileId = std::pair<dev_t, ino_t>;

// The id of the file `path` names (links followed); nothing when it cannot be examined.
std::optional<FileId> file_id(const std::filesystem::path& path);

}  // namespace sbd
