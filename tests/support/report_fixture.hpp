#pragma once
// A small run for the report-format tests: the mini pack, a clean vendor, a failing vendor whose
// name is hostile, and an INVALID file.

#include "score/ranking.hpp"
#include "report/run_report.hpp"
#include "score/scoring.hpp"
#include "support/test_support.hpp"

namespace sbd::test {

inline VendorResult scored(const std::string& vendor, const std::string& answers, const std::string& file) {
    std::string text = mini_response(answers);
    text.replace(text.find("vendor: Acme"), 12, "vendor: " + vendor);
    auto loaded = load_response_text(file, text, mini_pack());
    if (!loaded.value) throw std::runtime_error("fixture response does not load: " + format_diagnostic(loaded.diagnostics.at(0)));
    return score_response(mini_pack(), *loaded.value);
}

inline RunReport sample_run(const std::string& as_of = "") {
    RunReport run;
    run.pack = &mini_pack();
    run.as_of = as_of;
    run.results.push_back(scored("Good Co",
                                 "  ACC-01: { value: yes, evidence: [docs/a.pdf] }\n"
                                 "  ACC-02: fido2\n"
                                 "  ACC-03: [owner-approval, session-log]\n"
                                 "  PAT-01: 10\n"
                                 "  PAT-02: { value: yes, evidence: [docs/b.pdf] }\n",
                                 "vendors/good.yaml"));
    run.results.push_back(scored("\"=cmd|' /C calc'!A0 <b>|x|</b>\"",
                                 "  ACC-01: yes\n"
                                 "  ACC-02: none\n",
                                 "vendors/bad.yaml"));
    run.results.push_back(invalid_result("vendors/broken.yaml", {{Severity::error, {"vendors/broken.yaml", 3, 5}, "bad <value>", "fix it"}}));
    rank_results(run.results);
    return run;
}

// The sample run as if every vendor had filled in a workbook: files named .xlsx, and every place a
// cell of the Answers sheet (the YAML line as the row, its column as the column), as the workbook
// loader locates them.
inline RunReport workbook_run(const std::string& as_of = "") {
    RunReport run = sample_run(as_of);
    auto to_cell = [](SourceLocation& at, const std::string& file) {
        if (at.line > 0) at = SourceLocation::cell(file, "Answers", at.line, at.column);
        else at.file = file;
    };
    for (auto& r : run.results) {
        r.file = r.file.substr(0, r.file.rfind('.')) + ".xlsx";
        for (auto& p : r.priorities)
            for (auto& c : p.criteria)
                if (c.answer) to_cell(c.answer->where, r.file);
        for (auto& g : r.gates) to_cell(g.where, r.file);
        for (auto& f : r.findings) to_cell(f.where, r.file);
        for (auto& d : r.diagnostics) to_cell(d.where, r.file);
        to_cell(r.answers_where, r.file);
    }
    return run;
}

// Number of times `needle` occurs in `text`.
inline std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
    return n;
}

}  // namespace sbd::test
