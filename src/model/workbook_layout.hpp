#pragma once
// The questionnaire workbook's layout (docs/spreadsheets.md): what `sbdscore template --format xlsx`
// writes (report/questionnaire_xlsx.cpp) and what the workbook loader reads back
// (load/workbook_response_loader.cpp), in one place so the two cannot drift apart.
//
// The Answers sheet: header fields on top (a cell holding a field's label, its value in the cell to
// its right), then a table whose header row names its columns, one row per criterion. The reader finds everything by
// its label or title, not by position, so a workbook another program saved (or one whose rows a
// vendor sorted) reads the same.

#include <array>
#include <string_view>

namespace sbd::workbook_layout {

inline constexpr std::string_view answers_sheet = "Answers";
inline constexpr std::string_view instructions_sheet = "Instructions";

// A header field: the response key it fills, its label in column A, and other labels read as it.
struct HeaderField {
    std::string_view key;
    std::string_view label;
    std::string_view alias;  // a shorter label also accepted ("" for none)
    bool required;
};
inline constexpr std::array<HeaderField, 8> header_fields = {{
    {"vendor", "Vendor", "", true},
    {"product", "Product", "", true},
    {"version", "Product version", "Version", true},
    {"date", "Date of answers", "Date", true},
    {"contact", "Contact", "", false},
    {"category", "Product category", "Category", false},  // only for packs with product categories
    {"pack", "Rule pack", "Pack", true},
    {"pack_version", "Rule pack version", "Pack version", false},
}};

// The table's columns, in the order the template writes them. The reader needs ID and Answer, and
// reads Evidence and Comment when present; the others are there for the vendor to read.
enum class Column { priority, id, title, question, guidance, answer, evidence, comment };
inline constexpr std::array<std::string_view, 8> column_titles = {"Priority", "ID",     "Title",    "Question",
                                                                  "Guidance", "Answer", "Evidence", "Comment"};
inline constexpr std::string_view title(Column c) { return column_titles[static_cast<std::size_t>(c)]; }

// A multiple-choice answer in one cell: option values separated by commas (semicolons and line
// breaks also read); `none` (when no option has that name) chooses none of them.
inline constexpr std::string_view choice_separators = ",;\n";
inline constexpr std::string_view no_choice = "none";

// Several evidence documents in one cell: one per line.
inline constexpr char evidence_separator = '\n';

}  // namespace sbd::workbook_layout
