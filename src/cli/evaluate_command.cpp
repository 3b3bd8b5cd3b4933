// `sbdscore evaluate FILES...`: score, rank and report vendor responses.
//
// Two passes, so memory stays flat in the number of vendors (docs/performance.md): the first scores
// every file on every core and keeps a summary of each (enough to rank them and write the ranking
// tables); the second, only when a report shows each vendor's details, scores each file again in
// rank order and streams its part into every report. Results reach the reports and diagnostics
// reach the terminal in the same order whatever the number of threads.
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <tuple>

#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/inputs.hpp"
#include "cli/output_guard.hpp"
#include "cli/write_output.hpp"
#include "cli/output_spec.hpp"
#include "cli/progress.hpp"
#include "cli/rank_stability.hpp"
#include "cli/scoring_setup.hpp"
#include "load/input_file.hpp"
#include "load/response_loader.hpp"
#include "load/workbook_response_loader.hpp"
#include "score/ranking.hpp"
#include "score/scoring.hpp"
#include "score/verdict_checks.hpp"
#include "util/atomic_file.hpp"
#include "util/dates.hpp"
#include "util/parallel.hpp"

namespace sbd::cli {

namespace {

// The columns the table may use on standard output: COLUMNS when set (so a script can choose),
// else the terminal's width, else no limit (a pipe or a file gets every character).
std::size_t terminal_width() {
    if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
        char* end = nullptr;
        const unsigned long n = std::strtoul(columns, &end, 10);
        if (*end == '\0' && n >= 20 && n <= 10000) return n;
    }
    winsize size{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 0;
}

bool use_color(ColorMode mode) {
    if (mode == ColorMode::always) return true;
    if (mode == ColorMode::never) return false;
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

// A file read twice (once to rank, once to report) that changed in between: the reports would mix
// two versions, so none is written.
struct InputChanged : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// One report being written: its format's writer and where the bytes go (a file written atomically,
// or a spool that reaches standard output after every file was written).
using Spool = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

// A temporary file, removed when closed.
Spool temporary_file() {
    Spool spool{std::tmpfile(), std::fclose};
    if (!spool) throw std::runtime_error("cannot create a temporary file");
    return spool;
}

// One report being written: its format's writer and where the bytes go (a file written atomically,
// or a spool that reaches standard output after every file was written), and the vendors' appendix
// parts kept aside until every vendor's section is written (ReportWriter).
struct Output {
    const OutputTarget* target;
    std::unique_ptr<ReportWriter> writer;
    std::optional<AtomicFile> file;
    Spool spool{nullptr, std::fclose};
    Spool appendix{nullptr, std::fclose};

    void write(std::string& buffer) {
        if (file) file->write(buffer);
        else std::fwrite(buffer.data(), 1, buffer.size(), spool.get());
        buffer.clear();
    }
    void write_appendix(std::string& buffer) {
        std::fwrite(buffer.data(), 1, buffer.size(), appendix.get());
        buffer.clear();
    }
    // The appendix parts, copied into the report.
    void write_kept_appendix() {
        if (!appendix) return;
        if (std::fflush(appendix.get()) != 0 || std::ferror(appendix.get())) throw std::runtime_error("cannot write a temporary file");
        std::rewind(appendix.get());
        std::string chunk(64 * 1024, '\0');
        for (std::size_t n; (n = std::fread(chunk.data(), 1, chunk.size(), appendix.get())) > 0;) {
            std::string part = chunk.substr(0, n);
            write(part);
        }
        appendix.reset();
    }
};

struct Scored {
    std::vector<Diagnostic> diagnostics;
    ResultSummary summary;
    std::vector<WaiverMatch> waivers;
    StabilityInput stability;  // with --sensitivity: what the rank-stability analysis needs of it
    std::optional<VendorResult> full;  // kept for the reports, in a run small enough to hold them
};

// The full results of the first pass, by input position. A run of up to 500 files holding up to
// 16 MiB keeps them, so formats that show every vendor's answers read each file once; a larger run
// keeps only the summaries and reads each file again, in rank order, so memory stays flat however
// many there are. A result is about 36 KiB (sbd-ot's 60 criteria with their answers and findings)
// plus the text of its answers: 18 MiB + 32 MiB at the most.
constexpr std::size_t max_kept_results = 500;
constexpr std::uintmax_t max_kept_bytes = 16 * 1024 * 1024;
using KeptResults = std::vector<std::optional<VendorResult>>;

// Whether the run is small enough to keep its full results: counted by what each file can hold, a
// YAML file its size, a workbook what its parts may inflate to (a file that cannot be examined, or
// standard input, as the most a response may be).
bool can_keep_results(const std::vector<std::filesystem::path>& paths) {
    if (paths.size() > max_kept_results) return false;
    std::uintmax_t total = 0;
    for (const auto& path : paths) {
        std::error_code ec;
        const std::uintmax_t size = std::filesystem::file_size(path, ec);
        if (ec) total += limits::max_input_bytes;
        else if (is_workbook_path(path)) total += std::min<std::uintmax_t>(size * limits::max_compression_ratio, limits::max_workbook_total_bytes);
        else total += size;
        if (total > max_kept_bytes) return false;
    }
    return true;
}

// First pass: every file scored (waivers applied), summarised and ranked; diagnostics printed in
// the order the files were given. With `stability`, the run's rank stability is analysed too, so
// the HTML report can show it before the vendors' sections. With `kept`, the full results are kept
// too (max_kept_results).
RunInfo score_all(const ScoringPlan& plan, const EvidenceOptions& evidence, const std::vector<std::filesystem::path>& paths,
                  unsigned jobs, bool quiet,
                  const std::optional<SensitivitySettings>& stability, KeptResults* kept) {
    RunInfo run;
    if (kept) kept->resize(paths.size());
    std::vector<WaivedVendor> waived;
    std::vector<StabilityInput> stability_inputs;
    std::size_t scorable = 0;
    Progress progress("scoring", paths.size(), Progress::wanted(quiet));
    ordered_parallel_for(
        paths.size(), jobs,
        [&](std::size_t i) {
            Scored s;
            auto loaded = load_response_file(paths[i], plan.pack, evidence);
            s.diagnostics = loaded.diagnostics;
            VendorResult result = loaded ? plan.score(*loaded, std::move(loaded.diagnostics), &s.waivers)
                                         : invalid_result(paths[i].string(), std::move(loaded.diagnostics));
            if (stability) s.stability = stability_input(result);
            s.summary = summarize_result(result, i, plan.pack);
            if (kept) s.full = std::move(result);
            return s;
        },
        [&](std::size_t i, Scored s) {
            if (kept) (*kept)[i] = std::move(s.full);
            if (!s.diagnostics.empty()) {
                progress.clear();
                print_diagnostics(s.diagnostics);
            }
            if (s.summary.verdict != Verdict::invalid) {
                waived.push_back({s.summary.vendor, std::move(s.waivers)});
                ++scorable;
            }
            if (stability) {
                // Past the most the analysis takes it only counts them (and says so): keep no scores.
                if (scorable > max_sensitivity_vendors) {
                    s.stability.fraction = {};
                    s.stability.applicable = {};
                    s.stability.credit = {};
                    s.stability.counts = {};
                }
                stability_inputs.push_back(std::move(s.stability));
            }
            run.ranked.push_back(std::move(s.summary));
            progress.step();
        },
        small_results_ahead);
    progress.clear();
    print_diagnostics(plan.waiver_warnings(waived).diagnostics);
    rank_results(run.ranked);
    if (stability) run.stability = analyse_rank_stability(std::move(stability_inputs), plan.pack, *stability);
    return run;
}

// Every file the run reads: the responses, the pack's files, the profile and waivers files.
std::vector<std::filesystem::path> run_inputs(const EvaluateOptions& opt, const std::vector<std::filesystem::path>& responses) {
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs = responses;
    std::error_code ec;
    if (!opt.pack.rules.empty())
        for (const auto& entry : fs::directory_iterator(opt.pack.rules, ec)) inputs.push_back(entry.path());
    for (const std::string* file : {&opt.profile, &opt.waivers})
        if (!file->empty() && fs::exists(*file, ec)) inputs.emplace_back(*file);
    return inputs;
}

// Second pass of a run too large to keep its results, for one ranked entry: the full result,
// scored again from the same bytes.
VendorResult rescore(const ScoringPlan& plan, const EvidenceOptions& evidence, const ResultSummary& entry) {
    if (entry.verdict == Verdict::invalid) return invalid_result(entry.file, entry.diagnostics);
    auto loaded = load_response_file(entry.file, plan.pack, evidence);
    if (!loaded || loaded->sha256 != entry.sha256)
        throw InputChanged(entry.file + " changed while sbdscore was reading it; nothing was written (run it again)");
    VendorResult result = plan.score(*loaded, std::move(loaded.diagnostics));
    result.rank = entry.rank;
    return result;
}

// --title, --organisation and --classification as given: one line each that fits a page header.
bool labels_fit(const ReportLabels& labels) {
    const std::tuple<const char*, const std::string*, std::size_t> given[] = {
        {"--title", &labels.title, max_title_characters},
        {"--organisation", &labels.organisation, max_organisation_characters},
        {"--classification", &labels.classification, max_classification_characters}};
    bool ok = true;
    for (const auto& [option, text, most] : given) {
        if (text->empty()) continue;
        if (auto problem = label_problem(*text, most)) {
            print_diagnostics({{Severity::error, {}, std::string(option) + " " + *problem, "give one line of at most " + std::to_string(most) + " characters"}});
            ok = false;
        }
    }
    return ok;
}

// --detail and --paper shape the HTML report only: a warning when none is written.
void check_html_options(const EvaluateOptions& opt, const std::vector<OutputTarget>& targets) {
    if (opt.detail.empty() && opt.paper.empty()) return;
    for (const auto& t : targets)
        if (t.format->name == "html") return;
    print_diagnostics({{Severity::warning, {},
                        std::string(opt.detail.empty() ? "--paper" : opt.paper.empty() ? "--detail" : "--detail and --paper") +
                            (opt.detail.empty() || opt.paper.empty() ? " shapes" : " shape") +
                            " the HTML report, and no HTML report is written",
                        "add -o html=FILE"}});
}

}  // namespace

int run_evaluate(const EvaluateOptions& opt) {
    auto targets = parse_output_specs(opt.outputs, opt.format);
    auto as_of = run_date(opt.as_of);
    print_diagnostics(targets.diagnostics);
    if (targets.ok()) print_diagnostics(as_of.diagnostics);  // one usage error at a time
    if (!targets.ok() || !as_of.ok()) return exit_code::invalid_input;
    for (const auto& target : *targets.value)
        if (target.format->name == "xlsx" && !binary_output_allowed(target.file)) return exit_code::invalid_input;
    if (!labels_fit(opt.labels)) return exit_code::invalid_input;
    std::optional<SensitivitySettings> stability;
    if (opt.sensitivity && !(stability = stability_settings(opt.stability))) return exit_code::invalid_input;
    auto paths = expand_inputs(opt.files, opt.recursive);
    print_diagnostics(paths.diagnostics);
    if (paths.value->empty()) return exit_code::invalid_input;
    auto guarded = check_outputs(*targets.value, run_inputs(opt, *paths.value));
    print_diagnostics(guarded.diagnostics);
    if (!guarded.ok()) return exit_code::invalid_input;
    // The pack: --rules, --pack, or the one the responses name; chosen before anything is scored.
    const unsigned jobs = opt.jobs > 0 ? opt.jobs : default_jobs();
    auto plan = plan_scoring(opt.pack, *paths.value, {opt.profile, opt.waivers, *as_of.value, opt.stage, opt.screen, jobs});
    print_diagnostics(plan.diagnostics);
    if (!plan) return exit_code::invalid_input;
    auto evidence = evidence_options(opt.evidence, plan->pack.verify_evidence, plan->today);
    print_diagnostics(evidence.diagnostics);
    if (!evidence) return exit_code::invalid_input;
    print_verbose(std::to_string(paths.value->size()) + " response file(s), " + std::to_string(jobs) + " thread(s)" +
                  (plan->profile.empty() ? "" : ", profile " + plan->profile) +
                  (opt.waivers.empty() ? "" : ", waivers " + opt.waivers) +
                  (as_of.value->has_value() ? ", as of " + **as_of.value : ""));

    // Formats other than the table show each vendor's answers: keep the full results when they fit.
    const bool details_wanted = std::any_of(targets.value->begin(), targets.value->end(),
                                            [](const OutputTarget& t) { return t.format->make({})->needs_vendors(); });
    KeptResults kept;
    const bool keep = details_wanted && can_keep_results(*paths.value);
    RunInfo run = score_all(*plan, *evidence, *paths.value, jobs, verbosity() == Verbosity::quiet, stability, keep ? &kept : nullptr);
    run.evidence_verified = evidence->verify;
    run.signatures_checked = evidence->keyring != nullptr;
    run.pack = &plan->pack;
    run.as_of = as_of.value->value_or("");
    run.profile = plan->profile;
    run.labels = merge_labels(plan->labels, opt.labels);
    run.stage = plan->stage;
    run.screen = plan->screen;
    if (stability) check_rank_stability(run, *targets.value);
    check_html_options(opt, *targets.value);
    RenderOptions style;
    style.fail_on = opt.fail_on;
    style.detail = opt.detail == "summary" ? ReportDetail::summary : ReportDetail::full;
    style.paper = opt.paper == "letter" ? PaperSize::letter : PaperSize::a4;
    style.csv_bom = !opt.no_csv_bom;
    style.csv_wide = opt.csv_layout == "wide";

    // Files first, standard output last: a report on screen means every file was written.
    bool outputs_ok = true;
    std::vector<Output> outputs;
    for (const auto& target : *targets.value) {
        Output out{&target, nullptr, std::nullopt};
        RenderOptions options = style;
        if (target.file.empty()) {
            options.color = use_color(opt.color);
            options.width = terminal_width();
            out.writer = target.format->make(options);
            out.spool = temporary_file();
        } else {
            auto file = AtomicFile::create(target.file);
            print_diagnostics(file.diagnostics);
            if (!file) {
                outputs_ok = false;
                continue;
            }
            options.color = opt.color == ColorMode::always && target.format->name == "table";
            out.writer = target.format->make(options);
            out.file.emplace(std::move(*file));
        }
        if (out.writer->has_appendix()) out.appendix = temporary_file();
        outputs.push_back(std::move(out));
    }
    std::string buffer;
    bool details = false;
    for (auto& out : outputs) {
        out.writer->begin(run, buffer);
        out.write(buffer);
        while (out.writer->begin_more(buffer)) out.write(buffer);
        details = details || out.writer->needs_vendors();
    }
    if (details) {
        Progress progress("writing", run.ranked.size(), Progress::wanted(verbosity() == Verbosity::quiet));
        try {
            ordered_parallel_for(
                run.ranked.size(), jobs,
                [&](std::size_t k) {
                    const ResultSummary& entry = run.ranked[k];
                    if (entry.input < kept.size() && kept[entry.input]) {  // each k its own slot: no two threads share one
                        VendorResult result = std::move(*kept[entry.input]);
                        kept[entry.input].reset();
                        result.rank = entry.rank;
                        return result;
                    }
                    return rescore(*plan, *evidence, entry);
                },
                [&](std::size_t, VendorResult result) {
                    for (auto& out : outputs) {
                        if (!out.writer->needs_vendors()) continue;
                        out.writer->vendor(result, buffer);
                        out.write(buffer);
                        if (!out.appendix) continue;
                        out.writer->vendor_appendix(result, buffer);
                        out.write_appendix(buffer);
                    }
                    progress.step();
                });
        } catch (const InputChanged& e) {
            progress.clear();
            print_diagnostics({{Severity::error, {}, e.what(), ""}});
            return exit_code::invalid_input;  // the temporary files are removed unwritten
        }
    }
    for (auto& out : outputs) {
        out.writer->after_vendors(buffer);
        out.write(buffer);
        out.write_kept_appendix();
        out.writer->end(buffer);
        out.write(buffer);
        if (out.file) {
            auto committed = out.file->commit();
            print_diagnostics(committed.diagnostics);
            outputs_ok = outputs_ok && committed.ok();
        }
    }
    for (auto& out : outputs) {
        if (!out.spool) continue;
        std::rewind(out.spool.get());
        char chunk[64 * 1024];
        for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, out.spool.get())) > 0;)
            std::cout.write(chunk, static_cast<std::streamsize>(n));
        std::cout << std::flush;
    }
    if (!outputs_ok || !paths.ok()) return exit_code::invalid_input;
    std::vector<Verdict> verdicts;
    for (const auto& r : run.ranked) verdicts.push_back(r.verdict);
    return exit_code_for(verdicts, opt.fail_on);
}

}  // namespace sbd::cli
