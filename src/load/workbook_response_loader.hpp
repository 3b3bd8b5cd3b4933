#pragma once
// A vendor response filled in as an Excel workbook (docs/spreadsheets.md): the cells of its Answers
// sheet become the same tree a YAML response parses into, which the YAML loader's checks then read
// (load/response_document.hpp). So a workbook is exactly as strict as a YAML file, with the same
// messages and hints, located at cells: `vendor.xlsx:Answers!F14: error: ...`.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "load/response_loader.hpp"

namespace sbd {

// A path the workbook loader reads: .xlsx, .xlsm, or .xls (refused with what to do), letter case aside.
bool is_workbook_path(const std::filesystem::path& path);

// As read_response_text, for the bytes of a workbook.
Result<ResponseDraft> read_workbook_response(const std::string& display_path, std::string_view bytes, const RulePack& pack);
Result<ResponseDraft> read_workbook_response_file(const std::filesystem::path& path, const RulePack& pack);

// The rule pack a workbook names (the value beside its 'Rule pack' label), read without checking
// the rest, as peek_response_pack does for YAML; nothing when it cannot be read or names none.
std::optional<std::string> peek_workbook_pack(const std::filesystem::path& path);

}  // namespace sbd
