# Report formats for sharing and CI: markdown, csv, junit, sarif, github, codequality.

# Each format on the bundled examples plus the invalid one (exit 2), written to a file.
foreach(format_ext IN ITEMS markdown:md csv:csv junit:xml sarif:sarif github:txt codequality:json)
  string(REPLACE ":" ";" parts ${format_ext})
  list(GET parts 0 format)
  list(GET parts 1 ext)
  sbd_golden_test(format_${format}_examples 2 OUTPUT_GOLDEN format_${format}_examples.${ext}
                  evaluate -o ${format}=@OUT@ examples examples/invalid)
  # Formula, Markdown, HTML, XML and terminal-escape injection in vendor text: inert in every format.
  sbd_golden_test(format_${format}_hostile_text 1 OUTPUT_GOLDEN format_${format}_hostile_text.${ext}
                  evaluate -o ${format}=@OUT@ tests/data/hostile-text)
endforeach()

# The same report on standard output as in a file; the run date shows only when given.
sbd_golden_test(format_junit_stdout_as_of 1 evaluate --as-of 2026-03-01 -o junit
                examples/northwind-nw-plc7.yaml examples/bramble-bi-hmi12.yaml)
sbd_golden_test(format_markdown_stdout_as_of 1 evaluate --as-of 2026-03-01 -o markdown
                examples/northwind-nw-plc7.yaml examples/bramble-bi-hmi12.yaml)

# The terminal table: colours only for verdicts, vendor escape sequences stripped.
sbd_golden_test(table_color_always 2 evaluate --color always examples examples/invalid)
sbd_golden_test(table_color_always_hostile_text 1 evaluate --color always tests/data/hostile-text
                tests/data/hostile/escape-sequences.yaml)

# JUnit output valid against the Jenkins JUnit schema, SARIF against the official SARIF 2.1.0 schema.
add_test(NAME "e2e: junit, sarif, github and codequality outputs are valid"
         COMMAND bash ${SBD_E2E_DIR}/validate_formats.sh $<TARGET_FILE:sbdscore> ${CMAKE_SOURCE_DIR}/tests/data/schemas
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

# Same inputs, byte-identical outputs in every format; a date only from --as-of or SOURCE_DATE_EPOCH.
add_test(NAME "e2e: every format is deterministic and dated only on request"
         COMMAND bash ${SBD_E2E_DIR}/determinism.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

# --color auto: colours on a terminal only, never with NO_COLOR set.
add_test(NAME "e2e: table colours follow the terminal and NO_COLOR"
         COMMAND bash ${SBD_E2E_DIR}/color_auto.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

# Gates left blank (`VUL-03: ~`, `value: ~`) are located at their own keys in every report, as
# validate locates them, not at the first answer.
sbd_golden_test(blank_gates_located_sarif 1 OUTPUT_GOLDEN blank_gates_located.sarif
                evaluate -o sarif=@OUT@ tests/data/blank-answers)
sbd_golden_test(blank_gates_located_junit 1 OUTPUT_GOLDEN blank_gates_located.xml
                evaluate -o junit=@OUT@ tests/data/blank-answers)

# The reports agree with the exit code (issue 12): with --fail-on review the REVIEW vendor's low
# score and unverified gate are JUnit failures, as they make the run exit 1.
sbd_golden_test(format_junit_fail_on_review 1 OUTPUT_GOLDEN format_junit_fail_on_review.xml
                evaluate --fail-on review -o junit=@OUT@ examples/coriander-cr-cell.yaml examples/tessellate-te-gateway2.yaml)

# Hostile file names and invisible or reordering characters, in every format and on the terminal.
add_test(NAME "e2e: hostile file names and hidden characters are clean everywhere"
         COMMAND bash ${SBD_E2E_DIR}/hostile_names.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

# CSV: the wide layout (a row per vendor), and without the byte order mark.
sbd_golden_test(format_csv_wide_examples 2 OUTPUT_GOLDEN format_csv_wide_examples.csv
                evaluate --csv-layout wide -o csv=@OUT@ examples examples/invalid)
sbd_golden_test(format_csv_wide_no_bom 1 evaluate --csv-layout wide --no-csv-bom -o csv
                examples/northwind-nw-plc7.yaml examples/bramble-bi-hmi12.yaml)
add_test(NAME "e2e: CSV long and wide, read by Python's csv, agree with the JSON scorecard"
         COMMAND bash ${SBD_E2E_DIR}/csv_layouts.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME "e2e: a small run's kept results and a large run's re-read ones give the same reports"
         COMMAND bash ${SBD_E2E_DIR}/kept_results.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
