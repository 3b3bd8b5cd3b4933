#pragma once
// A vendor's questionnaire response, already checked against the rule pack it answers.

#include <map>
#include <string>
#include <vector>

#include "model/evidence.hpp"
#include "util/diagnostic.hpp"

namespace sbd {

struct Answer {
    std::string criterion_id;
    bool not_applicable = false;
    std::string value;                 // yesno, choice, text: the value as written
    std::vector<std::string> choices;  // multi
    double number = 0;                 // number
    std::vector<std::string> evidence;        // as cited: paths relative to the response, URLs
    std::vector<EvidenceCheck> evidence_checks;  // one per entry of `evidence`, in order
    bool evidence_verified = false;  // --verify-evidence: local files were checked by content
    std::string comment;
    SourceLocation where;  // of the value
    std::string display;   // the value in words, for reports ("yes", "fido2, pki", "14 days", "n/a")
};

struct VendorResponse {
    std::string file;
    std::string sha256;  // of the file's bytes
    std::string pack_id;
    std::string pack_version;
    std::string vendor;
    std::string product;
    std::string version;
    std::string date;
    std::string contact;
    std::string category;  // optional: one of the pack's product categories
    SourceLocation date_where;
    SourceLocation category_where;
    std::map<std::string, Answer> answers;  // by criterion id
    SourceLocation answers_where;  // of the `answers:` key
    // Criteria listed with an empty value (`CFG-01: ~`, as in a blank template): unanswered, by
    // id, with where the value is missing.
    std::map<std::string, SourceLocation> blank_answers;
    SignatureCheck signature;  // the detached signature beside the file (docs/evidence.md)

    // Where a criterion's answer is, or would be: its value, else its key left blank
    // (`VUL-03: ~`), else the `answers:` line when the file does not name it at all.
    SourceLocation where_answer(const std::string& criterion_id) const;
};

}  // namespace sbd
