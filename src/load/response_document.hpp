#pragma once
// The checks of a response on its tree, shared by the YAML loader (response_loader.cpp) and the
// workbook loader (workbook_response_loader.cpp), so a response is exactly as strict, with the
// same messages and hints, whichever way it was filled in. Internal to the load stage.

#include "load/response_loader.hpp"
#include "load/yaml_reader.hpp"

namespace sbd {

// Reads the header and answers of `root` into `draft` (whose file and sha256 the caller sets),
// reporting every problem to `ctx`. Returns whether the draft is worth keeping: no error, or the
// answers could be read (validate checks the rest of a file with errors).
// `extra_keys` as for read_response_text.
bool check_response_document(yaml::Context& ctx, const yaml::Node& root, const RulePack& pack, ResponseDraft& draft,
                             const std::vector<std::string>& extra_keys = {});

}  // namespace sbd
