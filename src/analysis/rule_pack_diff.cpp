#include "analysis/rule_pack_diff.hpp"

#include <algorithm>
#include <map>

#include "analysis/criterion_text.hpp"
#include "util/text.hpp"

namespace sbd {

namespace {

std::string safe(const std::string& text) { return strip_control(text); }
std::string yes_no(bool v) { return v ? "yes" : "no"; }

// Collects "field old -> new" for the fields that differ.
class Fields {
public:
    void text(const std::string& name, const std::string& a, const std::string& b) {
        if (a != b) parts_.push_back(name + " " + quote_text(a, shown::name) + " -> " + quote_text(b, shown::name));
    }
    void changed(const std::string& name, const std::string& a, const std::string& b) {
        if (a != b) parts_.push_back(name + " changed");
    }
    void value(const std::string& name, const std::string& a, const std::string& b) {
        if (a != b) parts_.push_back(name + " " + a + " -> " + b);
    }
    void number(const std::string& name, double a, double b) { value(name, format_number(a), format_number(b)); }
    void add(std::string part) { parts_.push_back(std::move(part)); }
    std::string str() const { return join(parts_, "; "); }
    bool empty() const { return parts_.empty(); }

private:
    std::vector<std::string> parts_;
};

std::string optional_number(const std::optional<double>& v) { return v ? format_number(*v) : "none"; }

void option_changes(Fields& f, const Criterion& a, const Criterion& b) {
    for (const auto& o : a.options)
        if (!b.find_option(o.value)) f.add("option " + safe(o.value) + " removed");
    for (const auto& o : b.options) {
        const Option* old = a.find_option(o.value);
        if (!old) {
            f.add("option " + safe(o.value) + " added (scores " + format_number(o.score) + ")");
            continue;
        }
        if (old->score != o.score) f.add("option " + safe(o.value) + " scores " + format_number(old->score) + " -> " + format_number(o.score));
        if (old->label != o.label) f.add("option " + safe(o.value) + " label changed");
    }
}

std::string criterion_changes(const Criterion& a, const Criterion& b, bool stages) {
    Fields f;
    f.text("title", safe(a.title), safe(b.title));
    f.changed("question", a.question, b.question);
    f.changed("guidance", a.guidance, b.guidance);
    f.value("type", to_string(a.type), to_string(b.type));
    f.number("weight", a.weight, b.weight);
    f.value("gate", yes_no(a.gate), yes_no(b.gate));
    if (a.gate || b.gate) f.number("gate_min_score", a.gate_min_score, b.gate_min_score);
    f.value("evidence", yes_no(a.evidence), yes_no(b.evidence));
    f.value("n/a", yes_no(a.na_allowed), yes_no(b.na_allowed));
    if (stages) f.value("stage", a.stage, b.stage);
    if (a.type == AnswerType::yesno && b.type == AnswerType::yesno) {
        f.number("score of yes", a.yes_score, b.yes_score);
        f.number("score of partial", a.partial_score, b.partial_score);
        f.number("score of no", a.no_score, b.no_score);
    }
    option_changes(f, a, b);
    f.text("unit", safe(a.unit), safe(b.unit));
    f.value("minimum", optional_number(a.minimum), optional_number(b.minimum));
    f.value("maximum", optional_number(a.maximum), optional_number(b.maximum));
    const auto bands_a = band_lines(a);
    const auto bands_b = band_lines(b);
    if (bands_a != bands_b) f.add("bands " + join(bands_a, ", ") + " -> " + join(bands_b, ", "));
    return f.str();
}

std::string criterion_summary(const Criterion& c) {
    std::string out = safe(c.title) + " (" + to_string(c.type) + ", weight " + format_number(c.weight);
    if (c.gate) out += ", gate";
    return out + ")";
}

const Priority* find_priority(const RulePack& pack, const std::string& id) {
    for (const auto& p : pack.priorities)
        if (p.id == id) return &p;
    return nullptr;
}

}  // namespace

std::vector<PackChange> diff_packs(const RulePack& a, const RulePack& b) {
    std::vector<PackChange> out;
    Fields pack;
    pack.text("id", a.id, b.id);
    pack.text("title", safe(a.title), safe(b.title));
    pack.number("pass_threshold", a.pass_threshold, b.pass_threshold);
    pack.number("unevidenced_credit", a.unevidenced_credit, b.unevidenced_credit);
    const bool stages = a.stages_declared || b.stages_declared;
    if (stages) pack.value("stages", join(a.stages, ", "), join(b.stages, ", "));
    for (const auto& c : a.categories)
        if (!b.find_category(c.id)) pack.add("category " + safe(c.id) + " removed");
    for (const auto& c : b.categories)
        if (!a.find_category(c.id)) pack.add("category " + safe(c.id) + " added");
    if (!pack.empty()) out.push_back({'~', "pack", pack.str()});

    for (const auto& pa : a.priorities)
        if (!find_priority(b, pa.id))
            out.push_back({'-', "priority " + pa.id, safe(pa.title) + " (" + std::to_string(pa.criteria.size()) + " criteria)"});
    for (const auto& pb : b.priorities) {
        const Priority* pa = find_priority(a, pb.id);
        if (!pa) {
            out.push_back({'+', "priority " + pb.id, safe(pb.title) + " (weight " + format_number(pb.weight) + ", " +
                                                         std::to_string(pb.criteria.size()) + " criteria)"});
            for (const auto& c : pb.criteria) out.push_back({'+', "criterion " + c.id, criterion_summary(c)});
            continue;
        }
        Fields f;
        f.text("title", safe(pa->title), safe(pb.title));
        f.number("weight", pa->weight, pb.weight);
        f.changed("description", pa->description, pb.description);
        if (!f.empty()) out.push_back({'~', "priority " + pb.id, f.str()});
        for (const auto& ca : pa->criteria)
            if (!b.find_criterion(ca.id)) out.push_back({'-', "criterion " + ca.id, criterion_summary(ca)});
        for (const auto& cb : pb.criteria) {
            const Criterion* ca = a.find_criterion(cb.id);
            if (!ca) {
                out.push_back({'+', "criterion " + cb.id, criterion_summary(cb)});
                continue;
            }
            std::string changes = criterion_changes(*ca, cb, stages);
            if (!changes.empty()) out.push_back({'~', "criterion " + cb.id, changes});
        }
    }
    return out;
}

std::string render_pack_diff(const RulePack& a, const RulePack& b, const std::vector<PackChange>& changes) {
    std::string out = "--- " + a.id + " " + safe(a.version) + " (" + safe(a.origin) + ")\n";
    out += "+++ " + b.id + " " + safe(b.version) + " (" + safe(b.origin) + ")";
    if (b.accepts(a.id) && a.id != b.id) out += ", which scores responses written for " + a.id;
    out += "\n";
    std::size_t added = 0, removed = 0, changed = 0;
    for (const auto& c : changes) {
        out += std::string(1, c.kind) + " " + c.what + ": " + c.detail + "\n";
        added += c.kind == '+';
        removed += c.kind == '-';
        changed += c.kind == '~';
    }
    if (changes.empty()) return out + "no differences\n";
    return out + std::to_string(added) + " added, " + std::to_string(removed) + " removed, " + std::to_string(changed) + " changed\n";
}

}  // namespace sbd
