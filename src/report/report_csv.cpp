// The CSV export (docs/reports.md#csv), in one of two layouts. long (the default): one table a
// spreadsheet can filter, one row per vendor x priority and per vendor x gate (row_type says which),
// plus the errors of INVALID files. wide: one row per vendor, a column per priority score and per
// gate's status, the reasons it is not PASS.
// RFC 4180 with CRLF line ends; UTF-8 with a byte order mark unless turned off (Excel reads a CSV
// without one in the system's code page and garbles accents and CJK); scores rounded to one
// decimal, as people read them (the JSON scorecard has them at full precision).
#include <algorithm>

#include "util/escape.hpp"
#include "report/renderers.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

constexpr const char* byte_order_mark = "\xEF\xBB\xBF";

std::string score_text(double score) { return format_fixed(score, 1); }

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
        scored ? score_text(r.score) : "",
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
                p.applicable ? score_text(p.score) : "", ""};
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
    explicit CsvWriter(bool bom) : bom_(bom) {}
    void begin(const RunInfo&, std::string& out) override { out += std::string(bom_ ? byte_order_mark : "") + header + "\r\n"; }
    void vendor(const VendorResult& r, std::string& out) override { vendor_rows(out, r); }
    void end(std::string&) override {}

private:
    bool bom_;
};

// The wide layout: rank,file,vendor,product,version,date,verdict,score, one column per priority
// (its score; n/a when not applicable), one per gate (its status), then reasons (why not PASS; for
// an INVALID file, its errors).
class WideCsvWriter : public ReportWriter {
public:
    explicit WideCsvWriter(bool bom) : bom_(bom) {}

    void begin(const RunInfo& run, std::string& out) override {
        std::vector<std::string> cells = {"rank", "file", "vendor", "product", "version", "date", "verdict", "score"};
        for (const auto& p : run.pack->priorities) {
            priorities_.push_back(p.id);
            cells.push_back(csv_field(p.id));
        }
        for (const auto& p : run.pack->priorities)
            for (const auto& c : p.criteria)
                if (c.gate) {
                    gates_.push_back(c.id);
                    cells.push_back(csv_field(c.id));
                }
        cells.emplace_back("reasons");
        out += std::string(bom_ ? byte_order_mark : "") + join(cells, ",") + "\r\n";
        for (const auto& summary : run.ranked) reasons_.push_back(summary.reasons);
    }

    void vendor(const VendorResult& r, std::string& out) override {
        const bool valid = r.verdict != Verdict::invalid;
        const bool scored = valid && r.scored;  // a screening has no score
        std::vector<std::string> cells = {r.rank > 0 ? std::to_string(r.rank) : "", csv_field(r.file), csv_field(r.vendor), csv_field(r.product),
                                          csv_field(r.version), csv_field(r.date), to_string(r.verdict), scored ? score_text(r.score) : ""};
        for (const auto& id : priorities_) {
            const PriorityResult* p = scored ? r.find_priority(id) : nullptr;
            cells.push_back(!p ? "" : p->applicable ? score_text(p->score) : "n/a");
        }
        for (const auto& id : gates_) {
            auto g = std::find_if(r.gates.begin(), r.gates.end(), [&](const GateResult& gate) { return gate.criterion->id == id; });
            cells.emplace_back(g == r.gates.end() ? "" : to_string(g->status));
        }
        std::vector<std::string> reasons;
        if (valid) {
            if (next_ < reasons_.size()) reasons = reasons_[next_];
        } else {
            for (const auto& d : r.diagnostics)
                if (d.severity == Severity::error) reasons.push_back(format_diagnostic(d));
        }
        ++next_;
        cells.push_back(csv_field(join(reasons, "; ")));
        out += join(cells, ",") + "\r\n";
    }

    void end(std::string&) override {}

private:
    bool bom_;
    std::vector<std::string> priorities_, gates_;
    std::vector<std::vector<std::string>> reasons_;  // of each result, in rank order (the order of vendor())
    std::size_t next_ = 0;
};

}  // namespace

std::unique_ptr<ReportWriter> make_csv_writer(const RenderOptions& options) {
    if (options.csv_wide) return std::make_unique<WideCsvWriter>(options.csv_bom);
    return std::make_unique<CsvWriter>(options.csv_bom);
}

}  // namespace sbd
