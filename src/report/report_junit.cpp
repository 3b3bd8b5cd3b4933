// The JUnit XML report (docs/reports.md#junit): one <testsuite> per vendor, one <testcase> per
// must-have gate, so CI test dashboards show which vendor fails which gate. Validates against the
// Jenkins JUnit schema (tests/data/schemas/junit-10.xsd).
//   fail, unanswered -> <failure>;  n/a -> <skipped>;  unverified -> <skipped> (claimed without
//   evidence: not verifiable, a REVIEW, not a FAIL);  pass, waived -> passing case (waived with a
//   <system-out> note).  An INVALID file -> a suite with one case holding an <error>.
#include "util/escape.hpp"
#include "report/renderers.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

std::string x(const std::string& s) { return xml_escape(s); }

std::string attr(const char* name, const std::string& value) { return std::string(" ") + name + "=\"" + x(value) + "\""; }

struct Counts {
    std::size_t tests = 0, failures = 0, errors = 0, skipped = 0;
};

Counts count(const VendorResult& r) {
    Counts c;
    if (r.verdict == Verdict::invalid) {
        c.tests = 1;
        c.errors = 1;
        return c;
    }
    for (const auto& g : r.gates) {
        ++c.tests;
        if (gate_blocks(g.status)) ++c.failures;
        if (g.status == GateStatus::not_applicable || g.status == GateStatus::unverified) ++c.skipped;
    }
    return c;
}

std::string suite_open(const std::string& name, const Counts& c, const RunInfo& report, const std::string& file) {
    std::string out = "  <testsuite" + attr("name", name) + attr("tests", std::to_string(c.tests)) +
                      attr("failures", std::to_string(c.failures)) + attr("errors", std::to_string(c.errors)) +
                      attr("skipped", std::to_string(c.skipped));
    if (!report.as_of.empty()) out += attr("timestamp", report.as_of + "T00:00:00");
    return out + attr("file", file) + ">\n";
}

void property(std::string& out, const char* name, const std::string& value) {
    out += "      <property" + attr("name", name) + attr("value", value) + "/>\n";
}

void vendor_suite(std::string& out, const VendorResult& r, const RunInfo& report) {
    const std::string classname = r.vendor + "/" + r.product;
    out += suite_open(r.vendor + " " + r.product, count(r), report, r.file);
    out += "    <properties>\n";
    property(out, "rank", std::to_string(r.rank));
    property(out, "verdict", to_string(r.verdict));
    property(out, "score", format_fixed(r.score, 1));
    property(out, "version", r.version);
    property(out, "date", r.date);
    if (!report.profile.empty()) property(out, "profile", report.profile);
    out += "    </properties>\n";
    for (const auto& g : r.gates) {
        out += "    <testcase" + attr("classname", classname) + attr("name", g.criterion->id + " " + g.criterion->title);
        const std::string where = format_location({r.file, g.where.line, g.where.column});
        switch (g.status) {
            case GateStatus::pass: out += "/>\n"; continue;
            case GateStatus::fail:
            case GateStatus::unanswered:
                out += ">\n      <failure" + attr("type", to_string(g.status)) + attr("message", g.reason) + ">" + x(where + ": " + g.reason) +
                       "</failure>\n";
                break;
            case GateStatus::unverified:
            case GateStatus::not_applicable:
                out += ">\n      <skipped" + attr("message", std::string(to_string(g.status)) + ": " + g.reason) + "/>\n";
                break;
            case GateStatus::waived:
                out += ">\n      <system-out>" + x("waived: " + g.reason) + "</system-out>\n";
                break;
        }
        out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
}

void invalid_suite(std::string& out, const VendorResult& r, const RunInfo& report) {
    out += suite_open(r.file, count(r), report, r.file);
    std::size_t errors = 0;
    std::string details;
    for (const auto& d : r.diagnostics) {
        errors += d.severity == Severity::error;
        details += x(format_diagnostic(d)) + "\n";
    }
    out += "    <testcase" + attr("classname", r.file) + attr("name", "response file is valid") + ">\n";
    out += "      <error" + attr("type", "invalid") +
           attr("message", std::to_string(errors) + (errors == 1 ? " error" : " errors") + " in " + r.file) + ">" + details +
           "</error>\n";
    out += "    </testcase>\n  </testsuite>\n";
}

class JunitWriter : public ReportWriter {
public:
    void begin(const RunInfo& run, std::string& out) override {
        run_ = &run;
        // The totals open the document: counted from the summaries, as count() would.
        Counts total;
        for (const auto& r : run.ranked) {
            if (r.verdict == Verdict::invalid) {
                total.tests += 1;
                total.errors += 1;
                continue;
            }
            total.tests += r.gate_count;
            total.failures += r.blocking_gates;
        }
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out += "<testsuites" + attr("name", "sbdscore " + run.pack->id + " " + run.pack->version) +
               attr("tests", std::to_string(total.tests)) + attr("failures", std::to_string(total.failures)) +
               attr("errors", std::to_string(total.errors)) + ">\n";
    }
    void vendor(const VendorResult& r, std::string& out) override {
        if (r.verdict == Verdict::invalid) invalid_suite(out, r, *run_);
        else vendor_suite(out, r, *run_);
    }
    void end(std::string& out) override { out += "</testsuites>\n"; }

private:
    const RunInfo* run_ = nullptr;
};

}  // namespace

std::unique_ptr<ReportWriter> make_junit_writer(const RenderOptions&) { return std::make_unique<JunitWriter>(); }

}  // namespace sbd
