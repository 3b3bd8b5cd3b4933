#pragma once
// The built-in packs and profiles as the build parsed them: a parsed Document written as compact
// bytes (encode_tree, run at build time by compile_yaml_tree) and read back at start-up
// (decode_tree) in a fraction of the time yaml-cpp takes over the text. The loaders then check the
// tree exactly as they check a file's, so a built-in file's messages keep their lines and columns.

#include <optional>
#include <string>
#include <string_view>

#include "load/yaml_reader.hpp"

namespace sbd::yaml {

// The bytes of `doc`'s tree; nothing when it holds an alias (a node reachable twice), which the
// format does not keep: built-in files are written without anchors.
std::optional<std::string> encode_tree(const Document& doc);

// The Document `bytes` encode; nothing when they are not such bytes (truncated, another version,
// nesting past limits::max_nesting).
std::optional<Document> decode_tree(std::string_view bytes);

// A file compiled into the binary: its tree when the build encoded one, else its text parsed now.
std::optional<Document> read_document(Context& ctx, const std::string& text, std::string_view tree);

}  // namespace sbd::yaml
