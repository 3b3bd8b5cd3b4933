#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "load/response_loader.hpp"
#include "support/test_support.hpp"

using namespace sbd;
using sbd::test::has_diagnostic;
using sbd::test::load_mini;
using sbd::test::mini_response;

TEST_CASE("a complete response loads, in short and full answer forms") {
    auto r = load_mini(mini_response(
        "  ACC-01:\n"
        "    value: yes\n"
        "    evidence: [docs/a.pdf, https://x.example/b]\n"
        "    comment: Unique per device.\n"
        "  ACC-02: fido2\n"
        "  ACC-03: [owner-approval, kill-switch]\n"
        "  ACC-04: RBAC with four roles.\n"
        "  PAT-01: { value: 14, evidence: https://x.example/sla }\n"
        "  PAT-02: PARTIAL\n"));
    for (const auto& d : r.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(r.value);
    const VendorResponse& v = *r.value;
    CHECK(v.vendor == "Acme");
    CHECK(v.version == "1.0");
    CHECK(v.sha256.size() == 64);
    REQUIRE(v.answers.size() == 6);
    const Answer& a = v.answers.at("ACC-01");
    CHECK(a.value == "yes");
    CHECK(a.evidence == std::vector<std::string>{"docs/a.pdf", "https://x.example/b"});
    CHECK(a.comment == "Unique per device.");
    CHECK(a.where.line == 9);
    CHECK(a.where.column == 12);
    CHECK(v.answers.at("ACC-03").choices == std::vector<std::string>{"owner-approval", "kill-switch"});
    CHECK(v.answers.at("PAT-01").number == 14);
    CHECK(v.answers.at("PAT-01").evidence == std::vector<std::string>{"https://x.example/sla"});
    CHECK(v.answers.at("PAT-01").display == "14 days");
    CHECK(v.answers.at("PAT-02").value == "partial");
}

TEST_CASE("every problem of a file is reported with its line and column") {
    auto r = load_mini(
        "format: 1\n"
        "pack: mini\n"
        "vendor: [Acme]\n"
        "product: P1\n"
        "version: \"1.0\"\n"
        "date: 2026-02-30\n"
        "answers:\n"
        "  ACC-1: yes\n"
        "  ACC-02: fido3\n"
        "  ACC-02: pki\n"
        "  PAT-01: -3\n"
        "  PAT-02: true\n"
        "  ACC-01: n/a\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 3, 9, "vendor must be text, not a list"));
    CHECK(has_diagnostic(r.diagnostics, 6, 7, "not a calendar date"));
    CHECK(has_diagnostic(r.diagnostics, 8, 3, "unknown criterion 'ACC-1'"));
    CHECK(has_diagnostic(r.diagnostics, 9, 11, "'fido3' is not an option of ACC-02"));
    CHECK(has_diagnostic(r.diagnostics, 10, 3, "duplicate key 'ACC-02'"));
    CHECK(has_diagnostic(r.diagnostics, 11, 11, "PAT-01 must be at least 0 days"));
    CHECK(has_diagnostic(r.diagnostics, 12, 11, "PAT-02 expects yes, partial or no"));
    CHECK(has_diagnostic(r.diagnostics, 13, 11, "ACC-01 cannot be answered n/a"));
    // Hints say how to fix it.
    bool suggested = false;
    for (const auto& d : r.diagnostics) suggested = suggested || d.hint == "did you mean 'ACC-01'?";
    CHECK(suggested);
    // Reported top to bottom.
    for (std::size_t i = 1; i < r.diagnostics.size(); ++i) CHECK(r.diagnostics[i - 1].where.line <= r.diagnostics[i].where.line);
}

TEST_CASE("missing and unknown top-level keys") {
    auto r = load_mini("format: 1\npack: mini\nvendr: Acme\nproduct: P\nversion: x\ndate: 2026-01-01\nanswers: {}\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 3, 1, "unknown key 'vendr'"));
    CHECK(has_diagnostic(r.diagnostics, 1, 1, "missing required key 'vendor'"));
    bool suggested = false;
    for (const auto& d : r.diagnostics) suggested = suggested || d.hint == "did you mean 'vendor'?";
    CHECK(suggested);
}

TEST_CASE("a response to another pack is refused") {
    auto r = load_mini("format: 1\npack: other\nvendor: A\nproduct: P\nversion: x\ndate: 2026-01-01\nanswers: {}\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 2, 7, "answers pack 'other'"));
}

TEST_CASE("another major pack version is a warning, not an error") {
    auto r = load_mini("format: 1\npack: mini\npack_version: 1.4.0\nvendor: A\nproduct: P\nversion: x\ndate: 2024-02-29\nanswers: {}\n");
    REQUIRE(r.value);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::warning);
}

TEST_CASE("multi answers: unknown and repeated options, wrong shape") {
    auto r = load_mini(mini_response("  ACC-03: [kill-switch, kill-switch, kil-switch]\n"));
    CHECK(has_diagnostic(r.diagnostics, 8, 25, "'kill-switch' is chosen twice"));
    CHECK(has_diagnostic(r.diagnostics, 8, 38, "'kil-switch' is not an option"));
    auto s = load_mini(mini_response("  ACC-03: kill-switch\n"));
    CHECK(has_diagnostic(s.diagnostics, 8, 11, "expects a list of options"));
}

TEST_CASE("empty evidence is an error") {
    auto r = load_mini(mini_response("  ACC-02: { value: pki, evidence: [\"\"] }\n"));
    CHECK(has_diagnostic(r.diagnostics, 8, 36, "empty evidence entry"));  // located at the entry itself
}

TEST_CASE("an empty answer is a criterion not answered yet, not an error") {
    auto r = load_mini(mini_response("  ACC-01:\n  ACC-02: ~\n  PAT-02:\n    value: ~\n    evidence: []\n  PAT-01: 3\n"));
    REQUIRE(r.value);
    CHECK(r.diagnostics.empty());
    CHECK(r.value->answers.size() == 1);
    REQUIRE(r.value->blank_answers.size() == 3);
    CHECK(r.value->blank_answers.at("ACC-01").line == 8);
    CHECK(r.value->blank_answers.at("ACC-01").column == 3);
    CHECK(r.value->blank_answers.at("ACC-02").line == 9);
    CHECK(r.value->blank_answers.at("PAT-02").line == 11);
    CHECK(r.value->blank_answers.at("PAT-02").column == 5);
}

TEST_CASE("template placeholders left in the header are errors") {
    auto r = load_mini("format: 1\npack: mini\nvendor: \"<vendor name>\"\nproduct: <product name>\n"
                       "version: \"<product version>\"\ndate: \"<YYYY-MM-DD>\"\nanswers: {}\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 3, 9, "vendor is still the template placeholder '<vendor name>'"));
    CHECK(has_diagnostic(r.diagnostics, 4, 10, "product is still the template placeholder"));
    CHECK(has_diagnostic(r.diagnostics, 5, 10, "version is still the template placeholder"));
    CHECK(has_diagnostic(r.diagnostics, 6, 7, "date is still the template placeholder"));
    CHECK(r.diagnostics.size() == 4);
}

TEST_CASE("hostile YAML gives located errors, never a crash or hang") {
    SECTION("syntax error") {
        auto r = load_mini("format: 1\nvendor: [a, b\nproduct: x\n");
        CHECK_FALSE(r.value);
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(has_diagnostic(r.diagnostics, 3, 8, "YAML syntax error: end of sequence flow not found"));
    }
    SECTION("a lone comma, which makes yaml-cpp's LoadAll loop forever") {
        auto r = load_mini(",");
        CHECK(has_diagnostic(r.diagnostics, 1, 1, "YAML syntax error"));
    }
    SECTION("nesting deeper than 500 levels") {
        auto r = load_mini(std::string(600, '[') + std::string(600, ']'));
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics[0].message == "nesting deeper than 500 levels");
    }
    SECTION("an alias cycle") {
        auto r = load_mini(mini_response("  ACC-03: &a [*a]\n"));
        CHECK_FALSE(r.value);
    }
    SECTION("alias expansion (billion laughs) is refused where it crosses the limit") {
        std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'k'; ++c)
            text += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) +
                    ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
        auto r = load_mini(text);
        CHECK_FALSE(r.value);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].message.find("aliases expand this file past") == 0);
        CHECK(r.diagnostics[0].where.line > 1);  // at the alias that crossed the limit
    }
    SECTION("bytes that are not UTF-8") {
        auto r = load_mini(mini_response("  ACC-04: caf\xE9\n"));
        CHECK(has_diagnostic(r.diagnostics, 8, 14, "not UTF-8"));
    }
    SECTION("a second document") {
        auto r = load_mini(mini_response("  ACC-02: pki\n") + "---\nformat: 1\n");
        CHECK(has_diagnostic(r.diagnostics, 9, 1, "more than one YAML document"));
    }
    SECTION("a file that is not a map") {
        auto r = load_mini("- just\n- a list\n");
        CHECK(has_diagnostic(r.diagnostics, 1, 1, "not a questionnaire response"));
    }
    SECTION("an empty file") {
        auto r = load_mini("");
        CHECK_FALSE(r.value);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].message.find("not a questionnaire response") == 0);
    }
    SECTION("a file over the size limit") {
        auto r = load_mini(mini_response("") + "# " + std::string(5 * 1024 * 1024, 'x') + "\n");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].message.find("larger than 4 MiB") != std::string::npos);
    }
    SECTION("non-string keys") {
        auto r = load_mini("? [a, b]\n: 1\n");
        CHECK(has_diagnostic(r.diagnostics, 1, 3, "must be plain names"));
    }
}

TEST_CASE("load_response_file names files it cannot read") {
    auto missing = load_response_file("/nonexistent/response.yaml", test::mini_pack());
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].where.file == "/nonexistent/response.yaml");
    CHECK(missing.diagnostics[0].hint == "no such file");
    auto folder = load_response_file(test::data_dir(), test::mini_pack());
    REQUIRE(folder.diagnostics.size() == 1);
    CHECK(folder.diagnostics[0].message.find("folder") != std::string::npos);
}

TEST_CASE("an option far from every choice is answered with the choices, each quoted") {
    auto r = load_mini(mini_response("  ACC-02: zzzzzzzz\n"));
    CHECK_FALSE(r.value);
    REQUIRE(has_diagnostic(r.diagnostics, 8, 11, "'zzzzzzzz' is not an option of ACC-02"));
    bool listed = false;
    for (const auto& d : r.diagnostics) listed = listed || d.hint == "choose one of: 'fido2', 'pki', 'otp', 'none'";
    CHECK(listed);
}

TEST_CASE("a date in another common form gets the YYYY-MM-DD spelling as a hint") {
    std::string text = mini_response("  ACC-02: pki\n");
    text.replace(text.find("2026-02-28"), 10, "30/09/2026");
    auto r = load_mini(text);
    REQUIRE(has_diagnostic(r.diagnostics, 6, 7, "date '30/09/2026' is not a calendar date in the form YYYY-MM-DD"));
    bool hinted = false;
    for (const auto& d : r.diagnostics) hinted = hinted || d.hint == "write it as 2026-09-30";
    CHECK(hinted);
}

TEST_CASE("a file reports at most 100 problems, then how many more") {
    std::string options;
    for (int i = 0; i < 500; ++i) options += (i ? ", " : "") + std::string("bogus-") + std::to_string(i);
    auto r = load_mini(mini_response("  ACC-03: [" + options + "]\n"));
    CHECK_FALSE(r.value);
    REQUIRE(r.diagnostics.size() == 101);
    CHECK(r.diagnostics.back().message == "and 400 more problems in this file, not listed");
    CHECK(r.diagnostics.back().severity == Severity::error);
}

TEST_CASE("a response to another pack is one error, with a hint that names how to score it") {
    auto r = load_mini("format: 1\npack: sbd-ot\nvendor: A\nproduct: P\nversion: x\ndate: 2026-01-01\nanswers: { AUT-01: fido2 }\n");
    CHECK_FALSE(r.value);
    REQUIRE(r.diagnostics.size() == 1);  // its answers are not checked against a pack they do not answer
    CHECK(r.diagnostics[0].hint.find("score it with --pack sbd-ot") == 0);
    CHECK(r.diagnostics[0].hint.find("make mini extend it (extends: sbd-ot") != std::string::npos);  // mini is a folder pack
}

TEST_CASE("an extension accepts responses for its base; answers to removed criteria are ignored with a note") {
    // The fixture extension of the mini pack, and a copy of it that removes ACC-04.
    auto ext = load_pack_directory(test::data_dir() + "/packs/mini-ext");
    REQUIRE(ext.value);
    RulePack removing = *ext.value;
    removing.removed["ACC-04"] = RemovedCriterion{"mini-ext", {"mini"}, {"e/pack.yaml", 9, 5}};
    for (auto& p : removing.priorities)
        p.criteria.erase(std::remove_if(p.criteria.begin(), p.criteria.end(), [](const Criterion& c) { return c.id == "ACC-04"; }),
                         p.criteria.end());
    const std::string answers = "  ACC-01: yes\n  ACC-04: Role-based access.\n";
    auto base_response = load_response_text("r.yaml", test::mini_response(answers), removing);
    REQUIRE(base_response.value);
    CHECK(has_diagnostic(base_response.diagnostics, 9, 3, "answer to ACC-04 ignored: pack mini-ext removes it from mini"));
    CHECK(base_response.diagnostics[0].severity == Severity::note);
    CHECK_FALSE(base_response.value->answers.count("ACC-04"));
    // A response written for the extension itself has no such question: an error.
    std::string own = test::mini_response(answers);
    own.replace(own.find("pack: mini"), 10, "pack: mini-ext");
    auto own_response = load_response_text("r.yaml", own, removing);
    CHECK_FALSE(own_response.value);
    CHECK(has_diagnostic(own_response.diagnostics, 9, 3, "unknown criterion 'ACC-04' in pack mini-ext"));
}

TEST_CASE("a response's product category is one of the pack's") {
    auto ok = test::load_staged(test::staged_response("category: cloud\n", "  ACC-01: yes\n"));
    REQUIRE(ok.value);
    CHECK(ok.value->category == "cloud");
    CHECK(ok.value->category_where.line == 7);
    auto typo = test::load_staged(test::staged_response("category: clowd\n", "  ACC-01: yes\n"));
    CHECK(has_diagnostic(typo.diagnostics, 7, 11, "'clowd' is not a product category of pack staged"));
    CHECK(typo.diagnostics[0].hint == "did you mean 'cloud'?");
    auto none = load_mini(test::mini_response("  ACC-01: yes\n").insert(0, "category: cloud\n"));
    CHECK(has_diagnostic(none.diagnostics, 1, 11, "pack mini declares no product categories"));
}

TEST_CASE("the pack a response file names is read without the rest of the file") {
    namespace fs = std::filesystem;
    const fs::path file = fs::temp_directory_path() / ("sbd-peek-" + std::to_string(::getpid()) + ".yaml");
    std::ofstream(file) << "format: 1\npack: sbd-digital\nvendor: [unclosed\n";
    CHECK(peek_response_pack(file) == std::optional<std::string>("sbd-digital"));
    std::ofstream(file) << "{ : ";
    CHECK_FALSE(peek_response_pack(file));
    fs::remove(file);
    CHECK_FALSE(peek_response_pack(fs::temp_directory_path() / "sbd-no-such-file.yaml"));
}

TEST_CASE("evidence may pin a file by SHA-256; a bad pin or a pinned URL is an error") {
    auto r = load_mini(mini_response(
        "  ACC-01:\n"
        "    value: yes\n"
        "    evidence:\n"
        "      - docs/a.pdf\n"
        "      - {path: sbom.json, sha256: 5AFA92ACDE285B563EEACD4B60E9C0BBE5341353853F5A61631C66A9C0947734}\n"
        "      - https://x.example/b\n"));
    for (const auto& d : r.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(r.value);
    const Answer& a = r.value->answers.at("ACC-01");
    REQUIRE(a.evidence_checks.size() == 3);
    CHECK(a.evidence == std::vector<std::string>{"docs/a.pdf", "sbom.json", "https://x.example/b"});
    CHECK(a.evidence_checks[1].pinned_sha256 == "5afa92acde285b563eeacd4b60e9c0bbe5341353853f5a61631c66a9c0947734");
    CHECK_FALSE(a.evidence_checks[0].url);
    CHECK(a.evidence_checks[2].url);
    CHECK(a.evidence_checks[0].status == EvidenceStatus::cited);

    auto bad = load_mini(mini_response("  ACC-01:\n    value: yes\n    evidence: {path: a.json, sha256: abc}\n"));
    auto says = [](const std::vector<Diagnostic>& ds, const std::string& text) {
        return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic& d) { return d.message == text; });
    };
    CHECK(says(bad.diagnostics, "sha256 of the evidence of ACC-01 must be 64 hexadecimal digits"));
    auto url = load_mini(mini_response(
        "  ACC-01:\n    value: yes\n    evidence: {path: 'https://x.example/a', sha256: " + std::string(64, 'a') + "}\n"));
    CHECK(says(url.diagnostics, "a URL cannot be pinned: sbdscore never fetches it"));
}
