# Organisation profiles and gate waivers.

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

# Every report states the profile used (issue 4).
sbd_golden_test(profile_in_markdown 1 evaluate --profile small -o markdown examples/northwind-nw-plc7.yaml examples/bramble-bi-hmi12.yaml)
sbd_golden_test(profile_in_html 1 OUTPUT_GOLDEN profile_in_html.html evaluate --profile large -o html=@OUT@ examples/northwind-nw-plc7.yaml examples/bramble-bi-hmi12.yaml)
# A waived gate is named as waived in the summary of every report, Markdown included.
sbd_golden_test(waived_gate_in_markdown 1 evaluate --waivers examples/waivers/waivers.yaml --as-of 2026-11-30
                -o markdown examples)

# Report labels (issue 15): a profile names the report's title, organisation and classification; an
# option overrides the profile's; a label that cannot be printed in a page margin is refused, located.
sbd_golden_test(report_labels_from_profile 0 evaluate --color never --profile tests/data/profiles/labelled-profile.yaml
                --classification TLP:AMBER examples/northwind-nw-plc7.yaml examples/tessellate-te-gateway2.yaml)
sbd_golden_test(report_labels_bad_in_profile 2 evaluate --profile tests/data/profiles/bad-labels-profile.yaml examples)
