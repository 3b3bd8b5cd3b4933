#include "cli/inputs.hpp"

#include <algorithm>
#include <set>
#include <variant>

#include "util/file_id.hpp"

namespace sbd::cli {

namespace {

namespace fs = std::filesystem;

// A response by its name: YAML, or a workbook filled in Excel (docs/spreadsheets.md).
bool has_response_extension(const fs::path& path) {
    const auto ext = path.extension();
    return ext == ".yaml" || ext == ".yml" || ext == ".xlsx";
}

// Excel's lock file beside a workbook open in Excel (~$vendor.xlsx): a few bytes naming the user,
// never a response.
bool is_excel_lock_file(const fs::path& path) { return path.filename().string().rfind("~$", 0) == 0; }

bool is_response_file(const fs::directory_entry& entry, std::error_code& ec) {
    return entry.is_regular_file(ec) && has_response_extension(entry.path()) && !is_excel_lock_file(entry.path());
}

// The response files of `dir`, sorted; with `recursive`, its subfolders' too (a folder's own files
// first, then each subfolder in name order). Symbolic links to folders are not followed, so a link
// loop cannot make this endless; an entry that cannot be examined (a loop of links) is an error of
// its own, and the other entries are still read.
std::vector<fs::path> response_files(const fs::path& dir, bool recursive, std::error_code& ec, Result<void>& problems) {
    std::vector<fs::path> files;
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::error_code entry_ec;
        const bool yaml = has_response_extension(entry.path());  // or a workbook
        const bool regular = entry.is_regular_file(entry_ec);
        if (yaml && is_excel_lock_file(entry.path())) {
            problems.diagnostics.push_back({Severity::note, {entry.path().string()}, "skipped: Excel's lock file for a workbook open in Excel", ""});
            continue;
        }
        if (entry_ec && yaml) {
            problems.error({entry.path().string(), 0, 0}, "cannot read this entry: " + entry_ec.message(),
                           entry_ec == std::errc::too_many_symbolic_link_levels ? "a loop of symbolic links; point the link at the file" : "");
            continue;
        }
        if (yaml && !regular && !entry.is_directory(entry_ec)) {
            problems.error({entry.path().string(), 0, 0}, "is not a regular file (a FIFO, device or socket)", "give the file itself");
            continue;
        }
        if (regular && yaml) files.push_back(entry.path().lexically_normal());  // "./a.yaml" -> "a.yaml"
        else if (recursive && entry.is_directory(entry_ec) && !entry.is_symlink(entry_ec)) folders.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::sort(folders.begin(), folders.end());
    for (const auto& folder : folders) {
        auto more = response_files(folder, true, ec, problems);
        files.insert(files.end(), more.begin(), more.end());
    }
    return files;
}

// How many response files the subfolders of `dir` hold (for the hint when it holds none itself).
std::size_t files_below(const fs::path& dir) {
    std::error_code ec;
    std::size_t n = 0;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code entry_ec;
        if (is_response_file(*it, entry_ec)) ++n;
    }
    return n;
}

}  // namespace

Result<std::vector<fs::path>> expand_inputs(const std::vector<std::string>& args, bool recursive) {
    Result<std::vector<fs::path>> result;
    std::vector<fs::path> out;
    for (const auto& arg : args) {
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            out.emplace_back(arg);
            continue;
        }
        Result<void> problems;
        std::vector<fs::path> found = response_files(arg, recursive, ec, problems);
        std::sort(problems.diagnostics.begin(), problems.diagnostics.end(),
                  [](const Diagnostic& a, const Diagnostic& b) { return a.where.file < b.where.file; });
        result.append(problems.diagnostics);
        if (ec) {
            result.error({arg, 0, 0}, "cannot list the folder: " + ec.message());
        } else if (found.empty() && problems.ok()) {
            const std::size_t below = recursive ? 0 : files_below(arg);
            result.error({arg, 0, 0}, "no response files (.yaml, .yml, .xlsx) in this folder",
                         below ? "its subfolders hold " + std::to_string(below) + "; add --recursive to read them" : "");
        }
        out.insert(out.end(), found.begin(), found.end());
    }
    // A file named twice (directly, through its folder, or by another link) is read once: it is one
    // vendor. Known by its file id (resolving each path instead was a third of the system time of a
    // 1,000-file run). A name that cannot be examined stays a name; loading it reports why.
    std::vector<fs::path> unique;
    std::set<std::variant<FileId, fs::path>> seen;
    for (const auto& p : out) {
        const auto id = file_id(p);
        const auto key = id ? decltype(seen)::value_type(*id) : decltype(seen)::value_type(fs::absolute(p).lexically_normal());
        if (seen.insert(key).second) unique.push_back(p);
        else result.diagnostics.push_back({Severity::note, {p.string(), 0, 0}, "given more than once; read once", ""});
    }
    if (unique.empty()) result.error({}, "no response files to read; nothing was scored");
    result.value = std::move(unique);
    return result;
}

}  // namespace sbd::cli
