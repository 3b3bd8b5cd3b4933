# Fails the build when a source file breaks the pipeline's one-way dependencies
# (docs/architecture.md). The per-stage include roots already stop a wrong-way #include "stage/...";
# this also covers the third-party headers, which all live in /usr/include where any file finds them.
#   cmake -DSRC=path/to/src -P check_layering.cmake
cmake_policy(SET CMP0057 NEW)  # if(IN_LIST)
set(allowed_util util)
set(allowed_model model util)
set(allowed_load load model util)
set(allowed_score score model util)
set(allowed_analysis analysis score model util)
set(allowed_report report analysis score model util)
set(allowed_cli cli report analysis score load model util)

# Third-party headers: where each may be included (a stage, or one file).
set(lib_yaml-cpp load/yaml_reader.cpp)
set(lib_zip load/xlsx_reader.cpp)        # libzip: <zip.h>
set(lib_pugixml load/xlsx_reader.cpp load/evidence/xml_evidence.cpp)  # <pugixml.hpp>
set(lib_xlsxwriter report/xlsx_workbook.cpp)  # <xlsxwriter.h>, behind report/xlsx_workbook.hpp
set(lib_gpgme load/evidence/signature.cpp)   # <gpgme.h>
set(lib_nlohmann report/json_writer.cpp analysis/response_schema.cpp load/evidence/json_evidence.cpp)
set(lib_CLI cli/command_line.cpp)
set(lib_fmt util model load analysis report cli)
set(lib_nettle util/sha256.cpp)
set(lib_utf8proc util/text.cpp)

set(problems "")
foreach(stage util model load score analysis report cli)
  file(GLOB_RECURSE files RELATIVE ${SRC} ${SRC}/${stage}/*.hpp ${SRC}/${stage}/*.cpp ${SRC}/${stage}/*.in)
  foreach(file IN LISTS files)
    file(STRINGS ${SRC}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line IN LISTS includes)
      if(line MATCHES "#[ \t]*include[ \t]*\"([a-z]+)/")
        set(target ${CMAKE_MATCH_1})
        if(NOT target IN_LIST allowed_${stage})
          string(APPEND problems "  ${file}: includes ${target}/, which ${stage} may not depend on\n")
        endif()
      else()
        set(lib "")
        if(line MATCHES "#[ \t]*include[ \t]*<(yaml-cpp|nlohmann|CLI|fmt|openssl|nettle|xlsxwriter)/")
          set(lib ${CMAKE_MATCH_1})
        elseif(line MATCHES "#[ \t]*include[ \t]*<(utf8proc|zip|pugixml|gpgme|xlsxwriter)\\.h(pp)?>")  # single-header libraries
          set(lib ${CMAKE_MATCH_1})
        endif()
        if(lib AND NOT stage IN_LIST lib_${lib} AND NOT file IN_LIST lib_${lib})
          string(APPEND problems "  ${file}: includes <${lib}...>, which belongs to: ${lib_${lib}}\n")
        endif()
      endif()
    endforeach()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "Wrong-way dependencies (docs/architecture.md):\n${problems}")
endif()
