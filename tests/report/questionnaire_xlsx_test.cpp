// The questionnaire workbook read back by the workbook loader: every criterion has its row and its
// answer cell, blank; the header reports what is missing, as the YAML template does.
#include <catch2/catch.hpp>

#include "load/workbook_response_loader.hpp"
#include "load/xlsx_reader.hpp"
#include "report/questionnaire_xlsx.hpp"
#include "support/test_support.hpp"

using namespace sbd;

TEST_CASE("the blank questionnaire workbook reads back: every criterion blank, the header to fill") {
    const RulePack& pack = test::mini_pack();
    auto bytes = render_questionnaire_xlsx(pack, {});
    REQUIRE(bytes.ok());
    auto draft = read_workbook_response("q.xlsx", *bytes.value, pack);
    for (const auto& d : draft.diagnostics) INFO(format_diagnostic(d));
    REQUIRE(draft.value);
    const VendorResponse& r = draft.value->response;
    CHECK(r.answers.empty());
    CHECK(r.blank_answers.size() == pack.criterion_ids().size());
    CHECK(format_location(r.blank_answers.at("ACC-01")) == "q.xlsx:Answers!F7");
    CHECK(r.pack_id == "mini");
    CHECK(r.pack_version == "2.1.0");
    std::vector<std::string> errors;
    for (const auto& d : draft.diagnostics) errors.push_back(format_diagnostic(d));
    CHECK(errors == std::vector<std::string>{"q.xlsx:Answers!B2: error: vendor is empty", "q.xlsx:Answers!E2: error: version is empty",
                                             "q.xlsx:Answers!B3: error: product is empty",
                                             "q.xlsx:Answers!E3: error: date is empty (hint: write the date of the answers, YYYY-MM-DD)"});
}

TEST_CASE("the questionnaire workbook carries the vendor and product given") {
    auto bytes = render_questionnaire_xlsx(test::mini_pack(), {"Ac\"me & <Co>", "P\xC3\xBC 1", ""});
    REQUIRE(bytes.ok());
    auto draft = read_workbook_response("q.xlsx", *bytes.value, test::mini_pack());
    REQUIRE(draft.value);
    CHECK(draft.value->response.vendor == "Ac\"me & <Co>");
    CHECK(draft.value->response.product == "P\xC3\xBC 1");
}

TEST_CASE("the questionnaire workbook: Instructions, then Answers, the option lists hidden") {
    auto bytes = render_questionnaire_xlsx(test::mini_pack(), {});
    REQUIRE(bytes.ok());
    auto book = xlsx::read_workbook("q.xlsx", *bytes.value, "Lists");
    REQUIRE(book.ok());
    CHECK(book->sheet_names == std::vector<std::string>{"Instructions", "Answers", "Lists"});
    REQUIRE(book->sheet);
    CHECK(book->sheet->find(1, 1)->text == "owner-approval");  // ACC-03's options, for its validation
}

TEST_CASE("a multiple-choice validation accounts for every character of the cell") {
    const Criterion& acc03 = *test::mini_pack().find_criterion("ACC-03");
    CHECK(multi_choice_formula(acc03, "F9", "Lists!$A$1:$A$3") ==
          "=OR(LOWER(TRIM(F9))=\"none\",LOWER(TRIM(F9))=\"n/a\",SUMPRODUCT(ISNUMBER(SEARCH(\",\"&Lists!$A$1:$A$3&\",\",\",\"&"
          "SUBSTITUTE(F9,\" \",\"\")&\",\"))*(LEN(Lists!$A$1:$A$3)+1))=LEN(SUBSTITUTE(F9,\" \",\"\"))+1)");
}
