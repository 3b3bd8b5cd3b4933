# The HTML report (issue 3): golden pages, and the hostile one opened in a real headless Chromium.
sbd_golden_test(html_report_examples 1 OUTPUT_GOLDEN html_report_examples.html
                evaluate -o html=@OUT@ examples)
# Dated run, hostile vendor strings and an INVALID file: all as inert text.
sbd_golden_test(html_report_hostile 2 OUTPUT_GOLDEN html_report_hostile.html
                evaluate --as-of 2026-10-01 -o html=@OUT@ tests/data/hostile-html examples/invalid)
sbd_golden_test(html_report_via_format_option 1 OUTPUT_GOLDEN html_report_examples.html
                evaluate --format html -o @OUT@ examples)

add_test(NAME "e2e: html report in headless Chromium runs no vendor script"
         COMMAND bash ${SBD_E2E_DIR}/html_in_browser.sh $<TARGET_FILE:sbdscore> ${CMAKE_BINARY_DIR}/html-in-browser
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties("e2e: html report in headless Chromium runs no vendor script" PROPERTIES TIMEOUT 300)

# Evidence verified (issue 10): each entry's status and SHA-256 in the answers, the signer's
# fingerprint, and the evidence audit trail in the appendix.
sbd_golden_test(html_report_verified_evidence 1 OUTPUT_GOLDEN html_report_verified_evidence.html
                evaluate --as-of 2026-11-27 --verify-evidence --keyring examples/keys/northwind-test-key.asc -o html=@OUT@ examples)
