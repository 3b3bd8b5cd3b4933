# Shell completions, the manual page, `cmake --install` and the release packages.

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
add_test(NAME "e2e: the host's OpenSSL configuration changes nothing"
         COMMAND bash ${SBD_E2E_DIR}/openssl_config.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME "e2e: cmake --install puts the listed files, and the installed program runs"
         COMMAND bash ${SBD_E2E_DIR}/install_tree.sh ${CMAKE_BINARY_DIR} $<TARGET_FILE:sbdscore>
                 ${SBD_INSTALL_ZSH_COMPLETIONDIR})

# The release packages: scripts/package.sh builds both (two more builds of the program, without
# the tests), then each is checked. Serial: the builds use both cores. The nested builds use this
# build's compiler launcher (ccache), when it has one.
set(package_dir ${CMAKE_BINARY_DIR}/package-test)
add_test(NAME "package: scripts/package.sh builds the .deb and the static tarball"
         COMMAND ${CMAKE_COMMAND} -E env SBD_PACKAGE_BUILD_DIR=${package_dir}/build SBD_JOBS=2
                 CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
                 bash ${PROJECT_SOURCE_DIR}/scripts/package.sh ${package_dir}/dist)
set_tests_properties("package: scripts/package.sh builds the .deb and the static tarball"
                     PROPERTIES FIXTURES_SETUP sbd_packages RUN_SERIAL TRUE TIMEOUT 3600)
function(sbd_package_test name)
  add_test(NAME "package: ${name}" COMMAND ${ARGN})
  set_tests_properties("package: ${name}" PROPERTIES FIXTURES_REQUIRED sbd_packages)
endfunction()
sbd_package_test("the .deb passes lintian, has its dependencies and files, and runs"
                 bash ${SBD_E2E_DIR}/package_deb.sh ${package_dir}/dist $<TARGET_FILE:sbdscore>)
sbd_package_test("the tarball's static binary runs alone with an empty environment"
                 bash ${SBD_E2E_DIR}/package_tarball.sh ${package_dir}/dist $<TARGET_FILE:sbdscore>)
sbd_package_test("VERSION and SHA256SUMS beside the packages"
                 bash ${SBD_E2E_DIR}/package_sums.sh ${package_dir}/dist $<TARGET_FILE:sbdscore>)
sbd_package_test("the example CI pipelines install the release and gate the vendors"
                 python3 ${SBD_E2E_DIR}/ci_pipelines.py ${package_dir}/dist ${PROJECT_SOURCE_DIR}/examples)
