// The registry of output formats: one line per format. A new format is a ReportWriter in its own
// report_*.cpp file plus one entry here.
#include "report/output_formats.hpp"

#include <algorithm>

#include "report/renderers.hpp"
#include "score/verdict_checks.hpp"

namespace sbd {

const std::vector<OutputFormat>& output_formats() {
    static const std::vector<OutputFormat> formats = {
        {"table", "ranked scorecard for the terminal", ".txt", make_table_writer},
        {"json", "full scorecard, versioned schema (docs/json.md)", ".json", make_json_writer},
        {"html", "self-contained report for people, no scripts (docs/reports.md)", ".html", make_html_writer},
        {"markdown", "ranked table and per-vendor detail for wikis and pull requests", ".md", make_markdown_writer},
        {"csv", "one row per vendor and priority or gate, for spreadsheets", ".csv", make_csv_writer},
        {"junit", "JUnit XML, one test per vendor and gate, for CI test reports", ".xml", make_junit_writer},
        {"sarif", "SARIF 2.1.0, gate failures and findings for code scanning", ".sarif", make_sarif_writer},
        {"github", "GitHub Actions annotations on the responses' lines", ".txt", make_github_writer},
        {"codequality", "GitLab Code Quality JSON, shown in merge requests", ".json", make_codequality_writer},
    };
    return formats;
}

const OutputFormat* find_output_format(std::string_view name) {
    const auto& all = output_formats();
    auto it = std::find_if(all.begin(), all.end(), [&](const OutputFormat& f) { return f.name == name; });
    return it == all.end() ? nullptr : &*it;
}

std::string render_report(std::string_view format, const RunReport& report, const RenderOptions& options) {
    RunInfo run;
    run.pack = report.pack;
    run.as_of = report.as_of;
    run.profile = report.profile;
    run.labels = report.labels;
    run.stage = report.stage;
    run.screen = report.screen;
    for (std::size_t i = 0; i < report.results.size(); ++i) run.ranked.push_back(summarize_result(report.results[i], i, *report.pack));
    if (report.sensitivity) run.stability = analyse_rank_stability(report.results, *report.pack, *report.sensitivity);
    auto writer = find_output_format(format)->make(options);
    std::string out;
    std::string appendix;
    writer->begin(run, out);
    while (writer->begin_more(out)) {
    }
    if (writer->needs_vendors())
        for (const auto& r : report.results) {
            writer->vendor(r, out);
            if (writer->has_appendix()) writer->vendor_appendix(r, appendix);
        }
    writer->after_vendors(out);
    out += appendix;
    writer->end(out);
    return out;
}

}  // namespace sbd
