// Line-based evidence: SPDX 2.3 tag-value and security.txt (RFC 9116).
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <vector>

#include "load/evidence/format_check.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {



std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

bool looks_like_date_time(const std::string& s) {
    if (s.size() < 20) return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u, 11u, 12u, 14u, 15u, 17u, 18u})
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    if (s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':') return false;
    // RFC 3339: a zone, Z or +hh:mm, after optional fractions of a second.
    std::size_t i = 19;
    if (s[i] == '.') {
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    }
    const std::string zone = s.substr(i);
    if (zone == "Z" || zone == "z") return true;
    return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && std::isdigit(static_cast<unsigned char>(zone[1])) && zone[3] == ':';
}

}  // namespace

// --- SPDX tag-value ------------------------------------------------------------------------------

FormatCheck check_spdx_tag_value(const std::string& bytes, const CheckContext& context) {
    FormatCheck check;
    struct Package {
        std::string id, name, version;
        bool supplier = false, identifier = false;
    };
    std::vector<Package> packages;
    std::set<std::string> described;
    std::string spdx_version;
    bool in_text = false;  // inside a multi-line <text> ... </text> value
    SbomSummary& s = check.sbom;
    static const std::set<std::string> dependency_types = {"DEPENDS_ON", "DEPENDENCY_OF", "CONTAINS", "CONTAINED_BY",
                                                           "BUILD_DEPENDENCY_OF", "DEV_DEPENDENCY_OF", "RUNTIME_DEPENDENCY_OF",
                                                           "OPTIONAL_DEPENDENCY_OF", "STATIC_LINK", "DYNAMIC_LINK"};
    std::size_t number = 0;
    for (const auto& raw : lines_of(bytes)) {
        ++number;
        if (in_text) {
            if (raw.find("</text>") != std::string::npos) in_text = false;
            continue;
        }
        const std::string line = trim_whitespace(raw);
        if (line.empty() || line[0] == '#') continue;
        const auto colon = line.find(':');
        if (colon == std::string::npos) {
            if (!check.recognised) return check;
            check.reason = "line " + std::to_string(number) + " is not 'Tag: value'";
            return check;
        }
        const std::string tag = line.substr(0, colon);
        const std::string value = trim_whitespace(line.substr(colon + 1));
        if (value.rfind("<text>", 0) == 0 && value.find("</text>") == std::string::npos) in_text = true;
        if (!check.recognised) {
            if (tag != "SPDXVersion") return check;  // the first tag of an SPDX document names its version
            check.recognised = true;
            check.format = EvidenceFormat::sbom;
            spdx_version = value;
            check.kind = value + " tag-value SBOM";
            continue;
        }
        if (tag == "Creator") s.has_author = s.has_author || value.rfind("Person:", 0) == 0 || value.rfind("Organization:", 0) == 0;
        else if (tag == "Created") s.has_timestamp = looks_like_date_time(value);
        else if (tag == "PackageName") packages.push_back({"", value, "", false, false});
        else if (!packages.empty() && tag == "SPDXID") packages.back().id = value;
        else if (!packages.empty() && tag == "PackageVersion") packages.back().version = value;
        else if (!packages.empty() && (tag == "PackageSupplier" || tag == "PackageOriginator"))
            packages.back().supplier = packages.back().supplier || (value != "NOASSERTION" && value != "NONE" && !value.empty());
        else if (!packages.empty() && tag == "ExternalRef") {
            // CATEGORY TYPE LOCATOR
            const auto first = value.find(' ');
            const auto second = first == std::string::npos ? first : value.find(' ', first + 1);
            if (second != std::string::npos) {
                const std::string type = value.substr(first + 1, second - first - 1);
                if (type == "purl" || type == "cpe22Type" || type == "cpe23Type" || type == "swid") packages.back().identifier = true;
            }
        } else if (tag == "Relationship") {
            const auto first = value.find(' ');
            const auto second = first == std::string::npos ? first : value.find(' ', first + 1);
            if (second == std::string::npos) continue;
            const std::string from = value.substr(0, first), type = value.substr(first + 1, second - first - 1),
                              to = trim_whitespace(value.substr(second + 1));
            if (type == "DESCRIBES" && from == "SPDXRef-DOCUMENT") described.insert(to);
            else if (dependency_types.count(type)) ++s.relationships;
        }
    }
    if (!check.recognised) return check;
    if (in_text) {
        check.reason = "a <text> value is never closed";
        return check;
    }
    if (spdx_version != "SPDX-2.3") {
        check.reason = spdx_version + " is not supported (SPDX-2.3 is)";
        return check;
    }
    s.format = "SPDX 2.3 tag-value";
    std::size_t total = 0, supplier = 0, name = 0, version = 0, identifier = 0;
    for (const auto& p : packages) {
        if (described.count(p.id)) {
            if (s.product.empty()) {
                s.product = p.name;
                s.version = p.version;
            }
            continue;
        }
        ++total;
        supplier += p.supplier;
        name += !p.name.empty();
        version += !p.version.empty();
        identifier += p.identifier;
    }
    s.components = total;
    s.coverage = {{"supplier", supplier, total}, {"name", name, total}, {"version", version, total}, {"unique identifier", identifier, total}};
    judge_sbom(check, context);
    return check;
}

// --- security.txt (RFC 9116) ---------------------------------------------------------------------

FormatCheck check_security_txt(const std::string& bytes, const CheckContext& context) {
    FormatCheck check;
    std::vector<std::string> lines = lines_of(bytes);
    // An OpenPGP cleartext signature around the fields (RFC 9116, 2.3): the signed part, dash-unescaped.
    bool signed_text = false;
    if (!lines.empty() && trim_whitespace(lines[0]) == "-----BEGIN PGP SIGNED MESSAGE-----") {
        std::vector<std::string> body;
        std::size_t i = 1;
        while (i < lines.size() && !trim_whitespace(lines[i]).empty()) ++i;  // the Hash: headers
        for (++i; i < lines.size() && trim_whitespace(lines[i]) != "-----BEGIN PGP SIGNATURE-----"; ++i)
            body.push_back(lines[i].rfind("- ", 0) == 0 ? lines[i].substr(2) : lines[i]);
        lines = std::move(body);
        signed_text = true;
    }
    static const std::set<std::string> known = {"acknowledgments", "canonical", "contact", "encryption", "expires",
                                                "hiring", "policy", "preferred-languages", "csaf"};
    std::multimap<std::string, std::string> fields;
    std::vector<std::string> bad;
    std::size_t known_fields = 0;
    for (std::size_t n = 0; n < lines.size(); ++n) {
        const std::string line = trim_whitespace(lines[n]);
        if (line.empty() || line[0] == '#') continue;
        const auto colon = line.find(": ");
        const std::string name = colon == std::string::npos ? "" : ascii_lowercase(line.substr(0, colon));
        const bool well_formed = !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
            return std::isalnum(c) || c == '-';
        });
        if (!well_formed) {
            bad.push_back("line " + std::to_string(n + 1) + " is not 'Field: value'");
            continue;
        }
        known_fields += known.count(name);
        fields.emplace(name, trim_whitespace(line.substr(colon + 2)));
    }
    // Content is security.txt when its fields are mostly RFC 9116's: a stray text file is not.
    if (known_fields == 0 || bad.size() > known_fields) return check;
    check.recognised = true;
    check.format = EvidenceFormat::security_txt;
    check.kind = signed_text ? "security.txt (signed)" : "security.txt";
    std::vector<std::string> wrong = bad;
    auto contacts = fields.equal_range("contact");
    if (contacts.first == contacts.second) wrong.push_back("no Contact");
    for (auto it = contacts.first; it != contacts.second; ++it) {
        const std::string& v = it->second;
        const std::string scheme = ascii_lowercase(v.substr(0, v.find(':')));
        if (scheme == "http") wrong.push_back("Contact " + v + " must use https://");
        else if (v.find(':') == std::string::npos || (scheme != "https" && scheme != "mailto" && scheme != "tel"))
            wrong.push_back("Contact '" + v + "' is not a URI (mailto:, https:// or tel:)");
    }
    const auto expires_count = fields.count("expires");
    std::string expires;
    if (expires_count == 0) wrong.push_back("no Expires");
    else if (expires_count > 1) wrong.push_back("Expires given " + std::to_string(expires_count) + " times (once only)");
    else {
        expires = fields.find("expires")->second;
        if (!looks_like_date_time(expires)) wrong.push_back("Expires '" + expires + "' is not an RFC 3339 date-time");
        else if (!context.today.empty() && expires.substr(0, 10) <= context.today)
            wrong.push_back("expired: Expires " + expires.substr(0, 10) + " is not after the run's date " + context.today);
    }
    if (fields.count("preferred-languages") > 1) wrong.push_back("Preferred-Languages given more than once");
    for (const char* uri_field : {"policy", "encryption", "acknowledgments", "canonical", "hiring"}) {
        auto range = fields.equal_range(uri_field);
        for (auto it = range.first; it != range.second; ++it)
            if (ascii_lowercase(it->second).rfind("http://", 0) == 0) wrong.push_back(std::string(uri_field) + " " + it->second + " must use https://");
    }
    if (!wrong.empty()) {
        check.reason.clear();
        for (std::size_t i = 0; i < wrong.size(); ++i) check.reason += (i ? "; " : "") + wrong[i];
        return check;
    }
    check.ok = true;
    check.reason = std::to_string(std::distance(contacts.first, contacts.second)) + " contact(s), expires " + expires.substr(0, 10);
    if (!context.today.empty() && expires.substr(0, 4) > std::to_string(std::stoi(context.today.substr(0, 4)) + 1))
        check.problems.push_back("Expires is more than a year away (RFC 9116 recommends less)");
    return check;
}

}  // namespace sbd
