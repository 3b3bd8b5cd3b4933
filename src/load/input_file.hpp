#pragma once
// Limits on every input file the loaders read (responses, pack files, profiles, waivers; stated in
// docs/responses.md; workbooks in docs/spreadsheets.md), and the one way they read a file:
// bounded, then parsed from its text.

#include <cstddef>
#include <filesystem>
#include <utility>

#include "util/bounded_file.hpp"
#include "util/result.hpp"

namespace sbd {

namespace limits {
constexpr std::size_t max_input_bytes = 4 * 1024 * 1024;  // a response is a few tens of KiB
constexpr int max_nesting = 500;  // yaml-cpp's own limit; deeper input throws DeepRecursion
// A document's size with every alias expanded, as a multiple of the file's size and at the most:
// aliases share nodes when read, but what a loader copies out of them (a 64 KiB string aliased
// 20,000 times as evidence) would multiply memory.
constexpr std::size_t max_expansion_factor = 16;
constexpr std::size_t max_expanded_bytes = 64 * 1024 * 1024;
// Values (scalars, lists, maps) in one document: each costs memory however short it is, and a
// response holds a few hundred (sbd-ot has 80 criteria), a few thousand with long evidence lists.
constexpr std::size_t max_nodes = 100'000;
// Problems reported per file: a hundred say everything useful; more only cost time and screen.
constexpr std::size_t max_diagnostics = 100;

// Workbooks (.xlsx responses, docs/spreadsheets.md#limits). A filled questionnaire is a zip of a
// dozen XML parts, some tens of KiB in all; these bound what a hostile one can cost (a zip bomb,
// a million rows) while leaving room for pasted logos and long answers.
constexpr std::size_t max_workbook_bytes = 16 * 1024 * 1024;        // the file on disk
constexpr std::size_t max_workbook_entries = 1000;                  // files in the zip
constexpr std::size_t max_workbook_part_bytes = 16 * 1024 * 1024;   // one XML part, uncompressed
constexpr std::size_t max_workbook_total_bytes = 32 * 1024 * 1024;  // every part read, uncompressed
// Uncompressed size over compressed size of a part, checked once a part passes 1 MiB: XML
// compresses 5 to 30 times; a zip bomb, a thousand.
constexpr std::size_t max_compression_ratio = 100;
constexpr std::size_t compression_ratio_floor = 1024 * 1024;
constexpr int max_sheet_rows = 10000;                // rows with values on the answers sheet
constexpr std::size_t max_shared_strings = 100000;   // distinct texts of the workbook
constexpr std::size_t max_cell_characters = 32767;   // Excel's own limit for a cell's text
}  // namespace limits

// Reads `path` (at most just past the size limit, which the YAML reader then reports) and hands
// its display name and text to `parse`, which returns a Result<T>.
template <class T, class Parse>
Result<T> parse_input_file(const std::filesystem::path& path, Parse&& parse) {
    Result<T> result;
    auto text = result.take(read_bounded_file(path, limits::max_input_bytes));
    if (!text) return result;
    Result<T> parsed = parse(path.string(), *text);
    result.append(parsed.diagnostics);
    result.value = std::move(parsed.value);
    return result;
}

}  // namespace sbd
