# evaluate: scoring and ranking the bundled examples, exit codes, several outputs, bad input.

# The bundled examples: one FAIL at least, so the default --fail-on gate exits 1.
sbd_golden_test(evaluate_examples_table 1 evaluate --color never examples)
sbd_golden_test(evaluate_examples_json 1 evaluate --format json examples)
sbd_golden_test(evaluate_examples_json_to_file 1 OUTPUT_GOLDEN evaluate_examples_json.stdout
                evaluate --format json -o @OUT@ examples)
sbd_golden_test(evaluate_with_invalid_vendor 2 evaluate --color never examples examples/invalid)
sbd_golden_test(evaluate_rules_folder_same_as_builtin 1 evaluate --color never --rules rules/sbd-ot examples)
sbd_golden_test(fail_on_never 0 evaluate --color never --fail-on never examples)
sbd_golden_test(fail_on_review_with_review 1 evaluate --color never --fail-on review examples/tessellate-te-gateway2.yaml)
sbd_golden_test(fail_on_review_all_pass 0 evaluate --color never --fail-on review
                examples/northwind-nw-plc7.yaml examples/helios-hc-rtu400.yaml)
sbd_golden_test(usage_unknown_format 2 evaluate --format xml examples)
sbd_golden_test(usage_no_subcommand 2)
sbd_golden_test(missing_input_file 2 evaluate --color never examples/no-such-vendor.yaml)
sbd_golden_test(output_unwritable 2 evaluate --format json -o /nonexistent-folder/scorecard.json examples)
sbd_golden_test(broken_rule_pack 2 evaluate --rules tests/data/packs/broken examples)
sbd_golden_test(hostile_inputs 2 evaluate --color never tests/data/hostile)

# Several outputs in one run (issue 3): the file output equals what --format json prints.
sbd_golden_test(several_outputs_table_and_json 1 OUTPUT_GOLDEN evaluate_examples_json.stdout
                evaluate --color never -o table -o json=@OUT@ examples)
sbd_golden_test(usage_two_outputs_on_stdout 2 evaluate -o table -o json examples)
sbd_golden_test(usage_bad_as_of 2 evaluate --as-of 2026-02-30 examples)
sbd_golden_test(same_file_named_twice 0 evaluate --color never --fail-on never examples/northwind-nw-plc7.yaml examples)

# Both cores (issue 11): the same bytes, messages and exit code for any number of threads.
add_test(NAME "e2e: -j 1 and -j 2 give byte-identical outputs"
         COMMAND bash ${SBD_E2E_DIR}/jobs_determinism.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
sbd_golden_test(usage_bad_jobs 2 evaluate -j 0 examples)

# Folders (issue 12): a folder whose response files are all in subfolders says so; --recursive
# reads them; nothing to score is an error, not an empty table.
sbd_golden_test(folder_with_subfolders_only 2 evaluate --color never tests/data/nested)
sbd_golden_test(folder_recursive 1 evaluate --color never --recursive tests/data/nested)
sbd_golden_test(validate_recursive 0 validate -r tests/data/nested)

# Unicode widths (issue 12): Japanese, emoji and decomposed names align; the table fits COLUMNS.
add_test(NAME "e2e: the table aligns wide and combining characters and fits the terminal"
         COMMAND bash ${SBD_E2E_DIR}/table_unicode_widths.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

# Inputs that are not plain files (issue 13): refused at once, located; the rest scored.
add_test(NAME "e2e: FIFOs, devices and symlink loops are refused without blocking"
         COMMAND bash ${SBD_E2E_DIR}/special_inputs.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties("e2e: FIFOs, devices and symlink loops are refused without blocking" PROPERTIES TIMEOUT 60)

# Outputs never destroy inputs, devices or links; interrupted runs leave no temporaries (issue 13).
add_test(NAME "e2e: outputs never replace inputs, devices or links, and clean up on signals"
         COMMAND bash ${SBD_E2E_DIR}/output_safety.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties("e2e: outputs never replace inputs, devices or links, and clean up on signals" PROPERTIES TIMEOUT 120)

# Hostile responses up to the 4 MiB limit: each accepted or refused within 2 s of CPU and 256 MiB,
# alone and in a folder with the examples (issue 13; docs/security.md).
add_test(NAME "e2e: every hostile response costs under 2 s of CPU and 256 MiB"
         COMMAND python3 ${SBD_E2E_DIR}/resource_limits.py $<TARGET_FILE:sbdscore> ${CMAKE_SOURCE_DIR}
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties("e2e: every hostile response costs under 2 s of CPU and 256 MiB" PROPERTIES TIMEOUT 300)

# Running out of memory ends with exit 3 and a message, never an abort, and leaves no temporaries.
add_test(NAME "e2e: out of memory is exit 3 with a message, never an abort"
         COMMAND bash ${SBD_E2E_DIR}/out_of_memory.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties("e2e: out of memory is exit 3 with a message, never an abort" PROPERTIES TIMEOUT 300)

# Evidence verification (issue 10): SBOMs, security.txt, CSAF, pins, hostile bundles, signatures.
add_test(NAME "e2e: evidence verification of real bundles, hostile inputs and signatures"
         COMMAND bash ${SBD_E2E_DIR}/evidence_checks.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties("e2e: evidence verification of real bundles, hostile inputs and signatures" PROPERTIES TIMEOUT 120)

# The evidence fixtures against the vendored official schemas (CycloneDX JSON/XSD, SPDX 2.3, CSAF 2.0).
add_test(NAME "e2e: evidence fixtures validate against the official CycloneDX, SPDX and CSAF schemas"
         COMMAND python3 validate_fixtures.py
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}/tests/data/evidence)
# The examples' bundles verified: every evidence status, the signed response (issue 10).
sbd_golden_test(evaluate_examples_verified_json 1 evaluate --format json --as-of 2026-11-27 --verify-evidence
                --keyring examples/keys/northwind-test-key.asc examples)
sbd_golden_test(validate_examples_verified 0 validate --verify-evidence --as-of 2026-11-27 examples)
sbd_golden_test(explain_coriander_verified 0 explain --verify-evidence --as-of 2026-11-27 examples/coriander-cr-cell.yaml)
