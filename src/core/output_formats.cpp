// The registry of output formats: one line per format. A new format is a render_* function in its
// own report_*.cpp file plus one entry here.
#include <algorithm>

#include "sbdscore/report.hpp"

namespace sbd {

namespace {

std::string table(const RunReport& r, const RenderOptions& o) { return render_table(r, {o.color}); }
std::string json(const RunReport& r, const RenderOptions&) { return render_json(r); }
std::string html(const RunReport& r, const RenderOptions&) { return render_html(r); }

}  // namespace

const std::vector<OutputFormat>& output_formats() {
    static const std::vector<OutputFormat> formats = {
        {"table", "ranked scorecard for the terminal", ".txt", table},
        {"json", "full scorecard, versioned schema (docs/json.md)", ".json", json},
        {"html", "self-contained report for people, no scripts (docs/reports.md)", ".html", html},
    };
    return formats;
}

const OutputFormat* find_output_format(std::string_view name) {
    const auto& all = output_formats();
    auto it = std::find_if(all.begin(), all.end(), [&](const OutputFormat& f) { return f.name == name; });
    return it == all.end() ? nullptr : &*it;
}

}  // namespace sbd
