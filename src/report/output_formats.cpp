// The registry of output formats: one line per format. A new format is a render_* function in its
// own report_*.cpp file plus one entry here.
#include <algorithm>

#include "report/output_formats.hpp"
#include "report/renderers.hpp"

namespace sbd {

namespace {

std::string table(const RunReport& r, const RenderOptions& o) { return render_table(r, o); }
std::string json(const RunReport& r, const RenderOptions&) { return render_json(r); }
std::string html(const RunReport& r, const RenderOptions&) { return render_html(r); }
std::string markdown(const RunReport& r, const RenderOptions&) { return render_markdown(r); }
std::string csv(const RunReport& r, const RenderOptions&) { return render_csv(r); }
std::string junit(const RunReport& r, const RenderOptions&) { return render_junit(r); }
std::string sarif(const RunReport& r, const RenderOptions&) { return render_sarif(r); }

}  // namespace

const std::vector<OutputFormat>& output_formats() {
    static const std::vector<OutputFormat> formats = {
        {"table", "ranked scorecard for the terminal", ".txt", table},
        {"json", "full scorecard, versioned schema (docs/json.md)", ".json", json},
        {"html", "self-contained report for people, no scripts (docs/reports.md)", ".html", html},
        {"markdown", "ranked table and per-vendor detail for wikis and pull requests", ".md", markdown},
        {"csv", "one row per vendor and priority or gate, for spreadsheets", ".csv", csv},
        {"junit", "JUnit XML, one test per vendor and gate, for CI test reports", ".xml", junit},
        {"sarif", "SARIF 2.1.0, gate failures and findings for code scanning", ".sarif", sarif},
    };
    return formats;
}

const OutputFormat* find_output_format(std::string_view name) {
    const auto& all = output_formats();
    auto it = std::find_if(all.begin(), all.end(), [&](const OutputFormat& f) { return f.name == name; });
    return it == all.end() ? nullptr : &*it;
}

}  // namespace sbd
