# The libraries of a fully static sbdscore (SBD_STATIC): it then needs nothing from the system it
# runs on, not even a glibc version. Debian's packages are made for dynamic linking, so the
# compiled libraries are found here as archives, under the target names the stages link:
# - yaml-cpp: its CMake package names the shared object; libyaml-cpp-dev also ships libyaml-cpp.a.
# - fmt::fmt: libfmt-dev ships no libfmt.a, so fmt is compiled in from its headers (FMT_HEADER_ONLY).
# - PkgConfig::NETTLE: nettle-dev's libnettle.a.
# - PkgConfig::UTF8PROC (the name pkg_check_modules gives it): libutf8proc-dev's libutf8proc.a.
# The program calls no NSS function (getpwnam and the like), which static glibc cannot provide.
find_library(SBD_YAML_CPP_ARCHIVE NAMES libyaml-cpp.a REQUIRED)
find_path(SBD_YAML_CPP_INCLUDE_DIR yaml-cpp/yaml.h REQUIRED)
add_library(yaml-cpp STATIC IMPORTED)
set_target_properties(yaml-cpp PROPERTIES IMPORTED_LOCATION ${SBD_YAML_CPP_ARCHIVE}
                                          INTERFACE_INCLUDE_DIRECTORIES ${SBD_YAML_CPP_INCLUDE_DIR})

find_path(SBD_FMT_INCLUDE_DIR fmt/format.h REQUIRED)
add_library(fmt::fmt INTERFACE IMPORTED)
set_target_properties(fmt::fmt PROPERTIES INTERFACE_COMPILE_DEFINITIONS FMT_HEADER_ONLY=1
                                          INTERFACE_INCLUDE_DIRECTORIES ${SBD_FMT_INCLUDE_DIR})

find_library(SBD_NETTLE_ARCHIVE NAMES libnettle.a REQUIRED)
find_path(SBD_NETTLE_INCLUDE_DIR nettle/sha2.h REQUIRED)
add_library(PkgConfig::NETTLE STATIC IMPORTED)
set_target_properties(PkgConfig::NETTLE PROPERTIES IMPORTED_LOCATION ${SBD_NETTLE_ARCHIVE}
                                                   INTERFACE_INCLUDE_DIRECTORIES ${SBD_NETTLE_INCLUDE_DIR})

find_library(SBD_UTF8PROC_ARCHIVE NAMES libutf8proc.a REQUIRED)
find_path(SBD_UTF8PROC_INCLUDE_DIR utf8proc.h REQUIRED)
add_library(PkgConfig::UTF8PROC STATIC IMPORTED)
set_target_properties(PkgConfig::UTF8PROC PROPERTIES IMPORTED_LOCATION ${SBD_UTF8PROC_ARCHIVE}
                                                     INTERFACE_INCLUDE_DIRECTORIES ${SBD_UTF8PROC_INCLUDE_DIR}
                                                     INTERFACE_COMPILE_DEFINITIONS UTF8PROC_STATIC)

# GPGME (signatures of responses) and its libgpg-error and libassuan: libgpgme-dev, libgpg-error-dev
# and libassuan-dev ship the archives. GPGME runs the gpg program at run time, as the dynamic build does.
find_library(SBD_GPGME_ARCHIVE NAMES libgpgme.a REQUIRED)
find_library(SBD_ASSUAN_ARCHIVE NAMES libassuan.a REQUIRED)
find_library(SBD_GPG_ERROR_ARCHIVE NAMES libgpg-error.a REQUIRED)
find_path(SBD_GPGME_INCLUDE_DIR gpgme.h REQUIRED)
add_library(PkgConfig::GPGME STATIC IMPORTED)
set_target_properties(PkgConfig::GPGME PROPERTIES IMPORTED_LOCATION ${SBD_GPGME_ARCHIVE}
                                                  INTERFACE_INCLUDE_DIRECTORIES ${SBD_GPGME_INCLUDE_DIR}
                                                  INTERFACE_LINK_LIBRARIES "${SBD_ASSUAN_ARCHIVE};${SBD_GPG_ERROR_ARCHIVE}")
# pugixml (CycloneDX XML evidence): libpugixml-dev ships libpugixml.a.
find_library(SBD_PUGIXML_ARCHIVE NAMES libpugixml.a REQUIRED)
find_path(SBD_PUGIXML_INCLUDE_DIR pugixml.hpp REQUIRED)
add_library(pugixml::pugixml STATIC IMPORTED)
set_target_properties(pugixml::pugixml PROPERTIES IMPORTED_LOCATION ${SBD_PUGIXML_ARCHIVE}
                                                  INTERFACE_INCLUDE_DIRECTORIES ${SBD_PUGIXML_INCLUDE_DIR})

# -static-pie: static, and still loaded at a random address (ASLR) like Debian's PIE programs.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
add_link_options(-static-pie)
