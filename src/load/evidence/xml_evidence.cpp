// CycloneDX XML (1.4-1.6), read with pugixml. A document with a DOCTYPE is refused: pugixml never
// expands entities beyond XML's five and character references, and never loads external ones, but
// a DOCTYPE in an SBOM has no purpose other than entities, so it is refused by name.
#include <pugixml.hpp>

#include <cctype>
#include <cstring>

#include "load/evidence/format_check.hpp"

namespace sbd {

namespace {

std::string child_text(const pugi::xml_node& node, const char* name) { return node.child(name).text().as_string(); }

bool has_child_text(const pugi::xml_node& node, const char* name) { return !child_text(node, name).empty(); }

struct Counts {
    std::size_t total = 0, supplier = 0, name = 0, version = 0, identifier = 0;
};

void count_components(const pugi::xml_node& components, int depth, Counts& n) {
    if (depth > limits::max_evidence_nesting) return;
    for (const auto& c : components.children("component")) {
        ++n.total;
        if (has_child_text(c.child("supplier"), "name") || has_child_text(c.child("manufacturer"), "name") ||
            has_child_text(c, "publisher"))
            ++n.supplier;
        if (has_child_text(c, "name")) ++n.name;
        if (has_child_text(c, "version")) ++n.version;
        if (has_child_text(c, "purl") || has_child_text(c, "cpe") || *c.child("swid").attribute("tagId").as_string()) ++n.identifier;
        if (auto nested = c.child("components")) count_components(nested, depth + 1, n);
    }
}

void count_dependencies(const pugi::xml_node& dependency, int depth, std::size_t& relationships) {
    if (depth > limits::max_evidence_nesting) return;
    for (const auto& d : dependency.children("dependency")) {
        if (depth > 0) ++relationships;  // a nested dependency is one edge
        count_dependencies(d, depth + 1, relationships);
    }
}

bool looks_like_date_time(const std::string& s) {
    return s.size() >= 19 && std::isdigit(static_cast<unsigned char>(s[0])) && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == 't') &&
           s[13] == ':';
}

}  // namespace

FormatCheck check_xml_evidence(const std::string& bytes, const CheckContext& context) {
    FormatCheck check;
    pugi::xml_document doc;
    // parse_doctype keeps the DOCTYPE as a node, so it can be refused; entities are still never expanded.
    const pugi::xml_parse_result parsed =
        doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_doctype, pugi::encoding_utf8);
    if (!parsed) {
        check.recognised = true;
        check.kind = "XML";
        check.reason = std::string("does not parse as XML: ") + parsed.description() + " at byte " + std::to_string(parsed.offset);
        return check;
    }
    for (const auto& node : doc.children())
        if (node.type() == pugi::node_doctype) {
            check.recognised = true;
            check.kind = "XML";
            check.reason = "has a DOCTYPE, refused: entity declarations are never processed";
            return check;
        }
    const pugi::xml_node bom = doc.document_element();
    const std::string ns = bom.attribute("xmlns").as_string();
    const std::string prefix = "http://cyclonedx.org/schema/bom/";
    if (std::strcmp(bom.name(), "bom") != 0 || ns.rfind(prefix, 0) != 0) return check;  // XML of no format sbdscore checks
    check.recognised = true;
    check.format = EvidenceFormat::sbom;
    const std::string spec = ns.substr(prefix.size());
    check.kind = "CycloneDX " + spec + " XML SBOM";
    if (spec != "1.4" && spec != "1.5" && spec != "1.6") {
        check.reason = "CycloneDX " + spec + " is not supported (1.4 to 1.6 are)";
        return check;
    }
    SbomSummary& s = check.sbom;
    s.format = "CycloneDX " + spec + " XML";
    const pugi::xml_node metadata = bom.child("metadata");
    s.product = child_text(metadata.child("component"), "name");
    s.version = child_text(metadata.child("component"), "version");
    s.has_timestamp = looks_like_date_time(child_text(metadata, "timestamp"));
    for (const auto& a : metadata.child("authors").children("author"))
        s.has_author = s.has_author || has_child_text(a, "name") || has_child_text(a, "email");
    s.has_author = s.has_author || has_child_text(metadata.child("supplier"), "name") ||
                   has_child_text(metadata.child("manufacturer"), "name") || has_child_text(metadata.child("manufacture"), "name");
    Counts n;
    count_components(bom.child("components"), 0, n);
    s.components = n.total;
    s.coverage = {{"supplier", n.supplier, n.total},
                  {"name", n.name, n.total},
                  {"version", n.version, n.total},
                  {"unique identifier", n.identifier, n.total}};
    count_dependencies(bom.child("dependencies"), 0, s.relationships);
    judge_sbom(check, context);
    return check;
}

}  // namespace sbd
