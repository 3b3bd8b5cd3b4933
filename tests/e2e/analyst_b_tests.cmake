# Analyst workflow (issue 4): profiles, waivers, explain, compare.

# Profiles: built-in by name, a file based on a built-in, and mistakes.
sbd_golden_test(evaluate_profile_small 1 evaluate --color never --profile small examples)
sbd_golden_test(evaluate_profile_large 1 evaluate --color never --profile large examples)
sbd_golden_test(evaluate_profile_file 1 evaluate --color never --profile examples/profiles/strict-utility.yaml examples)
sbd_golden_test(evaluate_profile_small_json 0 evaluate --format json --profile small examples/tessellate-te-gateway2.yaml)
sbd_golden_test(profile_unknown_name 2 evaluate --profile smal examples)
sbd_golden_test(profile_ids_not_in_pack 2 evaluate --profile tests/data/profiles/bad-profile.yaml examples)
sbd_golden_test(profile_typos 2 evaluate --profile tests/data/profiles/typo-profile.yaml examples)

# Waivers: one active (Quayside AUT-01 FAIL -> waived), one expired, one matching a passing gate.
sbd_golden_test(evaluate_waivers 1 evaluate --color never --waivers examples/waivers/waivers.yaml --as-of 2026-11-30 examples)
sbd_golden_test(evaluate_waivers_json 0 evaluate --format json --waivers examples/waivers/waivers.yaml --as-of 2026-11-30
                examples/quayside-qs-historian5.yaml)
# After its expiry date the same waiver is reported and Quayside fails again.
sbd_golden_test(evaluate_waivers_after_expiry 1 evaluate --color never --waivers examples/waivers/waivers.yaml
                --as-of 2027-04-01 examples/quayside-qs-historian5.yaml)
sbd_golden_test(waivers_invalid 2 evaluate --waivers tests/data/waivers/bad-waivers.yaml examples)

# explain: text and JSON on two examples, with a profile and with a waiver.
sbd_golden_test(explain_tessellate_text 0 explain examples/tessellate-te-gateway2.yaml)
sbd_golden_test(explain_bramble_json 0 explain --format json examples/bramble-bi-hmi12.yaml)
sbd_golden_test(explain_quayside_small_waived 0 explain --profile small --waivers examples/waivers/waivers.yaml
                --as-of 2026-11-30 examples/quayside-qs-historian5.yaml)
sbd_golden_test(explain_invalid_response 2 explain examples/invalid/broken-response.yaml)

# compare: last year's submission against this year's, and two different products.
sbd_golden_test(compare_history_text 0 compare examples/history/tessellate-te-gateway2-2025.yaml examples/tessellate-te-gateway2.yaml)
sbd_golden_test(compare_history_json 0 compare --format json examples/history/tessellate-te-gateway2-2025.yaml
                examples/tessellate-te-gateway2.yaml)
sbd_golden_test(compare_different_products 0 compare examples/helios-hc-rtu400.yaml examples/northwind-nw-plc7.yaml)

# Untrusted-input robustness: every yaml-test-suite file is refused cleanly as a profile and as waivers.
add_test(NAME "e2e: yaml-test-suite corpus is refused cleanly as profiles and waivers"
         COMMAND bash ${SBD_E2E_DIR}/analyst_corpus_robustness.sh $<TARGET_FILE:sbdscore> ${SBD_CORPUS_DIR}
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

# Every report states the profile used (issue 4).
sbd_golden_test(profile_in_markdown 1 evaluate --profile small -o markdown examples/northwind-nw-plc7.yaml examples/bramble-bi-hmi12.yaml)
sbd_golden_test(profile_in_html 1 OUTPUT_GOLDEN profile_in_html.html evaluate --profile large -o html=@OUT@ examples/northwind-nw-plc7.yaml examples/bramble-bi-hmi12.yaml)
# A waived gate is named as waived in the summary of every report, Markdown included.
sbd_golden_test(waived_gate_in_markdown 1 evaluate --waivers examples/waivers/waivers.yaml --as-of 2026-11-30
                -o markdown examples)
