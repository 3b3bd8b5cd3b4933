#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

namespace sbd::test {

const RulePack& mini_pack() {
    static const RulePack pack = [] {
        auto loaded = load_pack_directory(data_dir() + "/packs/mini");
        if (!loaded.value) throw std::runtime_error("the mini test pack does not load");
        return *loaded.value;
    }();
    return pack;
}

std::string mini_response(const std::string& answers_block) {
    return "format: 1\n"
           "pack: mini\n"
           "vendor: Acme\n"
           "product: P1\n"
           "version: \"1.0\"\n"
           "date: 2026-02-28\n"
           "answers:\n" +
           answers_block;
}

Result<VendorResponse> load_mini(const std::string& text) { return load_response_text("test.yaml", text, mini_pack()); }

const RulePack& staged_pack() {
    static const RulePack pack = [] {
        auto loaded = load_pack_directory(data_dir() + "/packs/staged");
        if (!loaded.value) throw std::runtime_error("the staged test pack does not load");
        return *loaded.value;
    }();
    return pack;
}

std::string staged_response(const std::string& extra_header, const std::string& answers_block) {
    return "format: 1\npack: staged\nvendor: Acme\nproduct: P1\nversion: \"1.0\"\ndate: 2026-02-28\n" + extra_header +
           "answers:\n" + answers_block;
}

Result<VendorResponse> load_staged(const std::string& text) { return load_response_text("staged.yaml", text, staged_pack()); }

bool has_diagnostic(const std::vector<Diagnostic>& diagnostics, int line, int column, const std::string& text) {
    for (const auto& d : diagnostics)
        if (d.where.line == line && d.where.column == column && d.message.find(text) != std::string::npos) return true;
    // Say what was reported instead, so a failure explains itself.
    for (const auto& d : diagnostics) UNSCOPED_INFO("reported: " << format_diagnostic(d));
    return false;
}

}  // namespace sbd::test
