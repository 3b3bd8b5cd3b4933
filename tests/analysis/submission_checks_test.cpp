#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "analysis/submission_checks.hpp"
#include "load/response_loader.hpp"
#include "support/test_support.hpp"

using namespace sbd;
using sbd::test::has_diagnostic;
using sbd::test::load_mini;
using sbd::test::mini_response;

namespace {

std::vector<Diagnostic> check(const std::string& answers) {
    auto r = load_mini(mini_response(answers));
    REQUIRE(r.value);
    return check_before_submission(test::mini_pack(), *r.value).diagnostics;
}

const char* complete =
    "  ACC-01: { value: yes, evidence: manual.pdf }\n"  // line 8
    "  ACC-02: fido2\n"
    "  ACC-03: [owner-approval]\n"
    "  ACC-04: Notes.\n"
    "  PAT-01: 10\n"
    "  PAT-02: { value: yes, evidence: [signing.pdf] }\n";

}  // namespace

TEST_CASE("a complete, evidenced response has nothing to check") { CHECK(check(complete).empty()); }

TEST_CASE("blank answers are each reported at their line, gates saying they fail") {
    auto d = check("  ACC-01:\n    value: ~\n    evidence: []\n  ACC-02: ~\n  ACC-03: n/a\n  ACC-04: ~\n  PAT-01: ~\n"
                   "  PAT-02: { value: yes, evidence: x.pdf }\n");
    CHECK(has_diagnostic(d, 9, 5, "ACC-01 (No default passwords) is not answered yet"));
    CHECK(has_diagnostic(d, 11, 3, "ACC-02 (Phishing-resistant MFA) is not answered yet"));
    CHECK(has_diagnostic(d, 14, 3, "PAT-01 (Critical patch delivery) is not answered yet"));
    REQUIRE(d.size() == 3);  // the text criterion ACC-04 is unscored; n/a is an answer
    CHECK(d[0].hint == "a must-have gate: unanswered, it fails the vendor; it needs yes");
    CHECK(d[2].hint == "an unanswered criterion scores 0");
    for (const auto& x : d) CHECK(x.severity == Severity::warning);
}

TEST_CASE("criteria missing from the file are listed in one warning") {
    auto d = check("  ACC-03: [session-log]\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].where.line == 7);  // the answers: line
    CHECK(d[0].message == "4 criteria are not answered (missing from answers): ACC-01, ACC-02, PAT-01, PAT-02");
    CHECK(d[0].hint == "each scores 0, and the must-have gates among them fail the vendor: ACC-01, ACC-02");
}

TEST_CASE("a positive answer without expected evidence is a warning, a gate one says 'unverified'") {
    auto d = check("  ACC-01: yes\n  ACC-02: pki\n  ACC-03: []\n  PAT-01: 3\n  PAT-02: partial\n");
    CHECK(has_diagnostic(d, 8, 11, "ACC-01 (No default passwords) is answered 'yes' without the evidence it expects"));
    CHECK(has_diagnostic(d, 12, 11, "PAT-02 (Signed updates) is answered 'partial' without the evidence it expects"));
    REQUIRE(d.size() == 2);
    CHECK(d[0].hint.find("only 'unverified'") != std::string::npos);
    CHECK(d[1].hint.find("earns 50% of its credit") != std::string::npos);
    // "no" is not a claim: no evidence is expected for it.
    CHECK(check("  ACC-01: yes\n  ACC-02: pki\n  ACC-03: []\n  PAT-01: 3\n  PAT-02: no\n").size() == 1);
}

TEST_CASE("an answer that fails a must-have gate is a warning naming what passes") {
    auto d = check("  ACC-01: { value: partial, evidence: x.pdf }\n  ACC-02: otp\n  ACC-03: []\n  PAT-01: 3\n  PAT-02: no\n");
    REQUIRE(d.size() == 2);
    CHECK(has_diagnostic(d, 8, 20, "ACC-01 (No default passwords) is a must-have gate and the answer 'partial' does not pass it"));
    CHECK(has_diagnostic(d, 9, 11, "ACC-02 (Phishing-resistant MFA) is a must-have gate and the answer 'otp' does not pass it"));
    CHECK(d[1].hint == "it needs fido2 or pki; if that is the true answer, the vendor fails");
}

// What `validate` does with one file (cli/validate_command.cpp): the loader's draft, checked.
std::vector<Diagnostic> validate_file(const std::filesystem::path& path) {
    auto draft = read_response_file(path, test::mini_pack());
    std::vector<Diagnostic> out = draft.diagnostics;
    if (draft.value) {
        auto checks = check_before_submission(test::mini_pack(), draft.value->response, draft.value->rejected);
        out.insert(out.end(), checks.diagnostics.begin(), checks.diagnostics.end());
        sort_in_file_order(out);
    }
    return out;
}

TEST_CASE("a draft with errors is still checked before submission, rejected answers left out") {
    namespace fs = std::filesystem;
    const fs::path path = fs::temp_directory_path() / "sbdscore_response_checks_test.yaml";
    {
        std::ofstream out(path);
        out << mini_response("  ACC-01: maybe\n  ACC-02: ~\n  PAT-01: 3\n");
    }
    auto d = validate_file(path);
    fs::remove(path);
    CHECK(has_errors(d));
    CHECK(has_diagnostic(d, 8, 11, "ACC-01 expects yes, partial or no"));
    CHECK(has_diagnostic(d, 9, 3, "ACC-02 (Phishing-resistant MFA) is not answered yet"));
    CHECK(has_diagnostic(d, 7, 1, "2 criteria are not answered (missing from answers): ACC-03, PAT-02"));  // at answers:
    CHECK(d.size() == 3);  // ACC-01, rejected with an error, is not also called unanswered
}

TEST_CASE("an unreadable file gives no draft, only the error") {
    auto d = validate_file(test::data_dir() + "/no-such-file.yaml");
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "cannot open the file");
}
