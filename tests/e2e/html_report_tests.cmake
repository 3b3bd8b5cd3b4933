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

# The board report (issue 15): labels from the options, summary detail (no audit appendix), Letter
# paper, with a floor missed, a waiver and an INVALID file (exit 2) among the reasons.
sbd_golden_test(html_report_board_summary 2 OUTPUT_GOLDEN html_report_board_summary.html
                evaluate --as-of 2026-11-30 --title "Historian replacement: vendor shortlist" --organisation "Northshire Water"
                --classification OFFICIAL-SENSITIVE --detail summary --paper letter --profile large
                --waivers examples/waivers/waivers.yaml -o html=@OUT@ examples examples/invalid)
# The labels in the other formats: JSON's `report` object, Markdown's heading and marking.
sbd_golden_test(report_labels_json 0 evaluate --format json --title "Historian replacement" --organisation "Northshire Water"
                --classification OFFICIAL-SENSITIVE examples/northwind-nw-plc7.yaml)
sbd_golden_test(report_labels_markdown 0 evaluate --format markdown --title "Historian replacement" --organisation "Northshire Water"
                --classification OFFICIAL-SENSITIVE examples/northwind-nw-plc7.yaml)
# Labels are one visible line: a tab (or a newline, or a hidden character) is refused.
sbd_golden_test(report_label_with_tab 2 evaluate --title "Vendor\tshortlist" examples)
sbd_golden_test(report_label_too_long 2 evaluate
                --classification "OFFICIAL-SENSITIVE COMMERCIAL AND PERSONAL: FOR THE BOARD'S EYES ONLY" examples)
# --detail and --paper without an HTML report: a warning, and the scorecard still written.
sbd_golden_test(html_options_without_html 0 evaluate --color never --detail summary --paper letter examples/northwind-nw-plc7.yaml)
sbd_golden_test(html_detail_unknown 2 evaluate --detail brief -o html=@OUT@ examples)

# The report printed to PDF by headless Chromium, read back with poppler; pages 1-2 kept as PNG in
# the build tree (build/test-artifacts/printed-report) for a person to look at.
add_test(NAME "e2e: html report printed to PDF: summary on page 1, comparison on page 2, numbered A4/Letter pages"
         COMMAND bash ${SBD_E2E_DIR}/html_print_pdf.sh $<TARGET_FILE:sbdscore> ${CMAKE_BINARY_DIR}/test-artifacts/printed-report
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties("e2e: html report printed to PDF: summary on page 1, comparison on page 2, numbered A4/Letter pages"
                     PROPERTIES TIMEOUT 600 SKIP_RETURN_CODE 77)

# Evidence verified (issue 10): each entry's status and SHA-256 in the audit appendix, the signer's
# fingerprint beside the vendor.
sbd_golden_test(html_report_verified_evidence 1 OUTPUT_GOLDEN html_report_verified_evidence.html
                evaluate --as-of 2026-11-27 --verify-evidence --keyring examples/keys/northwind-test-key.asc -o html=@OUT@ examples)
