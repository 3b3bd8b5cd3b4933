# Several built-in packs (issue 17): sbd-digital, choosing a pack, stages and screening, risk
# tolerance and the age of answers, packs that extend packs, rules export/diff/show --resolved/test.

# sbd-digital and choosing the pack: --rules DIR, --pack ID, or the pack the responses name.
sbd_golden_test(digital_examples 1 evaluate --color never examples/sbd-digital)
sbd_golden_test(digital_pack_option 0 evaluate --color never --pack sbd-digital examples/sbd-digital/larkspur-hr-saas.yaml)
sbd_golden_test(digital_validate 0 validate examples/sbd-digital)
sbd_golden_test(digital_rules_list 0 rules list --pack sbd-digital)
sbd_golden_test(digital_rules_show_criterion 0 rules show EOL-02 --pack sbd-digital)
sbd_golden_test(digital_rules_lint_builtin 0 rules lint --pack sbd-digital)
sbd_golden_test(digital_rules_lint_folder 0 rules lint --strict --rules rules/sbd-digital)
sbd_golden_test(digital_template 0 template --pack sbd-digital)
sbd_golden_test(digital_template_markdown 0 template --format md --pack sbd-digital)
sbd_golden_test(packs_mixed_in_one_run 2 evaluate --color never examples examples/sbd-digital)
sbd_golden_test(pack_other_than_the_response 2 evaluate --color never --pack sbd-ot examples/sbd-digital/larkspur-hr-saas.yaml)
sbd_golden_test(pack_named_by_response_not_built_in 2 evaluate --color never tests/data/responses/other-pack.yaml)
sbd_golden_test(pack_unknown 2 evaluate --pack sbd-0t examples)
sbd_golden_test(pack_and_rules_together 2 evaluate --rules rules/sbd-ot --pack sbd-ot examples)
add_test(NAME "e2e: every sbd-digital example passes its JSON Schema"
         COMMAND bash ${SBD_E2E_DIR}/schema_examples.sh $<TARGET_FILE:sbdscore> sbd-digital examples/sbd-digital
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

# Stages and the initial risk screening.
sbd_golden_test(stage_pre_purchase 0 evaluate --color never --stage pre-purchase examples/sbd-digital)
sbd_golden_test(stage_transition_markdown 0 evaluate --stage transition -o markdown examples/sbd-digital/marlowe-backup-appliance4.yaml)
sbd_golden_test(stage_pre_purchase_json 0 evaluate --format json --stage pre-purchase examples/sbd-digital/fernhollow-insights.yaml)
sbd_golden_test(stage_unknown 2 evaluate --stage operatoin examples/sbd-digital)
# sbd-ot lists no stages: every criterion is pre-purchase, so any stage scores it all.
sbd_golden_test(stage_on_sbd_ot 1 evaluate --color never --stage operation examples)
sbd_golden_test(screen_sbd_ot 1 evaluate --color never --screen examples)
sbd_golden_test(screen_digital_pre_purchase 0 evaluate --color never --screen --stage pre-purchase examples/sbd-digital)
sbd_golden_test(screen_markdown 1 evaluate --screen -o markdown examples/sbd-digital)
sbd_golden_test(screen_junit 1 evaluate --screen -o junit examples/sbd-digital)

# Risk tolerance per product category, its sign-off, and the age of answers.
sbd_golden_test(risk_tolerance 1 evaluate --color never --profile examples/profiles/digital-risk-tolerance.yaml
                --as-of 2026-12-01 examples/sbd-digital)
sbd_golden_test(risk_tolerance_signed_off 1 evaluate --color never --profile examples/profiles/digital-risk-tolerance.yaml
                --waivers examples/waivers/digital-sign-off.yaml --as-of 2026-12-01 examples/sbd-digital)
sbd_golden_test(risk_tolerance_signed_off_json 0 evaluate --format json --profile examples/profiles/digital-risk-tolerance.yaml
                --waivers examples/waivers/digital-sign-off.yaml --as-of 2026-12-01 examples/sbd-digital/larkspur-hr-saas.yaml)
sbd_golden_test(answers_too_old 1 evaluate --color never --profile examples/profiles/digital-risk-tolerance.yaml
                --as-of 2027-12-01 examples/sbd-digital)
sbd_golden_test(answers_too_old_csv 1 evaluate -o csv --profile examples/profiles/digital-risk-tolerance.yaml
                --as-of 2027-12-01 examples/sbd-digital)
sbd_golden_test(explain_risk_tolerance 0 explain --profile examples/profiles/digital-risk-tolerance.yaml --as-of 2027-12-01
                examples/sbd-digital/larkspur-hr-saas.yaml)
sbd_golden_test(profile_for_another_pack 2 evaluate --profile small examples/sbd-digital)
sbd_golden_test(profile_bad_tolerance 2 evaluate --profile tests/data/profiles/bad-tolerance.yaml examples/sbd-digital)
sbd_golden_test(profile_bad_answer_age 2 evaluate --profile tests/data/profiles/bad-answer-age.yaml examples/sbd-digital)

# A pack that extends sbd-ot scores the sbd-ot responses; what it changes; its tests.
sbd_golden_test(extension_evaluate 1 evaluate --color never --rules examples/packs/harbour-ot examples)
sbd_golden_test(extension_validate 0 validate --rules examples/packs/harbour-ot examples/northwind-nw-plc7.yaml)
sbd_golden_test(extension_rules_list 0 rules list --rules examples/packs/harbour-ot)
sbd_golden_test(extension_rules_show_overridden 0 rules show CTL-01 --rules examples/packs/harbour-ot)
sbd_golden_test(extension_rules_show_resolved 0 rules show --resolved --rules examples/packs/harbour-ot)
sbd_golden_test(extension_rules_diff 0 rules diff sbd-ot examples/packs/harbour-ot)
sbd_golden_test(rules_diff_two_builtins 0 rules diff sbd-ot sbd-digital)
sbd_golden_test(rules_diff_unknown 2 rules diff sbd-ot no-such-pack)
sbd_golden_test(rules_show_needs_id 2 rules show)
# Bad extensions and stages: each a located error from rules lint; a pack with errors is not used.
sbd_golden_test(extension_cycle 2 rules lint --rules tests/data/packs/extends-cycle-a)
sbd_golden_test(extension_unknown_base 2 rules lint --rules tests/data/packs/extends-unknown)
sbd_golden_test(extension_broken_base 2 rules lint --rules tests/data/packs/extends-broken-base)
sbd_golden_test(extension_bad_changes 2 rules lint --rules tests/data/packs/extends-bad)
sbd_golden_test(extension_not_used 2 evaluate --rules tests/data/packs/extends-bad examples)
sbd_golden_test(stages_bad 2 rules lint --rules tests/data/packs/stages-bad)

# Pack tests: both built-in packs (their folders and the copies in the binary), the example
# extension, a failing case (exit 1), bad test files (exit 2), no tests (exit 2).
sbd_golden_test(rules_test_sbd_ot 0 rules test rules/sbd-ot)
sbd_golden_test(rules_test_sbd_digital 0 rules test rules/sbd-digital)
sbd_golden_test(rules_test_builtin_sbd_ot 0 rules test sbd-ot)
sbd_golden_test(rules_test_builtin_sbd_digital 0 rules test sbd-digital)
sbd_golden_test(rules_test_extension 0 rules test examples/packs/harbour-ot)
sbd_golden_test(rules_test_failing 1 rules test tests/data/packs/mini-ext)
sbd_golden_test(rules_test_bad_tests 2 rules test tests/data/packs/mini-badtests)
sbd_golden_test(rules_test_no_tests 2 rules test tests/data/packs/mini)

# rules export: byte-identical files, a working copy, and what a consultant's change does.
add_test(NAME "e2e: rules export writes a built-in pack that lints, tests, and fails a test when a change flips a verdict"
         COMMAND bash ${SBD_E2E_DIR}/rules_export.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

# The HTML report states the stage and the screening, and shows the review causes beyond gates.
sbd_golden_test(html_stage_and_tolerance 0 OUTPUT_GOLDEN html_stage_and_tolerance.html
                evaluate --stage transition --profile examples/profiles/digital-risk-tolerance.yaml --as-of 2027-12-01
                -o html=@OUT@ examples/sbd-digital)
sbd_golden_test(html_screening 1 OUTPUT_GOLDEN html_screening.html evaluate --screen -o html=@OUT@ examples/sbd-digital)
