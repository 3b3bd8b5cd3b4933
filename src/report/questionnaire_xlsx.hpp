#pragma once
// The questionnaire as an Excel workbook (`sbdscore template --format xlsx`, docs/spreadsheets.md):
// an Instructions sheet, and an Answers sheet with header fields on top and one row per criterion,
// each answer cell restricted by data validation to what the criterion accepts. The workbook
// loader reads it back (model/workbook_layout.hpp is their shared layout).

#include <string>

#include "analysis/questionnaire.hpp"
#include "model/rule_pack.hpp"
#include "util/result.hpp"

namespace sbd {

// The workbook's bytes. `options.vendor` and `options.product` pre-fill those header fields.
Result<std::string> render_questionnaire_xlsx(const RulePack& pack, const QuestionnaireOptions& options);

// The data validation formula of a multiple-choice answer in `cell` (e.g. "F7") whose option values
// are listed in `options` (e.g. "Lists!$C$1:$C$6"): true when the cell holds option values separated
// by commas (each once, letter case and spaces aside), `none` (unless an option has that name) or,
// when the criterion accepts it, n/a. Every option present adds its length and a comma; the cell is
// valid when that accounts for all of it. Its length does not grow with the options, so it stays
// within Excel's 255 characters for a validation formula.
std::string multi_choice_formula(const Criterion& c, const std::string& cell, const std::string& options);

}  // namespace sbd
