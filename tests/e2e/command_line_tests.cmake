# The command line itself (issue 12, items 2, 8 and 9): typos get the closest command or option,
# word options take only their words, -o FILE takes its format from the extension.
sbd_golden_test(usage_typo_command 2 evalute examples)
sbd_golden_test(usage_typo_rules_command 2 rules shwo AUT)
sbd_golden_test(usage_typo_option 2 evaluate --fromat json examples)
sbd_golden_test(usage_typo_option_with_value 2 evaluate -j 2 --fromat=json examples)
sbd_golden_test(usage_unknown_command_far_from_all 2 fly)
sbd_golden_test(usage_fail_on_number 2 evaluate --fail-on 2 examples)
sbd_golden_test(usage_output_extension_unknown 2 evaluate -o scorecard.pdf examples)
sbd_golden_test(template_format_markdown_word 0 OUTPUT_GOLDEN template_markdown.stdout template -f markdown -o @OUT@)
add_test(NAME "e2e: -o FILE takes the format its extension names; FORMAT=- is standard output"
         COMMAND bash ${SBD_E2E_DIR}/output_by_extension.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME "e2e: settings from .sbdscore.yaml and SBDSCORE_* below the command line; - is standard input"
         COMMAND bash ${SBD_E2E_DIR}/settings_and_stdin.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME "e2e: a file named twice, or by a link, is read once"
         COMMAND bash ${SBD_E2E_DIR}/inputs_named_twice.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
