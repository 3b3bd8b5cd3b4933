#include "report/json_writer.hpp"

#include <nlohmann/json.hpp>

#include "util/text.hpp"

#include <cmath>

namespace sbd {

namespace {

// A string as nlohmann's dump writes it. Most report text is printable ASCII with nothing to
// escape and is written directly; anything else (escapes, UTF-8, bytes that are not UTF-8) goes
// through nlohmann, so the bytes stay nlohmann's.
void append_string(std::string& out, std::string_view text) {
    bool plain = true;
    for (unsigned char c : text)
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
            plain = false;
            break;
        }
    if (plain) {
        out += '"';
        out += text;
        out += '"';
        return;
    }
    // Vendor text may hide escape sequences, bidirectional overrides or zero-width characters that
    // JSON would carry through escaped but intact; they go as they go everywhere else.
    out += nlohmann::json(remove_hidden(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A double as nlohmann's dump writes it (its shortest round-trip Grisu2 digits; null when not finite).
void append_number(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    char buffer[64];
    char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, end);
}

}  // namespace

void JsonWriter::indent(std::size_t depth) { out_->append(2 * depth, ' '); }

void JsonWriter::before_value() {
    if (after_key_) {  // the value of a key: on the key's line
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;  // the document itself
    Level& level = levels_.back();
    *out_ += level.members++ == 0 ? "\n" : ",\n";
    indent(levels_.size());
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    append_string(*out_, name);
    *out_ += ": ";
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    *out_ += '{';
    levels_.push_back({true});
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    *out_ += '[';
    levels_.push_back({false});
    return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
    const bool empty = levels_.back().members == 0;
    levels_.pop_back();
    if (!empty) {
        *out_ += '\n';
        indent(levels_.size());
    }
    *out_ += bracket;
    return *this;
}

JsonWriter& JsonWriter::end_object() { return close('}'); }
JsonWriter& JsonWriter::end_array() { return close(']'); }

JsonWriter& JsonWriter::value(std::string_view text) {
    before_value();
    append_string(*out_, text);
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    before_value();
    append_number(*out_, number);
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    before_value();
    *out_ += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(std::size_t number) {
    before_value();
    *out_ += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    before_value();
    *out_ += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    *out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::value(const std::vector<std::string>& texts) {
    begin_array();
    for (const auto& t : texts) value(t);
    return end_array();
}

JsonWriter& JsonWriter::raw(std::string_view json) {
    before_value();
    *out_ += json;
    return *this;
}

}  // namespace sbd
