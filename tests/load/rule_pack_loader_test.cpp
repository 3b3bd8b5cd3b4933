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
