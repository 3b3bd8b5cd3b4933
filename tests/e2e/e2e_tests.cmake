# End-to-end tests: the real sbdscore binary on real files, from the source folder.
set(SBD_E2E_DIR ${CMAKE_CURRENT_LIST_DIR})
# The yaml-test-suite corpus every loader must survive (vendored with its licence).
set(SBD_CORPUS_DIR "${CMAKE_SOURCE_DIR}/tests/data/yaml-test-suite" CACHE PATH
    "The yaml-test-suite corpus every loader must survive")

# sbd_golden_test(NAME EXPECTED_EXIT [OUTPUT_GOLDEN FILE] ARGS ...)
function(sbd_golden_test name expected_exit)
  cmake_parse_arguments(G "" "OUTPUT_GOLDEN" "" ${ARGN})
  set(extra)
  if(G_OUTPUT_GOLDEN)
    set(extra --output-golden ${G_OUTPUT_GOLDEN})
  endif()
  add_test(NAME "e2e: ${name}"
           COMMAND bash ${SBD_E2E_DIR}/run_golden.sh $<TARGET_FILE:sbdscore> ${name} ${expected_exit} ${extra}
                   -- ${G_UNPARSED_ARGUMENTS}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endfunction()

# Untrusted-input robustness: every yaml-test-suite file is refused cleanly as a response, a
# profile and a waivers file.
add_test(NAME "e2e: yaml-test-suite corpus is refused cleanly"
         COMMAND bash ${SBD_E2E_DIR}/corpus_as_response.sh $<TARGET_FILE:sbdscore> ${SBD_CORPUS_DIR})
add_test(NAME "e2e: yaml-test-suite corpus is refused cleanly as profiles and waivers"
         COMMAND bash ${SBD_E2E_DIR}/corpus_as_profile_and_waivers.sh $<TARGET_FILE:sbdscore> ${SBD_CORPUS_DIR}
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

include(${SBD_E2E_DIR}/evaluate_tests.cmake)
include(${SBD_E2E_DIR}/command_line_tests.cmake)
include(${SBD_E2E_DIR}/report_formats_tests.cmake)
include(${SBD_E2E_DIR}/html_report_tests.cmake)
include(${SBD_E2E_DIR}/questionnaire_tests.cmake)
include(${SBD_E2E_DIR}/rules_tests.cmake)
include(${SBD_E2E_DIR}/profiles_and_waivers_tests.cmake)
include(${SBD_E2E_DIR}/explain_and_compare_tests.cmake)
include(${SBD_E2E_DIR}/sensitivity_tests.cmake)
include(${SBD_E2E_DIR}/packs_tests.cmake)
include(${SBD_E2E_DIR}/packaging_tests.cmake)
