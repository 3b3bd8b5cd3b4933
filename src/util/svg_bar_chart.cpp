#include "util/svg_bar_chart.hpp"

#include <algorithm>
#include <cmath>

#include "util/html_escape.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

// Geometry in SVG user units (= CSS pixels at 100 %).
constexpr double width = 740;
constexpr double label_right = 292;  // labels are right-aligned here
constexpr double plot_left = 300;    // x of score 0
constexpr double plot_width = 360;   // x of score 100 is plot_left + plot_width
constexpr double top = 26;           // room for the threshold caption
constexpr double row = 24;
constexpr double bar_height = 16;
constexpr double bottom = 26;  // room for the axis labels
constexpr std::size_t max_label = 40;

const char* const bar_fill = "#2f6db5";
const char* const low_fill = "#d9822b";  // below the threshold: a second cue besides the line

std::string num(double v) { return format_fixed(v, 1); }
std::string score_text(double v) { return format_fixed(v, 1); }
double x_of(double score) { return plot_left + plot_width * score / 100.0; }

std::optional<double> clamped(std::optional<double> v) {
    if (!v || !std::isfinite(*v)) return std::nullopt;
    return std::clamp(*v, 0.0, 100.0);
}

}  // namespace

std::string svg_bar_chart(const BarChart& chart) {
    const std::string id = html_escape(chart.id);
    const double height = top + row * static_cast<double>(chart.bars.size()) + bottom;
    const double plot_bottom = top + row * static_cast<double>(chart.bars.size());
    std::optional<double> threshold = clamped(chart.threshold);

    std::vector<std::string> described;
    for (const auto& bar : chart.bars) {
        auto v = clamped(bar.value);
        described.push_back(strip_control(bar.label) + ": " + (v ? score_text(*v) : "n/a"));
    }
    std::string desc = join(described, "; ");
    if (threshold) desc += "; pass threshold " + score_text(*threshold);

    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " +
                      num(width) + " " + num(height) + "\" width=\"" + num(width) + "\" height=\"" + num(height) +
                      "\" aria-labelledby=\"" + id + "-title " + id + "-desc\" font-family=\"sans-serif\" font-size=\"12\">\n";
    out += "<title id=\"" + id + "-title\">" + html_escape(chart.title) + "</title>\n";
    out += "<desc id=\"" + id + "-desc\">" + html_escape(desc) + "</desc>\n";

    // Grid and axis labels every 25 points.
    out += "<g stroke=\"#d0d0d0\" stroke-width=\"1\">";
    for (int t = 0; t <= 100; t += 25)
        out += "<line x1=\"" + num(x_of(t)) + "\" y1=\"" + num(top) + "\" x2=\"" + num(x_of(t)) + "\" y2=\"" +
               num(plot_bottom) + "\"/>";
    out += "</g>\n<g fill=\"#555555\" text-anchor=\"middle\">";
    for (int t = 0; t <= 100; t += 25)
        out += "<text x=\"" + num(x_of(t)) + "\" y=\"" + num(plot_bottom + 16) + "\">" + std::to_string(t) + "</text>";
    out += "</g>\n";

    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& bar = chart.bars[i];
        auto v = clamped(bar.value);
        const double y = top + row * static_cast<double>(i);
        const double text_y = y + row / 2 + 4;
        std::string label = strip_control(bar.label);
        out += "<g><title>" + html_escape(described[i]) + "</title>";
        out += "<text x=\"" + num(label_right) + "\" y=\"" + num(text_y) + "\" text-anchor=\"end\" fill=\"#222222\">" +
               html_escape(truncate_display(label, max_label)) + "</text>";
        if (v) {
            const bool low = threshold && *v < *threshold;
            out += "<rect x=\"" + num(plot_left) + "\" y=\"" + num(y + (row - bar_height) / 2) + "\" width=\"" +
                   num(x_of(*v) - plot_left) + "\" height=\"" + num(bar_height) + "\" fill=\"" +
                   (low ? low_fill : bar_fill) + "\"/>";
            out += "<text x=\"" + num(x_of(*v) + 6) + "\" y=\"" + num(text_y) + "\" fill=\"#222222\">" + score_text(*v) +
                   "</text>";
        } else {
            out += "<text x=\"" + num(plot_left + 6) + "\" y=\"" + num(text_y) +
                   "\" fill=\"#666666\" font-style=\"italic\">n/a</text>";
        }
        out += "</g>\n";
    }

    if (threshold) {
        const std::string x = num(x_of(*threshold));
        out += "<line x1=\"" + x + "\" y1=\"" + num(top - 6) + "\" x2=\"" + x + "\" y2=\"" + num(plot_bottom) +
               "\" stroke=\"#b00020\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>";
        out += "<text x=\"" + x + "\" y=\"" + num(top - 10) + "\" text-anchor=\"middle\" fill=\"#b00020\">pass " +
               score_text(*threshold) + "</text>\n";
    }
    out += "</svg>\n";
    return out;
}

}  // namespace sbd
