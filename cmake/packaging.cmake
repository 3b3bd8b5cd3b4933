# CPack: the release packages, made by scripts/package.sh from two builds of the same sources:
# - DEB (cpack -G DEB) from a build with -DCMAKE_INSTALL_PREFIX=/usr -DSBD_PACKAGE_DEB=ON: a
#   Debian 12 package, dynamically linked, its dependencies computed from the shared libraries
#   the binary uses (dpkg-shlibdeps), no maintainer scripts (there is nothing to set up);
# - TGZ (cpack -G TGZ) from a build with -DSBD_STATIC=ON: the portable tarball, one static binary
#   and the same files under one folder, to unpack anywhere.
set(SBD_PACKAGE_MAINTAINER "sbdscore maintainers <maintainers@sbdscore.invalid>" CACHE STRING
    "Maintainer field of the Debian package (the project has no public address yet)")
set(SBD_PACKAGE_HOMEPAGE "" CACHE STRING "Homepage field of the Debian package, when there is one")

set(CPACK_PACKAGE_NAME sbdscore)
set(CPACK_PACKAGE_VENDOR "The sbdscore authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "score vendor security questionnaires against Secure by Demand")
set(CPACK_PACKAGE_FILE_NAME sbdscore-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR})
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB TGZ)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # sbdscore_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# GPGME and the workbook libraries are loaded when needed, not linked, so dpkg-shlibdeps cannot
# see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${SBD_GPGME_PACKAGE}")
if(SBD_WORKBOOKS)
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", ${SBD_LIBZIP_PACKAGE}, ${SBD_XLSXWRITER_PACKAGE}")
endif()
# GPGME runs the gpg program to verify signed responses (--keyring); without it that one
# option says so, so gpg is recommended rather than required.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS gpg)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${SBD_PACKAGE_MAINTAINER})
if(SBD_PACKAGE_HOMEPAGE)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${SBD_PACKAGE_HOMEPAGE})
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The extended description (CPack puts the summary above it).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "sbdscore scores vendors' answers to a security questionnaire against the
Secure by Demand priorities for operational technology (CISA, NSA, FBI and
partners, January 2025) and ranks the vendors. Must-haves such as no default
passwords, phishing-resistant MFA or an SBOM are checked as pass/fail gates.
.
Reports: terminal table, JSON, HTML, Markdown, CSV, JUnit and SARIF, for
analysts and for CI jobs that gate an approved-vendor list.")

include(CPack)
