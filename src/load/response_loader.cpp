#include "load/response_loader.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "load/input_file.hpp"
#include "load/response_document.hpp"
#include "load/rule_pack_loader.hpp"
#include "load/workbook_response_loader.hpp"
#include "util/dates.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"
#include "load/yaml_reader.hpp"

namespace sbd {

namespace {

using yaml::Context;
using yaml::MapReader;


// Option values for a hint: "'fido2', 'pki'".
std::string quoted_list(const std::vector<std::string>& values) {
    std::vector<std::string> q;
    for (const auto& v : values) q.push_back(quote_text(v));
    return join(q, ", ");
}

// A header value still holding one of the placeholders `sbdscore template` writes. Only those: a
// vendor name that merely looks like <this> is the vendor's business (and is escaped in reports).
bool is_placeholder(const std::string& value) {
    return value == "<vendor name>" || value == "<product name>" || value == "<product version>" ||
           value == "<YYYY-MM-DD>";
}

// `written` matched `canonical` but for letter case: it is read as `canonical`, with a warning
// (docs/responses.md: options are spelt as the pack spells them; the schema accepts the same).
void note_case(Context& ctx, const SourceLocation& at, const std::string& written, const std::string& canonical) {
    if (written != canonical)
        ctx.warning(at, quote_text(written) + " read as '" + canonical + "'", "write options in lower case, as the pack spells them");
}

// The option of `c` that `written` names, exactly or but for letter case.
const Option* option_named(const Criterion& c, const std::string& written) {
    if (const Option* exact = c.find_option(written)) return exact;
    return c.find_option(ascii_lowercase(written));
}

// The hint for a response written for another pack: how to score it, or to accept it.
std::string other_pack_hint(const std::string& answered, const RulePack& pack) {
    std::string how = is_builtin_pack(answered) ? "score it with --pack " + answered : "score it with --rules DIR, the folder of pack " + answered;
    if (pack.origin == "built-in") return how;
    // A pack of one's own that was copied from the one the vendors answered: extending keeps them valid.
    return how + "; or, to score " + answered + " responses with pack " + pack.id + ", make " + pack.id +
           " extend it (extends: " + answered + " in its pack.yaml; docs/rules.md#extending-a-pack)";
}

// `category:`, when given: one of the pack's product categories.
void read_category(Context& ctx, MapReader& m, const RulePack& pack, VendorResponse& r) {
    const yaml::Node node = m.get("category");
    auto category = yaml::read_string(ctx, node, "category");
    if (!category) return;
    r.category_where = ctx.where(node);
    if (pack.categories.empty()) {
        ctx.error(r.category_where, "pack " + pack.id + " declares no product categories, so a response names none",
                  "remove the category line");
        return;
    }
    if (!pack.find_category(*category)) {
        std::vector<std::string> ids;
        for (const auto& c : pack.categories) ids.push_back(c.id);
        auto suggestion = closest_match(*category, ids);
        ctx.error(r.category_where, quote_text(*category) + " is not a product category of pack " + pack.id,
                  suggestion ? "did you mean '" + *suggestion + "'?" : "categories: " + join(ids, ", "));
        return;
    }
    r.category = *category;
}

// Reads the (non-empty) value of one answer according to its criterion's type. Returns false on error.
bool read_value(Context& ctx, const yaml::Node& node, const Criterion& c, Answer& a) {
    a.where = ctx.where(node);
    const std::string& id = c.id;
    // "n/a" is the answer "does not apply", except as the free text of a text criterion that does
    // not allow n/a: there it is just text.
    if (node.is_scalar() && ascii_lowercase(node.scalar()) == "n/a" && (c.na_allowed || c.type != AnswerType::text)) {
        if (!c.na_allowed) {
            ctx.error(a.where, id + " cannot be answered n/a", "this criterion applies to every product; answer it");
            return false;
        }
        note_case(ctx, a.where, node.scalar(), "n/a");
        a.not_applicable = true;
        a.display = "n/a";
        return true;
    }
    switch (c.type) {
        case AnswerType::yesno: {
            if (node.is_scalar()) {
                std::string v = ascii_lowercase(node.scalar());
                if (v == "yes" || v == "partial" || v == "no") {
                    note_case(ctx, a.where, node.scalar(), v);
                    a.value = a.display = v;
                    return true;
                }
            }
            std::string hint = "answer yes, partial or no";
            if (node.is_scalar() && (node.scalar() == "true" || node.scalar() == "false")) hint = "write yes or no rather than true or false";
            ctx.error(a.where, id + " expects yes, partial or no, not " + yaml::describe(node), hint);
            return false;
        }
        case AnswerType::choice: {
            if (!node.is_scalar()) {
                ctx.error(a.where, id + " expects one of: " + quoted_list(c.option_values()) + "; not " + yaml::describe(node));
                return false;
            }
            const std::string v = node.scalar();
            const Option* option = option_named(c, v);
            if (!option) {
                ctx.error_lazy(a.where, [&] {
                    auto suggestion = closest_match(v, c.option_values());
                    return std::pair{quote_text(v) + " is not an option of " + id,
                                     suggestion ? "did you mean '" + *suggestion + "'?" : "choose one of: " + quoted_list(c.option_values())};
                });
                return false;
            }
            note_case(ctx, a.where, v, option->value);
            a.value = a.display = option->value;
            return true;
        }
        case AnswerType::multi: {
            if (!node.is_sequence()) {
                ctx.error(a.where, id + " expects a list of options, not " + yaml::describe(node),
                          "write [" + (c.options.empty() ? std::string() : c.options.front().value) + ", ...], or [] for none");
                return false;
            }
            bool good = true;
            std::set<std::string> seen;
            for (const auto& item : node) {
                if (!item.is_scalar()) {
                    ctx.error(ctx.where(item), "each choice of " + id + " must be an option name, not " + yaml::describe(item));
                    good = false;
                    continue;
                }
                const std::string written = item.scalar();
                const Option* option = option_named(c, written);
                if (!option) {
                    ctx.error_lazy(ctx.where(item), [&] {
                        auto suggestion = closest_match(written, c.option_values());
                        return std::pair{quote_text(written) + " is not an option of " + id,
                                         suggestion ? "did you mean '" + *suggestion + "'?" : "options: " + quoted_list(c.option_values())};
                    });
                    good = false;
                    continue;
                }
                note_case(ctx, ctx.where(item), written, option->value);
                const std::string& v = option->value;
                if (!seen.insert(v).second) {
                    ctx.error(ctx.where(item), quote_text(v) + " is chosen twice in " + id);
                    good = false;
                    continue;
                }
                a.choices.push_back(v);
            }
            a.display = a.choices.empty() ? "none" : join(a.choices, ", ");
            return good;
        }
        case AnswerType::number: {
            std::optional<double> v;
            if (node.is_scalar()) v = yaml::parse_number(node.scalar());
            if (v && !node.is_plain() && a.where.is_cell())
                ctx.warning(a.where, id + " is a number stored as text; read as " + format_number(*v),
                            "enter it as a number (Excel marks numbers stored as text with a green triangle)");
            else if (v && !node.is_plain())
                ctx.warning(a.where, id + " is a number written in quotes; read as " + format_number(*v),
                            "write numbers without quotes: " + c.id + ": " + node.scalar());
            if (!v) {
                ctx.error(a.where, id + " expects a number" + (c.unit.empty() ? "" : " of " + c.unit) + ", not " + yaml::describe(node));
                return false;
            }
            if ((c.minimum && *v < *c.minimum) || (c.maximum && *v > *c.maximum)) {
                std::string range = c.minimum && c.maximum ? "between " + format_number(*c.minimum) + " and " + format_number(*c.maximum)
                                    : c.minimum            ? "at least " + format_number(*c.minimum)
                                                           : "at most " + format_number(*c.maximum);
                ctx.error(a.where, id + " must be " + range + (c.unit.empty() ? "" : " " + c.unit) + ", not " + node.scalar());
                return false;
            }
            a.number = *v;
            a.value = node.scalar();
            a.display = node.scalar() + (c.unit.empty() ? "" : " " + c.unit);
            return true;
        }
        case AnswerType::text: {
            if (!node.is_scalar()) {
                ctx.error(a.where, id + " expects text, not " + yaml::describe(node));
                return false;
            }
            a.value = a.display = node.scalar();
            return true;
        }
    }
    return false;
}

bool is_sha256_hex(const std::string& s) {
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) != 0; });
}

// One evidence entry: a path or URL, or the long form {path, sha256} that pins a file's content.
void read_evidence_item(Context& ctx, const yaml::Node& item, const std::string& id, Answer& a) {
    EvidenceCheck e;
    const SourceLocation where = ctx.where(item);
    e.line = where.line;
    e.column = where.column;
    if (item.is_map()) {
        MapReader pin(ctx, item, "the evidence entry of " + id, {"path", "sha256"});
        auto path = yaml::read_string(ctx, pin.require("path"), "path of the evidence of " + id);
        auto sha = yaml::read_string(ctx, pin.require("sha256"), "sha256 of the evidence of " + id);
        if (!path || !sha) return;
        if (!is_sha256_hex(*sha)) {
            ctx.error(ctx.where(pin.get("sha256")), "sha256 of the evidence of " + id + " must be 64 hexadecimal digits",
                      "write the output of 'sha256sum FILE'");
            return;
        }
        if (is_evidence_url(*path)) {
            ctx.error(ctx.where(pin.get("path")), "a URL cannot be pinned: sbdscore never fetches it",
                      "put the file in the bundle beside the response and give its path");
            return;
        }
        e.cited = *path;
        e.pinned_sha256 = ascii_lowercase(*sha);
    } else if (item.is_scalar()) {
        e.cited = item.scalar();
    } else {
        ctx.error(ctx.where(item), "each evidence entry of " + id + " must be a path, a URL or {path, sha256}, not " +
                                       yaml::describe(item));
        return;
    }
    std::string trimmed = e.cited;
    trimmed.erase(0, trimmed.find_first_not_of(" \t"));
    if (trimmed.empty()) {
        ctx.error(where, "empty evidence entry in " + id, "give a document path or URL, or remove the entry");
        return;
    }
    e.url = is_evidence_url(e.cited);
    a.evidence.push_back(e.cited);
    a.evidence_checks.push_back(std::move(e));
}

void read_evidence(Context& ctx, const yaml::Node& node, const std::string& id, Answer& a) {
    if (node.is_sequence()) {
        for (const auto& item : node) read_evidence_item(ctx, item, id, a);
    } else {
        read_evidence_item(ctx, node, id, a);
    }
}

// Returns whether `node` was a map of answers; ids of answers with errors go to `rejected`.
bool read_answers(Context& ctx, const yaml::Node& node, const RulePack& pack, VendorResponse& r,
                  std::set<std::string>& rejected) {
    MapReader answers(ctx, node, "answers");
    if (!answers.ok()) return false;
    const std::vector<std::string> ids = pack.criterion_ids();
    for (const auto& entry : answers.entries()) {
        const Criterion* c = pack.find_criterion(entry.key);
        auto removed = pack.removed.find(entry.key);
        if (!c && removed != pack.removed.end()) {
            const auto& from = removed->second.accepted_from;
            if (std::find(from.begin(), from.end(), r.pack_id) != from.end()) {
                ctx.note(ctx.where(entry.key_node), "answer to " + entry.key + " ignored: pack " + removed->second.removed_by +
                                                        " removes it from " + r.pack_id);
                continue;
            }
            ctx.error(ctx.where(entry.key_node), "unknown criterion " + quote_text(entry.key) + " in pack " + pack.id,
                      "pack " + removed->second.removed_by + " removes it; answers to it are accepted only in responses for " +
                          join(from, ", "));
            rejected.insert(entry.key);
            continue;
        }
        if (!c) {
            ctx.error_lazy(ctx.where(entry.key_node), [&] {
                auto suggestion = closest_match(entry.key, ids);
                return std::pair{"unknown criterion " + quote_text(entry.key) + " in pack " + pack.id,
                                 suggestion ? "did you mean '" + *suggestion + "'?" : "see 'sbdscore rules list' for the criterion ids"};
            });
            continue;
        }
        Answer a;
        a.criterion_id = c->id;
        yaml::Node value = entry.value;
        SourceLocation value_key_at = ctx.where(entry.key_node);
        if (entry.value.is_map()) {
            MapReader m(ctx, entry.value, "the answer to " + c->id, {"value", "evidence", "comment"});
            value = m.require("value");
            if (const auto* v = m.find("value")) value_key_at = ctx.where(v->key_node);
            if (!value.is_defined()) {
                rejected.insert(c->id);
                continue;
            }
            // `evidence: ~` is no evidence, as `value: ~` is no answer (docs/responses.md).
            const yaml::Node evidence = m.get("evidence");
            if (evidence.is_defined() && !evidence.is_null()) read_evidence(ctx, evidence, c->id, a);
            a.comment = yaml::read_string(ctx, m.get("comment"), "comment of " + c->id).value_or("");
        }
        // An empty value is a criterion not answered yet (a blank template); validate lists them.
        // `value_key_at` locates it: yaml-cpp marks an empty value at the next token, not at its key.
        if (value.is_null()) {
            r.blank_answers.emplace(c->id, value_key_at);
            continue;
        }
        if (read_value(ctx, value, *c, a)) r.answers.emplace(c->id, std::move(a));
        else rejected.insert(c->id);
    }
    return true;
}

}  // namespace

bool check_response_document(Context& ctx, const yaml::Node& root, const RulePack& pack, ResponseDraft& draft,
                             const std::vector<std::string>& extra_keys) {
    if (!root.is_map()) {
        ctx.error(ctx.where(root), "not a questionnaire response: expected a map with vendor, product and answers, found " +
                                        yaml::describe(root),
                  "see docs/responses.md, or start from 'sbdscore template'");
        return false;
    }
    std::vector<std::string> keys = {"format", "pack", "pack_version", "vendor", "product", "version", "date", "contact",
                                     "category", "answers"};
    keys.insert(keys.end(), extra_keys.begin(), extra_keys.end());
    MapReader m(ctx, root, "the response", keys);
    VendorResponse& r = draft.response;
    if (auto format = yaml::read_integer(ctx, m.require("format"), "format"); format && *format != 1)
        ctx.error(ctx.where(m.get("format")), "response format " + std::to_string(*format) + " is not supported",
                  "this sbdscore reads format 1");
    r.pack_id = yaml::read_string(ctx, m.require("pack"), "pack").value_or("");
    const bool other_pack = m.find("pack") && !r.pack_id.empty() && !pack.accepts(r.pack_id);
    if (other_pack)
        ctx.error(ctx.where(m.get("pack")), "this response answers pack " + quote_text(r.pack_id) + ", but the run scores pack '" + pack.id + "'",
                  other_pack_hint(r.pack_id, pack));
    r.pack_version = yaml::read_string(ctx, m.get("pack_version"), "pack_version").value_or("");
    if (!r.pack_version.empty() && pack.accepts(r.pack_id)) {
        auto major = [](const std::string& v) { return v.substr(0, v.find('.')); };
        const std::string scored_version = pack.version_of(r.pack_id);
        if (major(r.pack_version) != major(scored_version))
            ctx.warning(ctx.where(m.get("pack_version")),
                        "answers pack version " + quote_text(r.pack_version) + ", scored with version " + scored_version,
                        "criteria may have changed; check the answers against 'sbdscore rules list'");
    }
    auto required_text = [&](const char* key, const char* meaning) {
        auto v = yaml::read_string(ctx, m.require(key), key);
        if (v && v->find_first_not_of(" \t") == std::string::npos) {
            ctx.error(ctx.where(m.get(key)), std::string(key) + " is empty");
            return std::string();
        }
        if (v && is_placeholder(*v)) {
            ctx.error(ctx.where(m.get(key)), std::string(key) + " is still the template placeholder " + quote_text(*v),
                      std::string("write ") + meaning + " in its place");
            return std::string();
        }
        return v.value_or("");
    };
    r.vendor = required_text("vendor", "the vendor's name");
    r.product = required_text("product", "the product's name");
    r.version = required_text("version", "the product version assessed");
    r.date = yaml::read_string(ctx, m.require("date"), "date").value_or("");
    if (m.find("date") && m.get("date").is_scalar() && r.date.empty())
        ctx.error(ctx.where(m.get("date")), "date is empty", "write the date of the answers, YYYY-MM-DD");
    else if (m.find("date") && m.get("date").is_scalar() && is_placeholder(r.date))
        ctx.error(ctx.where(m.get("date")), "date is still the template placeholder " + quote_text(r.date),
                  "write the date of the answers, YYYY-MM-DD");
    else if (m.find("date") && m.get("date").is_scalar() && !is_calendar_date(r.date))
        ctx.error(ctx.where(m.get("date")), "date " + quote_text(r.date) + " is not a calendar date in the form YYYY-MM-DD",
                  suggest_calendar_date(r.date) ? "write it as " + *suggest_calendar_date(r.date) : "");
    r.date_where = ctx.where(m.get("date"));
    r.contact = yaml::read_string(ctx, m.get("contact"), "contact").value_or("");
    bool answers_read = false;
    // Answers to another pack's questions are not checked against this one: the error above says it all.
    if (!other_pack) {
        read_category(ctx, m, pack, r);
        if (const yaml::Node answers = m.require("answers"); answers.is_defined()) {
            r.answers_where = ctx.where(m.find("answers")->key_node);  // the `answers:` line itself
            answers_read = read_answers(ctx, answers, pack, r, draft.rejected);
        }
    }
    return ctx.error_count() == 0 || answers_read;
}

Result<ResponseDraft> read_response_text(const std::string& display_path, const std::string& text, const RulePack& pack,
                                         const std::vector<std::string>& extra_keys) {
    Result<ResponseDraft> result;
    bool keep = false;
    ResponseDraft draft;
    {
        Context ctx(display_path, result.diagnostics);
        auto doc = yaml::parse_one_document(ctx, text);
        if (!doc) return result;
        draft.response.file = display_path;
        draft.response.sha256 = sha256_hex(text);
        keep = check_response_document(ctx, doc->root, pack, draft, extra_keys);
        sort_in_file_order(result.diagnostics);  // before the Context adds its "and N more" line, last
    }
    if (keep) result.value = std::move(draft);
    return result;
}

Result<ResponseDraft> read_response_file(const std::filesystem::path& path, const RulePack& pack, const EvidenceOptions& evidence) {
    if (is_workbook_path(path)) {
        // The same evidence checks as a YAML file; a signature covers the workbook's own bytes.
        Result<ResponseDraft> draft = read_workbook_response_file(path, pack);
        if (draft.value) {
            std::string bytes;
            if (evidence.keyring || evidence.require_signature)
                bytes = read_bounded_file(path, limits::max_workbook_bytes).value.value_or("");
            check_evidence(draft.value->response, path, bytes, evidence);
        }
        return draft;
    }
    return parse_input_file<ResponseDraft>(path, [&](const std::string& shown, const std::string& text) {
        Result<ResponseDraft> draft = read_response_text(shown, text, pack);
        if (draft.value) check_evidence(draft.value->response, path, text, evidence);
        return draft;
    });
}

std::optional<std::string> peek_response_pack(const std::filesystem::path& path) {
    if (is_workbook_path(path)) return peek_workbook_pack(path);
    auto text = read_bounded_file(path, limits::max_input_bytes);
    if (!text.value) return std::nullopt;
    return yaml::peek_top_level_scalar(*text.value, "pack");
}

namespace {

Result<VendorResponse> strict_response(Result<ResponseDraft>&& draft) {
    Result<VendorResponse> result;
    result.diagnostics = std::move(draft.diagnostics);
    if (draft.value && !has_errors(result.diagnostics)) result.value = std::move(draft.value->response);
    return result;
}

}  // namespace

Result<VendorResponse> load_response_text(const std::string& display_path, const std::string& text, const RulePack& pack) {
    return strict_response(read_response_text(display_path, text, pack));
}

Result<VendorResponse> load_response_file(const std::filesystem::path& path, const RulePack& pack,
                                          const EvidenceOptions& evidence) {
    return strict_response(read_response_file(path, pack, evidence));
}

}  // namespace sbd
