#include <catch2/catch.hpp>

#include "score/scoring.hpp"
#include "model/waiver.hpp"
#include "score/waiver_apply.hpp"
#include "support/test_support.hpp"

using namespace sbd;

namespace {

// Acme P1: ACC-02 fails (otp), ACC-01 passes; the rest is enough to pass the threshold.
VendorResult acme_failing_mfa() {
    auto loaded = test::load_mini(test::mini_response("  ACC-01: { value: yes, evidence: [a.pdf] }\n"
                                                      "  ACC-02: otp\n"
                                                      "  ACC-03: [owner-approval, session-log]\n"
                                                      "  PAT-01: 10\n"
                                                      "  PAT-02: { value: yes, evidence: [b.pdf] }\n"));
    REQUIRE(loaded.value);
    return score_response(test::mini_pack(), *loaded.value);
}

Waiver waiver(const std::string& vendor, const std::string& product, const std::string& criterion, const std::string& expires) {
    Waiver w;
    w.vendor = vendor;
    w.product = product;
    w.criterion = criterion;
    w.reason = "jump host";
    w.approved_by = "CISO";
    w.expires = expires;
    w.where = {"w.yaml", 3, 5};
    w.expires_where = {"w.yaml", 8, 14};
    return w;
}

const GateResult& gate(const VendorResult& r, const std::string& id) {
    for (const auto& g : r.gates)
        if (g.criterion->id == id) return g;
    FAIL("no gate " << id);
    throw;
}

}  // namespace

TEST_CASE("an active waiver turns a failed gate into waived and the verdict is recomputed") {
    std::vector<VendorResult> results{acme_failing_mfa()};
    REQUIRE(results[0].verdict == Verdict::fail);
    auto warnings = apply_waivers(results, {waiver("Acme", "P1", "ACC-02", "2026-11-30")}, "2026-11-30", test::mini_pack()).diagnostics;
    CHECK(warnings.empty());
    const GateResult& g = gate(results[0], "ACC-02");
    CHECK(g.status == GateStatus::waived);
    CHECK(g.reason.rfind("waived by CISO until 2026-11-30: jump host (was: answered 'otp'", 0) == 0);
    CHECK(g.waiver.line == 3);
    CHECK(results[0].verdict == Verdict::pass);
    CHECK(results[0].findings.back().kind == FindingKind::gate_waived);
}

TEST_CASE("expired waivers are reported and never applied") {
    std::vector<VendorResult> results{acme_failing_mfa()};
    auto warnings = apply_waivers(results, {waiver("Acme", "", "ACC-02", "2026-11-29")}, "2026-11-30", test::mini_pack()).diagnostics;
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].severity == Severity::warning);
    CHECK(warnings[0].where.line == 8);
    CHECK(warnings[0].message == "waiver of ACC-02 for 'Acme' expired on 2026-11-29; not applied");
    CHECK(gate(results[0], "ACC-02").status == GateStatus::fail);
    CHECK(results[0].verdict == Verdict::fail);
}

TEST_CASE("waivers match vendor and product exactly, case included") {
    std::vector<VendorResult> results{acme_failing_mfa()};
    auto warnings = apply_waivers(results,
                                  {waiver("acme", "", "ACC-02", "2027-01-01"), waiver("Acme", "P2", "ACC-02", "2027-01-01")},
                                  "2026-11-30", test::mini_pack()).diagnostics;
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].message == "waiver of ACC-02 for 'acme' matches no vendor in this run; not applied");
    CHECK(warnings[0].hint.find("did you mean 'Acme'?") != std::string::npos);
    CHECK(warnings[1].message.find("'Acme' 'P2' matches no vendor") != std::string::npos);
    CHECK(results[0].verdict == Verdict::fail);
}

TEST_CASE("a waiver of a gate that passes, or of a non-gate, is reported and not applied") {
    std::vector<VendorResult> results{acme_failing_mfa()};
    auto warnings = apply_waivers(results,
                                  {waiver("Acme", "P1", "ACC-01", "2027-01-01"), waiver("Acme", "P1", "PAT-01", "2027-01-01")},
                                  "2026-11-30", test::mini_pack()).diagnostics;
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].message.find("nothing to waive, the gate's status is 'pass'") != std::string::npos);
    CHECK(warnings[1].message.find("PAT-01 is not a must-have") != std::string::npos);
    CHECK(gate(results[0], "ACC-01").status == GateStatus::pass);
    CHECK(results[0].verdict == Verdict::fail);
}

TEST_CASE("a waiver of risk-tolerance is the sign-off of a result beyond the risk tolerance") {
    RulePack pack = test::staged_pack();
    RiskTolerance tolerance;
    tolerance.min_score = 90;
    pack.risk_tolerance["cloud"] = tolerance;
    auto loaded = test::load_staged(test::staged_response(
        "category: cloud\n", "  ACC-01: { value: yes, evidence: [a.pdf] }\n  ACC-02: yes\n  OPS-01: partial\n"));
    REQUIRE(loaded.value);
    std::vector<VendorResult> results{score_response(pack, *loaded.value)};
    REQUIRE(results[0].verdict == Verdict::review);

    // Expired: not a sign-off any more.
    auto expired = results;
    CHECK(apply_waivers(expired, {waiver("Acme", "P1", risk_tolerance_sign_off, "2026-11-29")}, "2026-11-30", pack).diagnostics.size() == 1);
    CHECK(expired[0].verdict == Verdict::review);

    auto warnings = apply_waivers(results, {waiver("Acme", "P1", risk_tolerance_sign_off, "2027-06-30")}, "2026-11-30", pack).diagnostics;
    CHECK(warnings.empty());
    CHECK(results[0].verdict == Verdict::pass);
    const Finding& f = results[0].findings.back();
    CHECK(f.kind == FindingKind::risk_tolerance_signed_off);
    CHECK(f.severity == Severity::note);
    CHECK(f.message == "exceeds risk tolerance for category 'cloud' (score 75.0 < 90): signed off by CISO until 2027-06-30: jump host");

    // Nothing to sign off: a warning, not applied.
    std::vector<VendorResult> within{acme_failing_mfa()};
    auto nothing = apply_waivers(within, {waiver("Acme", "P1", risk_tolerance_sign_off, "2027-06-30")}, "2026-11-30", test::mini_pack()).diagnostics;
    REQUIRE(nothing.size() == 1);
    CHECK(nothing[0].message == "waiver of risk-tolerance for 'Acme' 'P1': nothing to sign off, the result is within the profile's "
                                "risk tolerance; not applied");
    CHECK(within[0].verdict == Verdict::fail);  // a sign-off never waives a gate
}
