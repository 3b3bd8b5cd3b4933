# Before scoring: template (a blank questionnaire), validate (check a response), schema (for editors).

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


# Spellings read with a warning, the same in the loader and the schema (docs/responses.md).
sbd_golden_test(validate_spelling 0 validate tests/data/spelling)
