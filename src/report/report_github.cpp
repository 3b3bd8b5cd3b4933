// GitHub Actions annotations (docs/reports.md#github): one workflow command per problem of each
// vendor (ci_problems), shown on the response's line in pull requests and the run's summary.
// ::error for what fails the run under --fail-on, ::warning for other problems, ::notice for notes
// and waived gates. Vendor text cannot start a command of its own: line breaks are %-escaped.
#include "report/ci_problems.hpp"
#include "report/renderers.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

// A workflow command's message: %, CR and LF escaped (GitHub's rules), control characters dropped.
std::string command_data(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else out += c;
    }
    return out;
}

// A property value (file=, title=): also : and , escaped, which would end the property.
std::string command_property(std::string_view text) {
    std::string out;
    for (char c : command_data(strip_control(text))) {
        if (c == ':') out += "%3A";
        else if (c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

const char* command_of(CiProblem::Severity s) {
    switch (s) {
        case CiProblem::Severity::fails_run: return "error";
        case CiProblem::Severity::review:
        case CiProblem::Severity::warning: return "warning";
        case CiProblem::Severity::note: return "notice";
    }
    return "warning";
}

class GithubWriter : public ReportWriter {
public:
    explicit GithubWriter(FailOn fail_on) : fail_on_(fail_on) {}
    void begin(const RunInfo& run, std::string&) override { run_ = &run; }
    void vendor(const VendorResult& r, std::string& out) override {
        for (const auto& p : ci_problems(r, *run_->pack, fail_on_)) {
            out += "::" + std::string(command_of(p.severity)) + " file=" + command_property(p.where.file);
            if (p.where.line > 0 && !p.where.is_cell()) out += ",line=" + std::to_string(p.where.line);
            if (p.where.column > 0 && !p.where.is_cell()) out += ",col=" + std::to_string(p.where.column);
            const std::string who = r.verdict == Verdict::invalid ? r.file : vendor_label(r);
            out += ",title=" + command_property(clip_text(who, shown::name) + ": " + p.title);
            out += "::" + command_data(strip_control(located_message(p))) + "\n";
        }
    }
    void end(std::string&) override {}

private:
    FailOn fail_on_;
    const RunInfo* run_ = nullptr;
};

}  // namespace

std::unique_ptr<ReportWriter> make_github_writer(const RenderOptions& options) { return std::make_unique<GithubWriter>(options.fail_on); }

}  // namespace sbd
