// JSON evidence: CycloneDX JSON (1.4-1.6), SPDX 2.3 JSON and CSAF 2.0, read with nlohmann_json.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <set>

#include "load/evidence/format_check.hpp"

namespace sbd {

namespace {

using nlohmann::json;

// The deepest nesting of arrays and objects, found without parsing (so a hostile file of a million
// '[' is refused before any tree is built); strings are skipped with their escapes.
int nesting_depth(const std::string& text) {
    int depth = 0, deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (in_string) {
            if (ch == '\\') ++i;
            else if (ch == '"') in_string = false;
        } else if (ch == '"') {
            in_string = true;
        } else if (ch == '{' || ch == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (ch == '}' || ch == ']') {
            --depth;
        }
    }
    return deepest;
}

const json* member(const json& j, const char* key) {
    if (!j.is_object()) return nullptr;
    auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

std::string text_of(const json* j) { return j && j->is_string() ? j->get<std::string>() : std::string(); }

bool has_text(const json* j) { return j && j->is_string() && !j->get<std::string>().empty(); }

bool non_empty_array(const json* j) { return j && j->is_array() && !j->empty(); }

// ISO 8601 date-time, as CycloneDX and SPDX require: YYYY-MM-DDThh:mm:ss, then anything (zone, fraction).
bool looks_like_date_time(const std::string& s) {
    if (s.size() < 19) return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u, 11u, 12u, 14u, 15u, 17u, 18u})
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == 't') && s[13] == ':' && s[16] == ':';
}

// --- CycloneDX -------------------------------------------------------------------------------

bool has_name(const json* entity) { return entity && has_text(member(*entity, "name")); }

struct ComponentCounts {
    std::size_t total = 0, supplier = 0, name = 0, version = 0, identifier = 0;
};

bool cdx_identified(const json& c) {
    if (has_text(member(c, "purl")) || has_text(member(c, "cpe"))) return true;
    const json* swid = member(c, "swid");
    return swid && has_text(member(*swid, "tagId"));
}

// Components and their nested components, to a bounded depth.
void count_cdx_components(const json& list, int depth, ComponentCounts& n) {
    if (!list.is_array() || depth > limits::max_evidence_nesting) return;
    for (const auto& c : list) {
        if (!c.is_object()) continue;
        ++n.total;
        if (has_name(member(c, "supplier")) || has_name(member(c, "manufacturer")) || has_text(member(c, "publisher")))
            ++n.supplier;
        if (has_text(member(c, "name"))) ++n.name;
        if (has_text(member(c, "version"))) ++n.version;
        if (cdx_identified(c)) ++n.identifier;
        if (const json* nested = member(c, "components")) count_cdx_components(*nested, depth + 1, n);
    }
}

void fill_coverage(SbomSummary& s, const ComponentCounts& n) {
    s.components = n.total;
    s.coverage = {{"supplier", n.supplier, n.total},
                  {"name", n.name, n.total},
                  {"version", n.version, n.total},
                  {"unique identifier", n.identifier, n.total}};
}

FormatCheck check_cyclonedx(const json& doc, const CheckContext& context) {
    FormatCheck check;
    check.recognised = true;
    check.format = EvidenceFormat::sbom;
    const std::string spec = text_of(member(doc, "specVersion"));
    check.kind = "CycloneDX " + (spec.empty() ? std::string("?") : spec) + " JSON SBOM";
    if (spec != "1.4" && spec != "1.5" && spec != "1.6") {
        check.reason = spec.empty() ? "no specVersion" : "CycloneDX " + spec + " is not supported (1.4 to 1.6 are)";
        return check;
    }
    SbomSummary& s = check.sbom;
    s.format = "CycloneDX " + spec + " JSON";
    const json* metadata = member(doc, "metadata");
    if (metadata && !metadata->is_object()) {
        check.reason = "metadata is not an object";
        return check;
    }
    if (metadata) {
        if (const json* product = member(*metadata, "component")) {
            s.product = text_of(member(*product, "name"));
            s.version = text_of(member(*product, "version"));
        }
        s.has_timestamp = looks_like_date_time(text_of(member(*metadata, "timestamp")));
        const json* authors = member(*metadata, "authors");
        bool author = false;
        if (authors && authors->is_array())
            for (const auto& a : *authors) author = author || has_name(&a) || has_text(member(a, "email"));
        s.has_author = author || has_name(member(*metadata, "supplier")) || has_name(member(*metadata, "manufacturer")) ||
                       has_name(member(*metadata, "manufacture"));
    }
    ComponentCounts n;
    if (const json* components = member(doc, "components")) {
        if (!components->is_array()) {
            check.reason = "components is not an array";
            return check;
        }
        count_cdx_components(*components, 0, n);
    }
    fill_coverage(s, n);
    if (const json* deps = member(doc, "dependencies"); deps && deps->is_array())
        for (const auto& d : *deps)
            if (const json* on = member(d, "dependsOn"); on && on->is_array()) s.relationships += on->size();
    judge_sbom(check, context);
    return check;
}

// --- SPDX ------------------------------------------------------------------------------------

bool spdx_identified(const json& p) {
    const json* refs = member(p, "externalRefs");
    if (!refs || !refs->is_array()) return false;
    static const std::set<std::string> types = {"purl", "cpe22Type", "cpe23Type", "swid"};
    for (const auto& r : *refs)
        if (types.count(text_of(member(r, "referenceType"))) && has_text(member(r, "referenceLocator"))) return true;
    return false;
}

bool spdx_value(const json* j) {
    const std::string v = text_of(j);
    return !v.empty() && v != "NOASSERTION" && v != "NONE";
}

FormatCheck check_spdx_json(const json& doc, const CheckContext& context) {
    FormatCheck check;
    check.recognised = true;
    check.format = EvidenceFormat::sbom;
    const std::string version = text_of(member(doc, "spdxVersion"));
    check.kind = version + " JSON SBOM";
    if (version != "SPDX-2.3") {
        check.reason = version + " is not supported (SPDX-2.3 is)";
        return check;
    }
    SbomSummary& s = check.sbom;
    s.format = "SPDX 2.3 JSON";
    if (const json* info = member(doc, "creationInfo")) {
        s.has_timestamp = looks_like_date_time(text_of(member(*info, "created")));
        if (const json* creators = member(*info, "creators"); creators && creators->is_array())
            for (const auto& c : *creators) {
                const std::string who = c.is_string() ? c.get<std::string>() : "";
                s.has_author = s.has_author || who.rfind("Person:", 0) == 0 || who.rfind("Organization:", 0) == 0;
            }
    }
    std::set<std::string> described;
    if (const json* d = member(doc, "documentDescribes"); d && d->is_array())
        for (const auto& id : *d)
            if (id.is_string()) described.insert(id.get<std::string>());
    static const std::set<std::string> dependency_types = {"DEPENDS_ON", "DEPENDENCY_OF", "CONTAINS", "CONTAINED_BY",
                                                           "BUILD_DEPENDENCY_OF", "DEV_DEPENDENCY_OF", "RUNTIME_DEPENDENCY_OF",
                                                           "OPTIONAL_DEPENDENCY_OF", "STATIC_LINK", "DYNAMIC_LINK"};
    if (const json* rels = member(doc, "relationships"); rels && rels->is_array())
        for (const auto& r : *rels) {
            const std::string type = text_of(member(r, "relationshipType"));
            if (type == "DESCRIBES" && text_of(member(r, "spdxElementId")) == "SPDXRef-DOCUMENT")
                described.insert(text_of(member(r, "relatedSpdxElement")));
            else if (type == "DESCRIBED_BY" && text_of(member(r, "relatedSpdxElement")) == "SPDXRef-DOCUMENT")
                described.insert(text_of(member(r, "spdxElementId")));
            else if (dependency_types.count(type))
                ++s.relationships;
        }
    ComponentCounts n;
    const json* packages = member(doc, "packages");
    if (packages && !packages->is_array()) {
        check.reason = "packages is not an array";
        return check;
    }
    if (packages)
        for (const auto& p : *packages) {
            if (!p.is_object()) continue;
            if (described.count(text_of(member(p, "SPDXID")))) {
                if (s.product.empty()) {
                    s.product = text_of(member(p, "name"));
                    s.version = text_of(member(p, "versionInfo"));
                }
                continue;
            }
            ++n.total;
            if (spdx_value(member(p, "supplier")) || spdx_value(member(p, "originator"))) ++n.supplier;
            if (has_text(member(p, "name"))) ++n.name;
            if (has_text(member(p, "versionInfo"))) ++n.version;
            if (spdx_identified(p)) ++n.identifier;
        }
    fill_coverage(s, n);
    judge_sbom(check, context);
    return check;
}

// --- CSAF 2.0 --------------------------------------------------------------------------------

FormatCheck check_csaf(const json& doc) {
    FormatCheck check;
    check.recognised = true;
    check.format = EvidenceFormat::csaf;
    const json& d = *member(doc, "document");
    const std::string version = text_of(member(d, "csaf_version"));
    check.kind = "CSAF " + version + " advisory";
    std::vector<std::string> missing;
    if (version != "2.0") missing.push_back("csaf_version " + (version.empty() ? std::string("missing") : "'" + version + "'") + ", not 2.0");
    const std::string category = text_of(member(d, "category"));
    if (category.empty()) missing.push_back("no document category");
    if (!has_text(member(d, "title"))) missing.push_back("no title");
    static const std::set<std::string> publisher_categories = {"coordinator", "discoverer", "other", "translator", "user", "vendor"};
    const json* publisher = member(d, "publisher");
    if (!publisher || !publisher->is_object()) missing.push_back("no publisher");
    else {
        if (!publisher_categories.count(text_of(member(*publisher, "category")))) missing.push_back("publisher category is not one of CSAF's");
        if (!has_text(member(*publisher, "name"))) missing.push_back("publisher has no name");
        if (!has_text(member(*publisher, "namespace"))) missing.push_back("publisher has no namespace");
    }
    const json* tracking = member(d, "tracking");
    if (!tracking || !tracking->is_object()) missing.push_back("no tracking");
    else {
        for (const char* key : {"id", "version"})
            if (!has_text(member(*tracking, key))) missing.push_back(std::string("tracking has no ") + key);
        for (const char* key : {"current_release_date", "initial_release_date"})
            if (!looks_like_date_time(text_of(member(*tracking, key)))) missing.push_back(std::string("tracking ") + key + " is not a date-time");
        static const std::set<std::string> statuses = {"draft", "final", "interim"};
        if (!statuses.count(text_of(member(*tracking, "status")))) missing.push_back("tracking status is not draft, final or interim");
        if (!non_empty_array(member(*tracking, "revision_history"))) missing.push_back("tracking has no revision history");
    }
    const json* tree = member(doc, "product_tree");
    const bool products = tree && tree->is_object() &&
                          (non_empty_array(member(*tree, "branches")) || non_empty_array(member(*tree, "full_product_names")));
    if (!products) missing.push_back("no product tree naming a product");
    if (!missing.empty()) {
        check.reason = "not a valid CSAF 2.0 document: ";
        for (std::size_t i = 0; i < missing.size(); ++i) check.reason += (i ? "; " : "") + missing[i];
        return check;
    }
    check.ok = true;
    std::size_t vulnerabilities = 0;
    if (const json* v = member(doc, "vulnerabilities"); v && v->is_array()) vulnerabilities = v->size();
    check.reason = category + " " + text_of(member(*tracking, "id")) + " by " + text_of(member(*publisher, "name")) + ", " +
                   std::to_string(vulnerabilities) + " vulnerabilities";
    return check;
}

}  // namespace

FormatCheck check_json_evidence(const std::string& bytes, const CheckContext& context) {
    FormatCheck check;
    if (nesting_depth(bytes) > limits::max_evidence_nesting) {
        check.recognised = true;
        check.kind = "JSON";
        check.reason = "JSON nested deeper than " + std::to_string(limits::max_evidence_nesting) + " levels, refused";
        return check;
    }
    json doc = json::parse(bytes, nullptr, false);
    if (doc.is_discarded()) {
        // Not JSON after all: a truncated or corrupt file that starts like JSON; parsed again for the place.
        check.recognised = true;
        check.kind = "JSON";
        try {
            const json again = json::parse(bytes);
            (void)again;
        } catch (const json::parse_error& e) {
            check.reason = "does not parse as JSON: byte " + std::to_string(e.byte);
            return check;
        }
        check.reason = "does not parse as JSON";
        return check;
    }
    if (text_of(member(doc, "bomFormat")) == "CycloneDX") return check_cyclonedx(doc, context);
    if (member(doc, "spdxVersion")) return check_spdx_json(doc, context);
    if (const json* d = member(doc, "document"); d && d->is_object() && member(*d, "csaf_version")) return check_csaf(doc);
    return check;  // JSON of no format sbdscore checks
}

}  // namespace sbd
