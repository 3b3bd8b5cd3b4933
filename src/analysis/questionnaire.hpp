#pragma once
// Blank questionnaires generated from a rule pack (`sbdscore template`): a YAML response file to
// fill in, or a Markdown document for vendors who prefer to read the questions.

#include <string>

#include "model/rule_pack.hpp"

namespace sbd {

struct QuestionnaireOptions {
    std::string vendor;      // empty: a "<vendor name>" placeholder
    std::string product;     // empty: a "<product name>" placeholder
    std::string schema_ref;  // YAML only; empty: "./<pack id>.schema.json"
};

// A response file whose header holds placeholders and whose every answer is `~` (not answered
// yet), each criterion preceded by comments giving its question, allowed answers, evidence, gate
// and guidance. The first line points editors at the JSON Schema of `sbdscore schema`.
std::string render_questionnaire_yaml(const RulePack& pack, const QuestionnaireOptions& options);

// The same questionnaire as a Markdown document, one section per priority.
std::string render_questionnaire_markdown(const RulePack& pack, const QuestionnaireOptions& options);

// `text` as a YAML double-quoted scalar: backslash, quote, control characters and line
// separators escaped, so any (valid UTF-8) text reads back unchanged.
std::string yaml_double_quoted(const std::string& text);

}  // namespace sbd
