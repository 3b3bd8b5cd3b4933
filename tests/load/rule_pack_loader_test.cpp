#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "load/input_file.hpp"
#include "load/rule_pack_loader.hpp"
#include "support/test_support.hpp"

using namespace sbd;
using sbd::test::has_diagnostic;

namespace {

const char* manifest = "format: 1\nid: t\nversion: 1.0.0\ntitle: T\npass_threshold: 70\npriorities: [p.yaml]\n";

Result<RulePack> load_with_priority(const std::string& priority_yaml) {
    return load_pack_files({{"pack.yaml", "pack.yaml", manifest}, {"p.yaml", "p.yaml", priority_yaml}}, "test");
}

}  // namespace

TEST_CASE("the mini pack loads with every answer type") {
    const RulePack& pack = test::mini_pack();
    CHECK(pack.id == "mini");
    CHECK(pack.version == "2.1.0");
    REQUIRE(pack.priorities.size() == 2);
    CHECK(pack.priorities[0].weight == 2);
    const Criterion* mfa = pack.find_criterion("ACC-02");
    REQUIRE(mfa);
    CHECK(mfa->type == AnswerType::choice);
    CHECK(mfa->gate);
    CHECK(mfa->gate_requirement() == "fido2 or pki");
    const Criterion* patch = pack.find_criterion("PAT-01");
    REQUIRE(patch);
    CHECK(patch->bands.size() == 4);
    CHECK(patch->minimum == std::optional<double>(0));
    CHECK(pack.find_criterion("PAT-02")->partial_score == 0.25);
    CHECK(pack.gates().size() == 2);
    CHECK(pack.priority_of("PAT-02")->id == "PAT");
}

TEST_CASE("the built-in pack has the 12 Secure by Demand priorities and the must-have gates") {
    auto loaded = load_builtin_pack();
    for (const auto& d : loaded.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(loaded.value);
    const RulePack& pack = *loaded.value;
    CHECK(pack.id == "sbd-ot");
    REQUIRE(pack.priorities.size() == 12);
    for (const auto& p : pack.priorities) {
        INFO(p.id);
        CHECK(p.criteria.size() >= 4);
        CHECK(p.criteria.size() <= 8);
    }
    CHECK(pack.gates().size() >= 7);
    // The folder and the compiled-in copy are the same pack.
    auto from_folder = load_pack_directory(std::string(SBD_SOURCE_DIR) + "/rules/sbd-ot");
    REQUIRE(from_folder.value);
    CHECK(from_folder.value->criterion_ids() == pack.criterion_ids());
}

TEST_CASE("pack errors are located and all reported") {
    auto r = load_with_priority(
        "id: PX\n"
        "title: P\n"
        "weight: 1\n"
        "criteria:\n"
        "  - id: PX-01\n"
        "    title: A\n"
        "    question: Q?\n"
        "    type: choise\n"
        "    weight: 1\n"
        "  - id: PX-02\n"
        "    title: B\n"
        "    question: Q?\n"
        "    type: choice\n"
        "    wieght: 1\n"
        "    options:\n"
        "      - { value: a, score: 1.5 }\n"
        "      - { value: b, score: 0 }\n"
        "      - { value: b, score: 1 }\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 8, 11, "unknown answer type 'choise'"));
    CHECK(has_diagnostic(r.diagnostics, 14, 5, "unknown key 'wieght'"));
    CHECK(has_diagnostic(r.diagnostics, 16, 28, "option score must be at least 0.0 and at most 1.0"));
    CHECK(has_diagnostic(r.diagnostics, 18, 18, "option value 'b' given twice"));
}

TEST_CASE("a number criterion needs a final catch-all band") {
    auto r = load_with_priority(
        "id: PX\ntitle: P\nweight: 1\ncriteria:\n"
        "  - { id: PX-01, title: N, question: Q, type: number, unit: days, weight: 1, bands: [ {max: 3, score: 1} ] }\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 5, 85, "catch-all band"));
}

TEST_CASE("a gate no answer can pass is refused") {
    auto r = load_with_priority(
        "id: PX\ntitle: P\nweight: 1\ncriteria:\n"
        "  - id: PX-01\n    title: G\n    question: Q\n    type: choice\n    weight: 1\n    gate: true\n"
        "    options: [ {value: a, score: 0.5}, {value: b, score: 0} ]\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 5, 5, "gate that no answer can pass"));
}

TEST_CASE("criterion ids must belong to their priority and be unique") {
    auto r = load_with_priority(
        "id: PX\ntitle: P\nweight: 1\ncriteria:\n"
        "  - { id: QQ-01, title: A, question: Q, type: yesno, weight: 1 }\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 5, 11, "must be PX-NN"));
    auto dup = load_with_priority(
        "id: PX\ntitle: P\nweight: 1\ncriteria:\n"
        "  - { id: PX-02, title: B, question: Q, type: yesno, weight: 1 }\n"
        "  - { id: PX-02, title: C, question: Q, type: yesno, weight: 1 }\n");
    CHECK_FALSE(dup.value);
    CHECK(has_diagnostic(dup.diagnostics, 6, 5, "criterion id 'PX-02' is used twice"));
}

TEST_CASE("text criteria are unscored and cannot be gates") {
    auto r = load_with_priority(
        "id: PX\ntitle: P\nweight: 1\ncriteria:\n"
        "  - { id: PX-01, title: A, question: Q, type: text, weight: 2, gate: true }\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 5, 61, "weight must be 0"));
    CHECK(has_diagnostic(r.diagnostics, 5, 70, "cannot be a gate"));
}

TEST_CASE("a listed priority file that is missing is named, with a suggestion") {
    auto r = load_pack_files({{"pack.yaml", "pack.yaml", manifest}, {"q.yaml", "q.yaml", "id: Q\n"}}, "test");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 6, 14, "priority file 'p.yaml' not found"));
}

TEST_CASE("a folder without pack.yaml is not a pack") {
    auto r = load_pack_directory(test::data_dir());
    CHECK_FALSE(r.value);
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].message.find("no pack.yaml") != std::string::npos);
}

TEST_CASE("pack files are read within the input size limit, like every input") {
    // A sparse 1 TiB priority file: read whole, it would exhaust memory; bounded, it is refused.
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("sbd-big-pack-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "pack.yaml") << manifest;
    std::ofstream(dir / "p.yaml") << "# padding follows\n";
    std::error_code ec;
    fs::resize_file(dir / "p.yaml", std::uintmax_t{1} << 40, ec);
    if (ec) {
        fs::remove_all(dir);
        WARN("this file system cannot hold a sparse 1 TiB file: " << ec.message());
        return;
    }
    auto r = load_pack_directory(dir);
    fs::remove_all(dir);
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 0, 0, "file is larger than 4 MiB"));
}

// Several built-in packs, stages, categories and extensions (issue 17).
namespace {

Result<RulePack> load_manifest_and_priority(const std::string& pack_yaml, const std::string& priority_yaml) {
    return load_pack_files({{"pack.yaml", "pack.yaml", pack_yaml}, {"p.yaml", "p.yaml", priority_yaml}}, "test");
}

const char* staged_manifest = "format: 1\nid: t\nversion: 1.0.0\ntitle: T\npass_threshold: 70\n"
                              "stages: [before, after]\npriorities: [p.yaml]\n";

// An extension of the built-in sbd-ot, given in memory.
Result<RulePack> extend_sbd_ot(const std::string& changes) {
    return load_pack_files({{"pack.yaml", "ext/pack.yaml", "format: 1\nid: acme-ot\nversion: 2.0.0\ntitle: Acme\nextends: sbd-ot\n" + changes}},
                           "ext");
}

}  // namespace

TEST_CASE("both built-in packs load by id, and each folder is its compiled-in copy") {
    CHECK(builtin_pack_ids() == std::vector<std::string>{"sbd-digital", "sbd-ot"});
    for (const std::string id : {"sbd-digital", "sbd-ot"}) {
        INFO(id);
        auto builtin = load_builtin_pack(id);
        for (const auto& d : builtin.diagnostics) INFO(format_diagnostic(d));
        REQUIRE(builtin.value);
        CHECK(builtin.diagnostics.empty());
        CHECK(builtin.value->id == id);  // the folder name is the pack's id
        auto folder = load_pack_directory(std::string(SBD_SOURCE_DIR) + "/rules/" + id);
        REQUIRE(folder.value);
        CHECK(folder.value->criterion_ids() == builtin.value->criterion_ids());
        // The tests travel with the pack, but are not part of it.
        auto files = builtin_pack_file_set(id, true);
        CHECK(std::any_of(files.begin(), files.end(), [](const PackFile& f) { return f.name.rfind("tests/", 0) == 0; }));
        CHECK(builtin_pack_file_set(id, false).size() < files.size());
    }
    auto digital = load_builtin_pack("sbd-digital");
    CHECK(digital.value->stages_declared);
    CHECK(digital.value->stages == default_stages());
    CHECK(digital.value->categories.size() == 5);
    CHECK(digital.value->gates().size() == 8);
    CHECK(digital.value->find_criterion("EOL-02")->stage == "end-of-life");
    auto unknown = load_builtin_pack("sbd-0t");
    CHECK_FALSE(unknown.value);
    REQUIRE(unknown.diagnostics.size() == 1);
    CHECK(unknown.diagnostics[0].hint == "did you mean 'sbd-ot'?");
}

TEST_CASE("a pack that lists its stages needs one of them on every criterion") {
    auto ok = load_manifest_and_priority(staged_manifest,
                                         "id: PX\ntitle: P\nweight: 1\ncriteria:\n"
                                         "  - { id: PX-01, title: A, question: Q, type: yesno, weight: 1, stage: after }\n");
    REQUIRE(ok.value);
    CHECK(ok.value->stages == std::vector<std::string>{"before", "after"});
    CHECK(ok.value->find_criterion("PX-01")->stage == "after");
    auto bad = load_manifest_and_priority(staged_manifest,
                                          "id: PX\ntitle: P\nweight: 1\ncriteria:\n"
                                          "  - { id: PX-01, title: A, question: Q, type: yesno, weight: 1, stage: aftr }\n"
                                          "  - { id: PX-02, title: B, question: Q, type: yesno, weight: 1 }\n");
    CHECK_FALSE(bad.value);
    CHECK(has_diagnostic(bad.diagnostics, 5, 72, "stage 'aftr' is not one of the pack's stages"));
    CHECK(has_diagnostic(bad.diagnostics, 6, 5, "missing required key 'stage' in PX-02"));
}

TEST_CASE("without a stages list, criteria are in the first of the default stages unless they name one") {
    auto r = load_with_priority("id: PX\ntitle: P\nweight: 1\ncriteria:\n"
                                "  - { id: PX-01, title: A, question: Q, type: yesno, weight: 1 }\n"
                                "  - { id: PX-02, title: B, question: Q, type: yesno, weight: 1, stage: operation }\n");
    REQUIRE(r.value);
    CHECK_FALSE(r.value->stages_declared);
    CHECK(r.value->find_criterion("PX-01")->stage == "pre-purchase");
    CHECK(r.value->find_criterion("PX-02")->stage == "operation");
}

TEST_CASE("product categories are read, each id once") {
    auto r = load_manifest_and_priority("format: 1\nid: t\nversion: 1.0.0\ntitle: T\npass_threshold: 70\npriorities: [p.yaml]\n"
                                        "categories:\n  - { id: saas, title: SaaS }\n  - { id: saas, title: Again }\n"
                                        "  - { id: Bad Id, title: X }\n",
                                        "id: PX\ntitle: P\nweight: 1\ncriteria:\n  - { id: PX-01, title: A, question: Q, type: yesno, weight: 1 }\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 9, 11, "category 'saas' is listed twice"));
    CHECK(has_diagnostic(r.diagnostics, 10, 11, "category id 'Bad Id' must be lower-case"));
}

TEST_CASE("an extension is resolved into an ordinary pack that keeps every criterion's origin") {
    auto r = extend_sbd_ot("pass_threshold: 75\n"
                           "override:\n"
                           "  priorities:\n    THR: { weight: 0.5, title: Threat models }\n"
                           "  criteria:\n    CTL-01: { gate: true, weight: 4 }\n"
                           "add:\n"
                           "  criteria:\n"
                           "    - { priority: OWN, id: OWN-06, title: Local operation, question: Q, type: yesno, weight: 2 }\n"
                           "remove:\n  criteria: [COM-05]\n  priorities: [OPN]\n");
    for (const auto& d : r.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(r.value);
    const RulePack& pack = *r.value;
    CHECK(pack.id == "acme-ot");
    CHECK(pack.version == "2.0.0");
    CHECK(pack.pass_threshold == 75);
    CHECK(pack.unevidenced_credit == 0.5);  // inherited
    CHECK(pack.accepted_pack_ids() == std::vector<std::string>{"acme-ot", "sbd-ot"});
    CHECK(pack.accepts("sbd-ot"));
    CHECK(pack.version_of("sbd-ot") == "1.0.0");
    REQUIRE(pack.bases.size() == 1);
    CHECK(pack.bases[0].origin == "built-in");
    CHECK(pack.priorities.size() == 11);  // OPN removed
    CHECK_FALSE(pack.find_criterion("COM-05"));
    CHECK_FALSE(pack.find_criterion("OPN-01"));
    REQUIRE(pack.removed.count("COM-05"));
    CHECK(pack.removed.at("COM-05").accepted_from == std::vector<std::string>{"sbd-ot"});
    CHECK(pack.removed.at("OPN-03").where.line == 17);  // the `priorities: [OPN]` entry
    const Criterion* ctl = pack.find_criterion("CTL-01");
    REQUIRE(ctl);
    CHECK(ctl->gate);
    CHECK(ctl->weight == 4);
    CHECK(ctl->where.file == "<built-in>/sbd-ot/secure-controls.yaml");
    CHECK(ctl->defined_in == "sbd-ot");
    CHECK(ctl->overridden_at.file == "ext/pack.yaml");
    CHECK(ctl->overridden_at.line == 11);
    CHECK(ctl->site().file == "ext/pack.yaml");
    const Criterion* added = pack.find_criterion("OWN-06");
    REQUIRE(added);
    CHECK(added->where.file == "ext/pack.yaml");
    CHECK(added->where.line == 14);
    CHECK(added->defined_in == "acme-ot");
    CHECK(added->stage == "pre-purchase");
    CHECK(pack.priority_of("OWN-06")->criteria.back().id == "OWN-06");
    for (const auto& p : pack.priorities)
        if (p.id == "THR") CHECK(p.weight == 0.5);
}

TEST_CASE("an extension's mistakes are located in its own file") {
    auto r = extend_sbd_ot("override:\n  criteria:\n    AUT-09: { weight: 2 }\n"
                           "    AUT-01: { options: [ {value: fido2, score: 1}, {value: pki, score: 1} ] }\n"
                           "remove:\n  criteria: [OPN-01, OPN-02, OPN-03, OPN-04]\n");
    CHECK_FALSE(r.value);
    CHECK(has_diagnostic(r.diagnostics, 8, 5, "no criterion 'AUT-09' in the base pack sbd-ot"));
    CHECK(has_diagnostic(r.diagnostics, 9, 24, "the options of AUT-01 drop otp, none"));
    CHECK(has_diagnostic(r.diagnostics, 11, 38, "removing OPN-04 leaves priority OPN (Open standards) with no criteria"));
    auto base = extend_sbd_ot("add:\n  criteria:\n    - { priority: NOPE, id: NOPE-01, title: T, question: Q, type: yesno, weight: 1 }\n");
    CHECK(has_diagnostic(base.diagnostics, 8, 19, "no priority 'NOPE' in the base pack sbd-ot"));
    auto own_id = load_pack_files({{"pack.yaml", "pack.yaml", "format: 1\nid: sbd-ot\nversion: 2.0.0\ntitle: A\nextends: sbd-ot\n"}}, "x");
    CHECK(has_diagnostic(own_id.diagnostics, 2, 5, "an extension needs an id of its own"));
    auto not_extension = load_manifest_and_priority(std::string(manifest) + "remove: { criteria: [PX-01] }\n",
                                                    "id: PX\ntitle: P\nweight: 1\ncriteria:\n  - { id: PX-01, title: A, question: Q, type: yesno, weight: 1 }\n");
    CHECK(has_diagnostic(not_extension.diagnostics, 7, 1, "'remove' belongs to an extension"));
    auto from_memory = load_pack_files({{"pack.yaml", "pack.yaml", "format: 1\nid: a\nversion: 1\ntitle: A\nextends: ../base\n"}}, "x");
    CHECK(has_diagnostic(from_memory.diagnostics, 5, 10, "a built-in pack can extend only built-in packs"));
}

TEST_CASE("extensions of folders: a chain, and a cycle reported where it closes") {
    namespace fs = std::filesystem;
    const fs::path root = fs::temp_directory_path() / ("sbd-extends-" + std::to_string(::getpid()));
    fs::create_directories(root / "a");
    fs::create_directories(root / "b");
    fs::create_directories(root / "c");
    auto write = [](const fs::path& p, const std::string& text) { std::ofstream(p) << text; };
    write(root / "a" / "pack.yaml", "format: 1\nid: a\nversion: 1.0.0\ntitle: A\nextends: sbd-ot\n");
    write(root / "b" / "pack.yaml", "format: 1\nid: b\nversion: 1.0.0\ntitle: B\nextends: ../a\nremove: { criteria: [COM-05] }\n");
    auto chain = load_pack_directory(root / "b");
    for (const auto& d : chain.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(chain.value);
    CHECK(chain.value->accepted_pack_ids() == std::vector<std::string>{"b", "a", "sbd-ot"});
    CHECK(chain.value->removed.at("COM-05").accepted_from == std::vector<std::string>{"a", "sbd-ot"});

    write(root / "a" / "pack.yaml", "format: 1\nid: a\nversion: 1.0.0\ntitle: A\nextends: ../c\n");
    write(root / "c" / "pack.yaml", "format: 1\nid: c\nversion: 1.0.0\ntitle: C\nextends: ../b\n");
    auto cycle = load_pack_directory(root / "b");
    CHECK_FALSE(cycle.value);
    CHECK(has_diagnostic(cycle.diagnostics, 5, 10, "extends cycle: "));
    fs::remove_all(root);
}

TEST_CASE("an extension may list its own stages; inherited criteria must keep one of them") {
    auto ok = extend_sbd_ot("stages: [pre-purchase, operation]\noverride:\n  criteria:\n    VUL-05: { stage: operation }\n");
    for (const auto& d : ok.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(ok.value);
    CHECK(ok.value->stages_declared);
    CHECK(ok.value->find_criterion("VUL-05")->stage == "operation");
    CHECK(ok.value->find_criterion("VUL-01")->stage == "pre-purchase");  // no stage in sbd-ot: the first
    auto bad = load_pack_files({{"pack.yaml", "e/pack.yaml",
                                 "format: 1\nid: e\nversion: 1\ntitle: E\nextends: sbd-digital\nstages: [pre-purchase, transition]\n"}},
                               "e");
    CHECK_FALSE(bad.value);
    CHECK(has_diagnostic(bad.diagnostics, 6, 9, "stage 'operation' of IAM-04 (from sbd-digital) is not among these stages"));
}
