#pragma once
// JSON written as it goes, in the exact layout of nlohmann's dump(2): two-space indentation,
// "key": value, "{}" and "[]" when empty. Reports stream one vendor at a time with it instead of
// building a document tree (memory flat in the number of vendors), and only json_writer.cpp
// compiles nlohmann, which serialises each scalar (escaping, shortest round-trip numbers, bytes
// that are not UTF-8 replaced) so the bytes are nlohmann's.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sbd {

class JsonWriter {
public:
    // Appends to `out`, which the caller may flush (and clear) between calls.
    explicit JsonWriter(std::string& out) : out_(&out) {}
    // Appends to `out` from now on, the open objects and arrays carried over (a report writes
    // each vendor into whatever buffer the run hands it).
    void retarget(std::string& out) { out_ = &out; }

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);  // in an object, before each value

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(double number);
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(std::size_t number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    JsonWriter& value(const std::vector<std::string>& texts);  // an array of strings
    template <class T>
    JsonWriter& value(const std::optional<T>& maybe) { return maybe ? value(*maybe) : null(); }

    // key(name) then value(v).
    template <class T>
    JsonWriter& field(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }
    JsonWriter& null_field(std::string_view name) { return key(name).null(); }

    // A value written as-is (JSON text this writer produced, e.g. another writer's output).
    JsonWriter& raw(std::string_view json);

    // The document's final newline, as reports end with one.
    void finish() { *out_ += '\n'; }

private:
    struct Level {
        bool object;
        std::size_t members = 0;
    };
    std::string* out_;
    std::vector<Level> levels_;
    bool after_key_ = false;

    void before_value();  // separator and indentation of a new member or item
    void indent(std::size_t depth);
    JsonWriter& close(char bracket);
};

}  // namespace sbd
