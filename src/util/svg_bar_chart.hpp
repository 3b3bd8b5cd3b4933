#pragma once
// A horizontal bar chart of 0-100 scores as inline SVG, for the HTML report: no script, no fonts
// or images to fetch, colours as attributes so it prints as shown.

#include <optional>
#include <string>
#include <vector>

namespace sbd {

struct ChartBar {
    std::string label;            // e.g. "CFG Configuration management"; untrusted text is fine
    std::optional<double> value;  // 0-100; empty: not applicable, drawn as "n/a"
};

struct BarChart {
    std::string id;     // unique in the page: prefixes the ids of <title> and <desc>
    std::string title;  // what the chart shows, for screen readers and tooltips
    std::vector<ChartBar> bars;
    std::optional<double> threshold;  // a dashed vertical line, e.g. the pass threshold
};

// The chart as an <svg role="img"> element labelled by its <title> and a <desc> that lists every
// value in words. Values are clamped to 0-100; a value that is not finite counts as n/a.
std::string svg_bar_chart(const BarChart& chart);

}  // namespace sbd
