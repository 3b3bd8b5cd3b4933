# Analyst workflow (issue 4): template, validate, schema, rules list|show|lint.

sbd_golden_test(template_yaml 0 template)
sbd_golden_test(template_markdown 0 template --format md)
sbd_golden_test(template_markdown_to_file 0 OUTPUT_GOLDEN template_markdown.stdout template --format md -o @OUT@)
sbd_golden_test(template_named_with_schema_url 0 template --vendor "Quote \" and \\ Co" --product "HMI 12"
                --schema-ref https://example.org/sbd-ot.schema.json --rules tests/data/packs/mini)
sbd_golden_test(template_mini_markdown 0 template --format md --rules tests/data/packs/mini)
# The blank template (the golden above) is reported clearly: header placeholders are errors,
# every unanswered criterion a warning at its line.
sbd_golden_test(validate_blank_template 2 validate tests/e2e/golden/template_yaml.stdout)
add_test(NAME "e2e: template round trip: blank fails, filled passes validate and the schema"
         COMMAND bash ${SBD_E2E_DIR}/template_roundtrip.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

sbd_golden_test(validate_examples 0 validate examples)
sbd_golden_test(validate_examples_strict 2 validate --strict examples/northwind-nw-plc7.yaml examples/bramble-bi-hmi12.yaml)
sbd_golden_test(validate_invalid 2 validate examples/invalid)
sbd_golden_test(validate_mix 2 validate examples/northwind-nw-plc7.yaml examples/invalid/broken-response.yaml
                examples/no-such-vendor.yaml examples/quayside-qs-historian5.yaml)
sbd_golden_test(validate_hostile 2 validate tests/data/hostile)
sbd_golden_test(validate_rules_only 2 validate --rules tests/data/packs/broken)
sbd_golden_test(validate_nothing 2 validate)

sbd_golden_test(schema 0 schema)
sbd_golden_test(schema_to_file 0 OUTPUT_GOLDEN schema.stdout schema -o @OUT@)
sbd_golden_test(schema_mini 0 schema --rules tests/data/packs/mini)
add_test(NAME "e2e: every example passes the JSON Schema, the broken one fails it"
         COMMAND bash ${SBD_E2E_DIR}/schema_examples.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

sbd_golden_test(rules_list 0 rules list)
sbd_golden_test(rules_list_mini 0 rules list --rules tests/data/packs/mini)
sbd_golden_test(rules_show_criterion 0 rules show AUT-01)
sbd_golden_test(rules_show_number_criterion 0 rules show PAT-01 --rules tests/data/packs/mini)
sbd_golden_test(rules_show_priority 0 rules show VUL)
sbd_golden_test(rules_show_typo 2 rules show AUT-1)
sbd_golden_test(rules_lint_builtin 0 rules lint)
sbd_golden_test(rules_lint_sbd_ot 0 rules lint --rules rules/sbd-ot)
sbd_golden_test(rules_lint_broken 2 rules lint --rules tests/data/packs/broken)
sbd_golden_test(rules_lint_warnings 0 rules lint --rules tests/data/packs/lint-warnings)
sbd_golden_test(rules_lint_warnings_strict 2 rules lint --strict --rules tests/data/packs/lint-warnings)
sbd_golden_test(rules_lint_zero_weight 2 rules lint --rules tests/data/packs/zero-weight)
sbd_golden_test(rules_no_subcommand 2 rules)
