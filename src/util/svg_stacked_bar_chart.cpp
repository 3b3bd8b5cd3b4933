#include "util/svg_stacked_bar_chart.hpp"

#include <algorithm>
#include <cmath>

#include "util/html_escape.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

// Geometry in SVG user units (= CSS pixels at 100 %), as svg_bar_chart.
constexpr double width = 740;
constexpr double label_right = 232;  // labels are right-aligned here
constexpr double plot_left = 240;    // x of 0 %
constexpr double plot_width = 460;   // x of 100 % is plot_left + plot_width
constexpr double legend_row = 20;
constexpr double legend_item = 76;   // legend entries per line: plot_width / legend_item
constexpr double row = 26;
constexpr double bar_height = 18;
constexpr double bottom = 26;             // room for the axis labels
constexpr double min_labelled = 30;       // a segment this wide carries its percentage
constexpr std::size_t max_label = 32;

std::string num(double v) { return format_fixed(v, 1); }

std::string percent(double share) {
    const double p = 100 * share;
    if (p > 0 && p < 0.5) return "<1%";
    if (p < 100 && p > 99.5) return ">99%";
    return format_fixed(p, 0) + "%";
}

double clamp_share(double v) { return std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.0; }

}  // namespace

std::string svg_stacked_bar_chart(const StackedBarChart& chart) {
    const std::string id = html_escape(chart.id);
    const std::size_t per_line = static_cast<std::size_t>(plot_width / legend_item);
    const std::size_t legend_lines = (chart.series.size() + per_line - 1) / per_line;
    const double top = 8 + legend_row * static_cast<double>(legend_lines) + 6;
    const double plot_bottom = top + row * static_cast<double>(chart.rows.size());
    const double height = plot_bottom + bottom;

    std::vector<std::string> described;
    for (const auto& r : chart.rows) {
        std::vector<std::string> parts;
        for (std::size_t s = 0; s < chart.series.size() && s < r.shares.size(); ++s)
            parts.push_back(strip_control(chart.series[s].name) + " " + format_fixed(100 * clamp_share(r.shares[s]), 1) + "%");
        described.push_back(strip_control(r.label) + ": " + join(parts, ", "));
    }

    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " + num(width) + " " +
                      num(height) + "\" width=\"" + num(width) + "\" height=\"" + num(height) + "\" aria-labelledby=\"" + id +
                      "-title " + id + "-desc\" font-family=\"sans-serif\" font-size=\"12\">\n";
    out += "<title id=\"" + id + "-title\">" + html_escape(chart.title) + "</title>\n";
    out += "<desc id=\"" + id + "-desc\">" + html_escape(join(described, "; ")) + "</desc>\n";

    // Legend: a swatch and the series name, in series order (the order of the segments).
    out += "<g>";
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const double x = plot_left + legend_item * static_cast<double>(s % per_line);
        const double y = 8 + legend_row * static_cast<double>(s / per_line);
        out += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"14\" height=\"14\" fill=\"" + html_escape(chart.series[s].fill) +
               "\" stroke=\"#1a1a1a\" stroke-width=\"1\"/><text x=\"" + num(x + 19) + "\" y=\"" + num(y + 11) + "\" fill=\"#222222\">" +
               html_escape(truncate_display(strip_control(chart.series[s].name), 14)) + "</text>";
    }
    out += "</g>\n";

    // Grid and axis labels every 25 %.
    out += "<g stroke=\"#d0d0d0\" stroke-width=\"1\">";
    for (int t = 0; t <= 100; t += 25) {
        const std::string x = num(plot_left + plot_width * t / 100.0);
        out += "<line x1=\"" + x + "\" y1=\"" + num(top) + "\" x2=\"" + x + "\" y2=\"" + num(plot_bottom) + "\"/>";
    }
    out += "</g>\n<g fill=\"#555555\" text-anchor=\"middle\">";
    for (int t = 0; t <= 100; t += 25)
        out += "<text x=\"" + num(plot_left + plot_width * t / 100.0) + "\" y=\"" + num(plot_bottom + 16) + "\">" + std::to_string(t) +
               "%</text>";
    out += "</g>\n";

    for (std::size_t i = 0; i < chart.rows.size(); ++i) {
        const StackedRow& r = chart.rows[i];
        const double y = top + row * static_cast<double>(i);
        const double bar_y = y + (row - bar_height) / 2;
        const double text_y = y + row / 2 + 4;
        double total = 0;
        for (double v : r.shares) total += clamp_share(v);
        const double scale = total > 1 ? 1 / total : 1;
        out += "<g><title>" + html_escape(described[i]) + "</title>";
        out += "<text x=\"" + num(label_right) + "\" y=\"" + num(text_y) + "\" text-anchor=\"end\" fill=\"#222222\">" +
               html_escape(truncate_display(strip_control(r.label), max_label)) + "</text>";
        double x = plot_left;
        for (std::size_t s = 0; s < chart.series.size() && s < r.shares.size(); ++s) {
            const double w = plot_width * clamp_share(r.shares[s]) * scale;
            if (w <= 0) continue;
            out += "<rect x=\"" + num(x) + "\" y=\"" + num(bar_y) + "\" width=\"" + num(w) + "\" height=\"" + num(bar_height) +
                   "\" fill=\"" + html_escape(chart.series[s].fill) + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>";
            if (w >= min_labelled)
                out += "<text x=\"" + num(x + w / 2) + "\" y=\"" + num(text_y) + "\" text-anchor=\"middle\" fill=\"" +
                       html_escape(chart.series[s].text) + "\">" + percent(clamp_share(r.shares[s])) + "</text>";
            x += w;
        }
        out += "<rect x=\"" + num(plot_left) + "\" y=\"" + num(bar_y) + "\" width=\"" + num(plot_width) + "\" height=\"" +
               num(bar_height) + "\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>";
        out += "</g>\n";
    }
    out += "</svg>\n";
    return out;
}

}  // namespace sbd
