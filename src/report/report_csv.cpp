// The CSV export (docs/reports.md#csv): one table a spreadsheet can filter, one row per vendor x
// priority and per vendor x gate (row_type says which), plus the errors of INVALID files.
// RFC 4180 with CRLF line ends, UTF-8 without a byte-order mark, scores at full precision.
#include "util/escape.hpp"
#include "report/renderers.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

constexpr const char* header =
    "row_type,rank,file,vendor,product,version,verdict,score,item,title,priority,status,value,detail,line,column";

struct Row {
    std::string row_type, item, title, priority, status, value, detail;
    int line = 0;
    int column = 0;
    bool value_is_number = false;
};

std::string line_of(const Row& row, const VendorResult& r) {
    const bool scored = r.verdict != Verdict::invalid && r.scored;  // a screening has no score
    std::vector<std::string> cells = {
        row.row_type,
        r.rank > 0 ? std::to_string(r.rank) : "",
        csv_field(r.file),
        csv_field(r.vendor),
        csv_field(r.product),
        csv_field(r.version),
        to_string(r.verdict),
        scored ? format_number(r.score) : "",
        csv_field(row.item),
        csv_field(row.title),
        csv_field(row.priority),
        csv_field(row.status),
        row.value_is_number ? row.value : csv_field(row.value),
        csv_field(row.detail),
        row.line > 0 ? std::to_string(row.line) : "",
        row.column > 0 ? std::to_string(row.column) : "",
    };
    return join(cells, ",") + "\r\n";
}

void vendor_rows(std::string& out, const VendorResult& r) {
    if (r.verdict == Verdict::invalid) {
        for (const auto& d : r.diagnostics) {
            Row row{"diagnostic", "", "", "", to_string(d.severity), "", d.message + (d.hint.empty() ? "" : " (hint: " + d.hint + ")")};
            row.line = d.where.line;
            row.column = d.where.column;
            out += line_of(row, r);
        }
        return;
    }
    for (const auto& p : r.priorities) {
        Row row{"priority", p.priority->id, p.priority->title, p.priority->id, p.applicable ? "applicable" : "n/a",
                p.applicable ? format_number(p.score) : "", ""};
        row.value_is_number = true;
        out += line_of(row, r);
    }
    for (const auto& g : r.gates) {
        std::string answer;
        if (const auto* p = r.find_priority(g.priority_id))
            for (const auto& cr : p->criteria)
                if (cr.criterion == g.criterion && cr.answer) answer = cr.answer->display;
        Row row{"gate", g.criterion->id, g.criterion->title, g.priority_id, to_string(g.status), answer, g.reason};
        row.line = g.where.line;
        row.column = g.where.column;
        out += line_of(row, r);
    }
    // The REVIEW causes beyond gates and scores: the risk tolerance, the age of the answers.
    for (const auto& f : r.findings) {
        if (!holds_for_review(f.kind) && f.kind != FindingKind::risk_tolerance_signed_off) continue;
        Row row{"finding", to_string(f.kind), "", "", to_string(f.severity), "", f.message};
        row.line = f.where.line;
        row.column = f.where.column;
        out += line_of(row, r);
    }
}

class CsvWriter : public ReportWriter {
public:
    void begin(const RunInfo&, std::string& out) override { out += std::string(header) + "\r\n"; }
    void vendor(const VendorResult& r, std::string& out) override { vendor_rows(out, r); }
    void end(std::string&) override {}
};

}  // namespace

std::unique_ptr<ReportWriter> make_csv_writer(const RenderOptions&) { return std::make_unique<CsvWriter>(); }

}  // namespace sbd
