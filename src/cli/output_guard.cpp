#include "cli/output_guard.hpp"

#include <sys/stat.h>

#include <optional>
#include <utility>

#include "util/file_id.hpp"

namespace sbd::cli {

namespace {

namespace fs = std::filesystem;

// How a message names an output: "--output json=FILE", or "--output FILE" for a command with one output.
std::string named(const OutputTarget& out) { return "--output " + (out.format ? out.format->name + "=" : std::string()) + out.file; }

fs::path resolved(const fs::path& path) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);  // absolute first: "a" and "./x/../a" agree
    return ec ? fs::absolute(path).lexically_normal() : p;
}

}  // namespace

Result<void> check_outputs(const std::vector<OutputTarget>& outputs, const std::vector<fs::path>& inputs) {
    Result<void> result;
    std::vector<std::pair<FileId, fs::path>> input_ids;
    for (const auto& input : inputs)
        if (auto id = file_id(input)) input_ids.emplace_back(*id, input);
    std::vector<std::pair<fs::path, const OutputTarget*>> seen;
    for (const auto& out : outputs) {
        if (out.file.empty() || out.file == "-") continue;
        const auto id = file_id(out.file);
        struct stat info {};
        const bool regular_or_new = ::stat(out.file.c_str(), &info) != 0 || S_ISREG(info.st_mode);
        if (id && regular_or_new) {  // writing to a device (/dev/null) overwrites nothing
            for (const auto& [input_id, input] : input_ids)
                if (input_id == *id) {
                    result.error({}, named(out) + " would overwrite " + input.string() +
                                         ", an input of this run; nothing was written");
                    break;
                }
        }
        const fs::path where = resolved(out.file);
        for (const auto& [other, target] : seen)
            if (other == where && regular_or_new) {
                result.error({}, named(out) + " and " + named(*target).substr(9) + " are the same file; nothing was written");
                break;
            }
        seen.emplace_back(where, &out);
    }
    return result;
}

}  // namespace sbd::cli
