// GitLab Code Quality (docs/reports.md#codequality): a JSON array of the problems of each vendor
// (ci_problems), which GitLab shows in merge requests on every tier. Severity: "blocker" for an
// INVALID file's errors, "critical" for what fails the run under --fail-on, "major" for a problem
// that makes a verdict REVIEW without failing the run, "minor" for other warnings, "info" for notes.
// The fingerprint is stable across runs, so GitLab can tell new problems from fixed ones.
#include "report/ci_problems.hpp"
#include "report/json_writer.hpp"
#include "report/renderers.hpp"

namespace sbd {

namespace {

const char* severity_of(const CiProblem& p) {
    if (p.rule == "invalid-response" && p.severity == CiProblem::Severity::fails_run) return "blocker";
    switch (p.severity) {
        case CiProblem::Severity::fails_run: return "critical";
        case CiProblem::Severity::review: return "major";
        case CiProblem::Severity::warning: return "minor";
        case CiProblem::Severity::note: return "info";
    }
    return "minor";
}

class CodeQualityWriter : public ReportWriter {
public:
    explicit CodeQualityWriter(FailOn fail_on) : fail_on_(fail_on) {}
    void begin(const RunInfo& run, std::string& out) override {
        run_ = &run;
        w_.retarget(out);
        w_.begin_array();
    }
    void vendor(const VendorResult& r, std::string& out) override {
        w_.retarget(out);
        for (const auto& p : ci_problems(r, *run_->pack, fail_on_)) {
            w_.begin_object()
                .field("description", located_message(p))
                .field("check_name", p.rule)
                .field("fingerprint", ci_fingerprint(r, p))
                .field("severity", severity_of(p));
            w_.key("location").begin_object().field("path", p.where.file);
            // Code Quality needs a line: a workbook's cell is named in the description instead.
            w_.key("lines").begin_object().field("begin", p.where.line > 0 && !p.where.is_cell() ? p.where.line : 1).end_object();
            w_.end_object().end_object();
        }
    }
    void end(std::string& out) override {
        w_.retarget(out);
        w_.end_array();
        w_.finish();
    }

private:
    FailOn fail_on_;
    const RunInfo* run_ = nullptr;
    std::string unused_;
    JsonWriter w_{unused_};
};

}  // namespace

std::unique_ptr<ReportWriter> make_codequality_writer(const RenderOptions& options) {
    return std::make_unique<CodeQualityWriter>(options.fail_on);
}

}  // namespace sbd
