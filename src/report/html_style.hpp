#pragma once
// The HTML report's stylesheet: the page on screen, and printed (A4 or Letter, page numbers and the
// classification marking in every page's margins, where each section starts a page).

#include <string>

#include "report/run_report.hpp"

namespace sbd {

// The report's family of fonts: the usual system fonts, then fonts with Chinese, Japanese and
// Korean glyphs and colour emoji, so vendor names in any script render rather than show boxes.
extern const char* const html_font_stack;

// The whole stylesheet, for a <style> element. `title` is the report's title as the page shows it;
// it, the organisation, the classification and the run date go into the printed pages' margins as
// CSS strings (css_string), so no label can end the stylesheet.
std::string html_stylesheet(const RunInfo& run, const std::string& title, PaperSize paper);

}  // namespace sbd
