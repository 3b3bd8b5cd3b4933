// The JUnit XML report (docs/reports.md#junit): one <testsuite> per vendor, one <testcase> per
// condition of its verdict (each must-have gate, the pass threshold, each floor), so CI test
// dashboards show which vendor fails what. Validates against the Jenkins JUnit schema
// (tests/data/schemas/junit-10.xsd). The report agrees with the exit code: a case is a <failure>
// exactly when its problem fails the run under --fail-on (gate: failed or unanswered gates; review:
// also unverified gates, a score under the threshold, a floor missed; never: nothing); other
// problems, n/a and waived gates are <skipped> with the reason. An INVALID file -> a suite with one
// case holding an <error>.
#include "report/renderers.hpp"
#include "score/verdict_checks.hpp"
#include "util/escape.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

std::string x(const std::string& s) { return xml_escape(s); }

std::string attr(const char* name, const std::string& value) { return std::string(" ") + name + "=\"" + x(value) + "\""; }

struct Counts {
    std::size_t tests = 0, failures = 0, errors = 0, skipped = 0;
};

// Whether a check's test case fails: only what fails the run under --fail-on does, so the report
// agrees with the exit code; other problems are skipped cases that say why.
bool failure(const VerdictCheck& check, FailOn fail_on) { return fails_the_run(check.outcome, fail_on); }

Counts count(const std::vector<VerdictCheck>& checks, FailOn fail_on) {
    Counts c;
    for (const auto& check : checks) {
        ++c.tests;
        if (failure(check, fail_on)) ++c.failures;
        else if (check.outcome != VerdictCheck::Outcome::met) ++c.skipped;
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

// What a skipped case says: why it is not a pass, and why it does not fail the run.
std::string skipped_message(const VerdictCheck& check, FailOn fail_on) {
    switch (check.outcome) {
        case VerdictCheck::Outcome::fails: return "fails (--fail-on " + std::string(to_string(fail_on)) + "): " + check.message;
        case VerdictCheck::Outcome::reviews: return "review (--fail-on " + std::string(to_string(fail_on)) + "): " + check.message;
        case VerdictCheck::Outcome::not_applicable: return "n/a: " + check.message;
        case VerdictCheck::Outcome::waived: return "waived: " + check.message;
        case VerdictCheck::Outcome::met: break;
    }
    return check.message;
}

void vendor_suite(std::string& out, const VendorResult& r, const RunInfo& report, FailOn fail_on) {
    const std::string classname = r.vendor + "/" + r.product;
    const auto checks = verdict_checks(r, *report.pack);
    out += suite_open(r.vendor + " " + r.product, count(checks, fail_on), report, r.file);
    out += "    <properties>\n";
    property(out, "rank", std::to_string(r.rank));
    property(out, "verdict", to_string(r.verdict));
    if (r.scored) property(out, "score", format_fixed(r.score, 1));
    property(out, "version", r.version);
    property(out, "date", r.date);
    if (!report.profile.empty()) property(out, "profile", report.profile);
    if (!report.stage.empty()) property(out, "stage", report.stage);
    if (report.screen) property(out, "screening", "must-haves only, no score");
    out += "    </properties>\n";
    for (const auto& check : checks) {
        out += "    <testcase" + attr("classname", classname) + attr("name", check.name);
        if (check.outcome == VerdictCheck::Outcome::met) {
            out += "/>\n";
            continue;
        }
        const std::string where = format_location(check.where.in_file(r.file));
        if (failure(check, fail_on)) {
            out += ">\n      <failure" + attr("type", check.status) + attr("message", check.message) + ">" + x(where + ": " + check.message) +
                   "</failure>\n";
        } else {
            out += ">\n      <skipped" + attr("message", skipped_message(check, fail_on)) + "/>\n";
        }
        out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
}

void invalid_suite(std::string& out, const VendorResult& r, const RunInfo& report) {
    out += suite_open(r.file, {1, 0, 1, 0}, report, r.file);
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
    explicit JunitWriter(FailOn fail_on) : fail_on_(fail_on) {}

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
            total.tests += r.checks;
            if (fail_on_ != FailOn::never) total.failures += r.failing_checks;
            if (fail_on_ == FailOn::review) total.failures += r.reviewing_checks;
        }
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out += "<testsuites" + attr("name", "sbdscore " + run.pack->id + " " + run.pack->version) +
               attr("tests", std::to_string(total.tests)) + attr("failures", std::to_string(total.failures)) +
               attr("errors", std::to_string(total.errors)) + ">\n";
    }
    void vendor(const VendorResult& r, std::string& out) override {
        if (r.verdict == Verdict::invalid) invalid_suite(out, r, *run_);
        else vendor_suite(out, r, *run_, fail_on_);
    }
    void end(std::string& out) override { out += "</testsuites>\n"; }

private:
    FailOn fail_on_;
    const RunInfo* run_ = nullptr;
};

}  // namespace

std::unique_ptr<ReportWriter> make_junit_writer(const RenderOptions& options) { return std::make_unique<JunitWriter>(options.fail_on); }

}  // namespace sbd
