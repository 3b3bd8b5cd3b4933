# Shell completions, the manual page and `cmake --install`.

sbd_golden_test(completion_unknown_shell 2 completion powershell)
foreach(shell bash zsh fish)
  add_test(NAME "e2e: ${shell} completion offers subcommands, options and their values"
           COMMAND bash ${SBD_E2E_DIR}/completion_in_shell.sh $<TARGET_FILE:sbdscore> ${shell})
  set_tests_properties("e2e: ${shell} completion offers subcommands, options and their values"
                       PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
add_test(NAME "e2e: the manual page documents every command and option, and lints clean"
         COMMAND bash ${SBD_E2E_DIR}/manual_page.sh $<TARGET_FILE:sbdscore>)
set_tests_properties("e2e: the manual page documents every command and option, and lints clean"
                     PROPERTIES SKIP_RETURN_CODE 77)
add_test(NAME "e2e: cmake --install puts the listed files, and the installed program runs"
         COMMAND bash ${SBD_E2E_DIR}/install_tree.sh ${CMAKE_BINARY_DIR} $<TARGET_FILE:sbdscore>
                 ${SBD_INSTALL_ZSH_COMPLETIONDIR})
