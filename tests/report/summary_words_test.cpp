#include <catch2/catch.hpp>

#include "report/summary_words.hpp"
#include "score/verdict_checks.hpp"
#include "support/report_fixture.hpp"

using namespace sbd;

namespace {

RunInfo run_of(const RunReport& report) {
    RunInfo run;
    run.pack = report.pack;
    for (std::size_t i = 0; i < report.results.size(); ++i) run.ranked.push_back(summarize_result(report.results[i], i, *report.pack));
    return run;
}

ResultSummary with(Verdict verdict, int rank, const std::string& vendor) {
    ResultSummary s;
    s.verdict = verdict;
    s.rank = rank;
    s.vendor = vendor;
    s.product = "P";
    s.score = 80;
    return s;
}

}  // namespace

TEST_CASE("the recommendation is the ranked shortlist of PASS vendors") {
    RunInfo run = run_of(test::sample_run());
    CHECK(recommendation_text(run) == "Shortlist the vendor that meets every must-have and the pass threshold of 70: 1. Good Co (P1, 97.8). "
                                      "1 response file could not be read and was not scored.");
    run.ranked = {with(Verdict::pass, 1, "A"), with(Verdict::pass, 2, "B"), with(Verdict::review, 3, "C")};
    CHECK(recommendation_text(run) == "Shortlist the 2 vendors that meet every must-have and the pass threshold of 70, in rank order: "
                                      "1. A (P, 80.0); 2. B (P, 80.0). 1 more vendor needs an analyst's review before it could "
                                      "join the shortlist.");
}

TEST_CASE("the recommendation names at most ten vendors, and says so") {
    RunInfo run = run_of(test::sample_run());
    run.ranked.clear();
    for (int i = 1; i <= 12; ++i) run.ranked.push_back(with(Verdict::pass, i, "V" + std::to_string(i)));
    const std::string text = recommendation_text(run);
    CHECK(text.find("10. V10 (P, 80.0); and 2 more.") != std::string::npos);
    CHECK(text.find("V11") == std::string::npos);
}

TEST_CASE("without a PASS vendor, the recommendation says none is recommended, and why in one line") {
    RunInfo run = run_of(test::sample_run());
    run.ranked = {with(Verdict::review, 1, "A"), with(Verdict::fail, 2, "B"), with(Verdict::fail, 3, "C")};
    CHECK(recommendation_text(run) == "No vendor passes outright, so none is recommended as it stands: 1 vendor needs an analyst's "
                                      "review and 2 fail a must-have.");
    run.ranked = {with(Verdict::fail, 1, "B")};
    CHECK(recommendation_text(run) == "No vendor meets every must-have: none can be recommended.");
    run.ranked = {with(Verdict::invalid, 0, "")};
    CHECK(recommendation_text(run) == "No response could be scored: none can be recommended. 1 response file could not be read and "
                                      "was not scored.");
}

TEST_CASE("one line of why per vendor: its reasons, its waivers, or its errors") {
    const RunReport report = test::sample_run();
    const RunInfo run = run_of(report);
    const RulePack& pack = *report.pack;
    CHECK(summary_why(run.ranked[0], pack) == "Meets every must-have and the pass threshold.");
    CHECK(summary_why(run.ranked[1], pack) == "Must-have ACC-01 No default passwords: unverified; must-have ACC-02 Phishing-resistant MFA: "
                                              "fail; score 16.7 is below the pass threshold 70.");
    CHECK(summary_why(run.ranked[2], pack) == "Not scored: 1 error in the file.");
    ResultSummary waived = run.ranked[0];
    waived.gate_statuses[1] = GateStatus::waived;
    CHECK(summary_why(waived, pack) == "Meets every must-have and the pass threshold. Relies on a waiver (an approved exception) for "
                                       "must-have ACC-02 Phishing-resistant MFA.");
    RulePack floored = pack;
    floored.priorities[0].floor = 50;
    CHECK(summary_why(run.ranked[0], floored) == "Meets every must-have, every priority floor and the pass threshold.");
}
