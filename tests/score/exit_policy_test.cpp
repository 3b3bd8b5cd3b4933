#include <catch2/catch.hpp>

#include "score/exit_policy.hpp"

using namespace sbd;

namespace {
std::vector<Verdict> with(std::initializer_list<Verdict> verdicts) { return verdicts; }
}  // namespace

TEST_CASE("exit codes follow --fail-on") {
    CHECK(exit_code_for(with({Verdict::pass, Verdict::review}), FailOn::gate) == 0);
    CHECK(exit_code_for(with({Verdict::pass, Verdict::fail}), FailOn::gate) == 1);
    CHECK(exit_code_for(with({Verdict::pass, Verdict::fail}), FailOn::never) == 0);
    CHECK(exit_code_for(with({Verdict::pass, Verdict::review}), FailOn::review) == 1);
    CHECK(exit_code_for(with({Verdict::pass}), FailOn::review) == 0);
}

TEST_CASE("an invalid input always exits 2") {
    CHECK(exit_code_for(with({Verdict::pass, Verdict::invalid}), FailOn::never) == 2);
    CHECK(exit_code_for(with({Verdict::fail, Verdict::invalid}), FailOn::gate) == 2);
}
