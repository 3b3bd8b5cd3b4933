# The Debian 12 packages sbdscore needs, and how the scripts install the missing ones (sourced by
# bootstrap.sh, test.sh and package.sh).

# To build and run the tool: a compiler, CMake and make, the libraries; gpg, which GPGME runs to
# verify signatures.
build_packages=(g++ make cmake pkg-config libyaml-cpp-dev libfmt-dev nlohmann-json3-dev libcli11-dev
                nettle-dev libutf8proc-dev libzip-dev libpugixml-dev libxlsxwriter-dev libgpgme-dev gpg)
# To run the tests: Catch2 (unit tests); independent readers of the report formats (xmllint,
# jsonschema, PyYAML, a headless browser); the shells whose completions are tested; man, mandoc
# and lintian for the manual page and the .deb; file for the static binary; curl, as CI runners
# have it, for the example pipelines; poppler-utils (pdfinfo, pdftotext, pdftoppm), fontconfig and
# fonts with CJK glyphs and colour emoji to print the HTML report to PDF and read it back; openpyxl
# and LibreOffice Calc, independent readers and writers of workbooks.
test_packages=(catch2 libxml2-utils python3 python3-jsonschema python3-yaml chromium zsh fish
               man-db mandoc lintian file curl poppler-utils fontconfig fonts-noto-cjk fonts-noto-color-emoji
               python3-openpyxl libreoffice-calc-nogui)
# To make the release packages: dpkg-shlibdeps and dpkg-buildflags, file.
package_packages=(dpkg-dev file gzip)

# Installs those of the given packages that are not installed (with sudo when not root).
install_missing() {
    local missing=() p sudo=""
    for p in $(printf '%s\n' "$@" | sort -u); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    echo "Installing: ${missing[*]}"
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
