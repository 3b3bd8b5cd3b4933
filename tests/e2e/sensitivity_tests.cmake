# Rank stability (issue 16): sbdscore sensitivity, and evaluate --sensitivity for the HTML report.
set(shortlist examples/helios-hc-rtu400.yaml examples/quayside-qs-historian5.yaml examples/coriander-cr-cell.yaml
              examples/tessellate-te-gateway2.yaml)
set(waived --waivers examples/waivers/waivers.yaml --as-of 2026-11-30)

# The examples: a clear winner, a REVIEW vendor that passes under some weights.
sbd_golden_test(sensitivity_examples_text 0 sensitivity examples)
# The worked example of docs/sensitivity.md: a waiver makes first place close, and it flips.
sbd_golden_test(sensitivity_shortlist_text 0 sensitivity ${waived} ${shortlist})
sbd_golden_test(sensitivity_shortlist_json 0 sensitivity -f json ${waived} ${shortlist})
sbd_golden_test(sensitivity_profile_criteria 0 sensitivity --profile small --criteria --spread 1 --samples 2000 --seed 7 examples)
sbd_golden_test(sensitivity_output_file 0 OUTPUT_GOLDEN sensitivity_output_file.json
                sensitivity -f json --samples 500 -o @OUT@ examples)
# Folders' subfolders with -r, as evaluate reads them; without -r this folder has no response file.
sbd_golden_test(sensitivity_recursive 0 sensitivity -r --samples 1000 tests/data/nested)
sbd_golden_test(sensitivity_no_response_files 2 sensitivity tests/data/nested)
# INVALID files are listed, left out, and make the exit code 2, as evaluate does.
sbd_golden_test(sensitivity_with_invalid 2 sensitivity --samples 1000 examples examples/invalid)

# Usage errors: exit 2 and one clear line each.
sbd_golden_test(sensitivity_samples_zero 2 sensitivity --samples 0 examples)
sbd_golden_test(sensitivity_samples_too_many 2 sensitivity --samples 10000001 examples)
sbd_golden_test(sensitivity_spread_negative 2 sensitivity --spread -0.1 examples)
sbd_golden_test(sensitivity_spread_not_a_number 2 sensitivity --spread wide examples)
sbd_golden_test(sensitivity_seed_not_an_integer 2 sensitivity --seed 1.5 examples)
sbd_golden_test(sensitivity_one_vendor 2 sensitivity examples/helios-hc-rtu400.yaml examples/invalid)

# evaluate --sensitivity: the HTML section; a warning when there is no HTML report to add it to.
sbd_golden_test(html_report_sensitivity 1 OUTPUT_GOLDEN html_report_sensitivity.html
                evaluate --sensitivity ${waived} -o html=@OUT@ examples)
sbd_golden_test(evaluate_sensitivity_without_html 1 evaluate --sensitivity --color never examples)
sbd_golden_test(evaluate_sensitivity_one_vendor 0 OUTPUT_GOLDEN evaluate_sensitivity_one_vendor.html
                evaluate --sensitivity -o html=@OUT@ examples/helios-hc-rtu400.yaml)
sbd_golden_test(evaluate_samples_needs_sensitivity 2 evaluate --samples 100 examples)

# Properties checked against evaluate and across runs (scripts, not goldens).
add_test(NAME "e2e: sensitivity is deterministic, equals evaluate at spread 0, and its flips agree with evaluate"
         COMMAND bash ${SBD_E2E_DIR}/sensitivity_checks.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME "e2e: rank-stability section in headless Chromium"
         COMMAND bash ${SBD_E2E_DIR}/sensitivity_in_browser.sh $<TARGET_FILE:sbdscore> ${CMAKE_BINARY_DIR}/sensitivity-in-browser
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties("e2e: rank-stability section in headless Chromium" PROPERTIES TIMEOUT 300)
