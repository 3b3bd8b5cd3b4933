#pragma once
// Horizontal stacked bars of shares (one bar per row, segments adding up to 100 %) as inline SVG,
// for the HTML report: no script, nothing to fetch, colours as attributes. Readable in grey print:
// segments keep their series order left to right, the series' fills go from dark to light, each bar
// has an outline, and a segment wide enough carries its percentage as text.

#include <string>
#include <vector>

namespace sbd {

struct StackedSeries {
    std::string name;  // legend text, e.g. "rank 1"
    std::string fill;  // e.g. "#08306b"
    std::string text;  // colour of a percentage on this fill, e.g. "#ffffff"
};

struct StackedRow {
    std::string label;          // e.g. a vendor name; untrusted text is fine
    std::vector<double> shares;  // 0-1, one per series; clamped, and drawn scaled if they add to more than 1
};

struct StackedBarChart {
    std::string id;     // unique in the page: prefixes the ids of <title> and <desc>
    std::string title;  // what the chart shows, for screen readers and tooltips
    std::vector<StackedSeries> series;
    std::vector<StackedRow> rows;
};

// The chart as an <svg role="img"> labelled by its <title> and a <desc> that lists every share in
// words; a legend of the series above the bars and an axis of 0-100 % below.
std::string svg_stacked_bar_chart(const StackedBarChart& chart);

}  // namespace sbd
