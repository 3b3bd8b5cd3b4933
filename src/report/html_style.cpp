// The stylesheet of the HTML report. Light backgrounds with dark text, so it reads in colour and in
// black and white; print keeps the colours. Tables have fixed layouts with set column widths, so a
// column never shrinks below its words: a word that fits is never broken ("Configuratio|n"), and
// only what cannot fit (a hash, a long address) breaks where it must.
#include "report/html_style.hpp"

#include "util/html_escape.hpp"

namespace sbd {

const char* const html_font_stack =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", \"DejaVu Sans\", "
    "\"Noto Sans CJK JP\", \"Noto Sans CJK SC\", \"Noto Sans CJK KR\", \"Hiragino Sans\", \"Yu Gothic\", \"Microsoft YaHei\", "
    "\"Malgun Gothic\", \"Apple Color Emoji\", \"Segoe UI Emoji\", \"Noto Color Emoji\", sans-serif";

namespace {

using std::string;

const char* const screen_and_print = R"css(
:root { color-scheme: light; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
body { color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 1180px; padding: 1.5rem; line-height: 1.4; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
p { margin: .4rem 0; }
.marking { display: table; margin: 0 auto .8rem; padding: .1rem .8rem; border: 2px solid #1a1a1a; font-weight: 700;
           letter-spacing: .06em; text-align: center; }
.marking-end { margin: 1.2rem auto 0; }
.organisation { margin: 0 0 .2rem; font-size: 1.05rem; font-weight: 600; color: #333333; }
.subtitle { font-size: 1.1rem; margin: 0 0 .8rem; color: #333333; }
dl.meta { display: grid; grid-template-columns: max-content auto max-content auto; gap: .15rem 1rem; margin: .5rem 0 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
table.fixed { table-layout: fixed; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #eef1f5; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.num .wraps { white-space: normal; }
li { overflow-wrap: break-word; }
code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, "Noto Sans Mono CJK JP", monospace; font-size: .85em; }
code.id, .nowrap { white-space: nowrap; }
code.hash { word-break: break-all; }
ul.plain { margin: 0; padding-left: 1.1rem; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: .3rem; font-weight: 700;
         border: 1px solid currentColor; white-space: nowrap; }
.verdict-pass, .gate-pass { background: #d9f2de; color: #14532d; }
.verdict-review, .gate-unverified { background: #fff0c2; color: #6b4300; }
.verdict-fail, .gate-fail, .gate-unanswered { background: #fbd9d9; color: #8b1a1a; }
.verdict-invalid { background: #ecdcf7; color: #5b2380; }
.gate-na, .gate-later, .tag { background: #ececec; color: #444444; }
.gate-waived { background: #dde9fb; color: #1d4380; }
.sev-error { color: #8b1a1a; font-weight: 700; }
.sev-warning { color: #6b4300; font-weight: 700; }
.evidence-verified { color: #14532d; font-weight: 700; }
.evidence-invalid, .evidence-tampered, .evidence-missing { color: #8b1a1a; font-weight: 700; }
.sev-note { color: #444444; }
.muted { color: #5a5a5a; font-style: italic; }
.small { font-size: .85em; color: #444444; }
.chart { max-width: 100%; height: auto; }
.recommendation { border-left: 4px solid #1a1a1a; padding: .3rem .7rem; background: #f4f6f9; }
.counts .badge { margin-right: .3rem; }
td.why { font-size: .95em; }
.reasons { margin: .3rem 0 .8rem; padding: .4rem .7rem .4rem 1.6rem; background: #f4f6f9; border-left: 4px solid #1a1a1a; }
.reasons li { margin: .1rem 0; }
table.heatmap td.heat, table.gate-matrix td.mark { text-align: center; font-variant-numeric: tabular-nums; padding: .2rem 0; }
table.heatmap th.heat, table.gate-matrix th.mark { text-align: center; padding: .3rem 0; white-space: nowrap; font-size: .85em; }
td.heat { font-weight: 600; }
/* Scores from weak (dark) to strong (pale) in even steps of lightness (CIE L* about 25, 48, 69, 85, 95):
   one hue, so the order reads in grey print and for every kind of colour blindness; white text on the
   two darkest, dark text on the rest (contrast 4.8:1 or more). */
.heat-1 { background: #7f0000; color: #ffffff; }
.heat-2 { background: #d7301f; color: #ffffff; }
.heat-3 { background: #fc8d59; color: #1a1a1a; }
.heat-4 { background: #fdcc8a; color: #1a1a1a; }
.heat-5 { background: #fef0d9; color: #1a1a1a; }
.heat-na { background: #ffffff; color: #5a5a5a; font-weight: 400; }
td.below-floor { outline: 3px solid #1a1a1a; outline-offset: -3px; }
.legend { display: flex; flex-wrap: wrap; gap: .2rem .8rem; margin: -.5rem 0 .6rem; font-size: .85em; }
.legend span.key { display: inline-block; min-width: 2.2em; padding: 0 .3rem; text-align: center; border: 1px solid #c8c8c8; font-weight: 600; }
td.mark { position: relative; font-weight: 700; font-size: 1.1em; line-height: 1.15; }
ul.findings { margin: .2rem 0 .6rem; padding-left: 1.2rem; }
ul.findings li { margin: .15rem 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
section.vendor { margin-top: 2.5rem; }
section.vendor .chart { width: 640px; }
footer { margin-top: 2.5rem; border-top: 1px solid #c8c8c8; padding-top: .6rem; font-size: .85rem; color: #444444; break-inside: avoid; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; line-height: 1.3; }
  h1 { font-size: 17pt; }
  h2 { font-size: 13pt; margin-top: 0; }
  h3 { font-size: 10.5pt; margin-top: .9rem; }
  table { font-size: 8pt; margin-bottom: .6rem; }
  th, td { padding: .15rem .3rem; }
  section.comparison, section.stability, section.vendor, section.invalid, section.appendix { break-before: page; margin-top: 0; }
  h2, h3, h4 { break-after: avoid; }
  tr, .chart, .reasons, .recommendation, .legend { break-inside: avoid; }
  thead { display: table-header-group; }
  section.vendor .chart { width: 120mm; }
  section.comparison h3 { margin-top: .5rem; }
  section.comparison table { margin-bottom: .4rem; }
  section.comparison p.small { margin: .2rem 0 .4rem; }
  table.heatmap td, table.gate-matrix td { padding-top: .1rem; padding-bottom: .1rem; }
  a { color: inherit; }
  abbr { text-decoration: none; }
  a[href^="#"] { text-decoration: none; }  /* links within the page; every other link shows its address as its text */
}
)css";

string paper_size(PaperSize paper) { return paper == PaperSize::letter ? "letter" : "A4"; }

// One page-margin box (CSS Paged Media), or nothing when it would be empty.
string margin_box(const char* box, const string& text, const char* style) {
    if (text.empty()) return "";
    return string("  @") + box + " { content: " + css_string(text) + "; " + style + " }\n";
}

}  // namespace

string html_stylesheet(const RunInfo& run, const string& title, PaperSize paper) {
    string out = screen_and_print;
    out += string("body { font-family: ") + html_font_stack + "; }\n";
    // Printed pages: the classification at the top and bottom of every page, the organisation and
    // run date above, the title and "page 3 of 12" below. Browsers without page-margin boxes
    // (Firefox, Safari in 2025) leave the margins blank; the marking is also at the report's start and end.
    const char* small = "font-size: 7.5pt; color: #444444;";
    const char* marking = "font-size: 9pt; font-weight: 700; letter-spacing: .06em;";
    out += "@page {\n  size: " + paper_size(paper) + ";\n  margin: 16mm 14mm 16mm 14mm;\n";
    out += string("  font-family: ") + html_font_stack + ";\n";
    out += margin_box("top-left", run.labels.organisation, small);
    out += margin_box("top-center", run.labels.classification, marking);
    out += margin_box("top-right", run.as_of.empty() ? "" : "Run date " + run.as_of, small);
    out += margin_box("bottom-left", title, small);
    out += margin_box("bottom-center", run.labels.classification, marking);
    out += string("  @bottom-right { content: \"page \" counter(page) \" of \" counter(pages); ") + small + " }\n";
    return out + "}\n";
}

}  // namespace sbd
