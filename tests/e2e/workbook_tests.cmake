# Workbooks (docs/spreadsheets.md): the questionnaire read by openpyxl, every example both ways
# (YAML <-> workbook) to the same scorecard, workbooks other programs wrote, hostile workbooks.
add_test(NAME "e2e: the questionnaire workbook, read by openpyxl: validations, protection, layout"
         COMMAND bash ${SBD_E2E_DIR}/questionnaire_xlsx.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME "e2e: every example as a filled workbook and imported back scores as its YAML"
         COMMAND bash ${SBD_E2E_DIR}/workbook_roundtrip.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME "e2e: workbooks written by openpyxl and saved by LibreOffice score as their YAML"
         COMMAND bash ${SBD_E2E_DIR}/workbook_foreign.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME "e2e: hostile workbooks are refused with located errors, the others still ranked"
         COMMAND bash ${SBD_E2E_DIR}/hostile_workbooks.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME "e2e: the scorecard workbook (-o xlsx), read by openpyxl against the JSON scorecard"
         COMMAND bash ${SBD_E2E_DIR}/scorecard_xlsx.sh $<TARGET_FILE:sbdscore>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
