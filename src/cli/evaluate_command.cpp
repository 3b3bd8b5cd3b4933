// `sbdscore evaluate FILES...`: score, rank and report vendor responses.
//
// Two passes, so memory stays flat in the number of vendors (docs/performance.md): the first scores
// every file on every core and keeps a summary of each (enough to rank them and write the ranking
// tables); the second, only when a report shows each vendor's details, scores each file again in
// rank order and streams its part into every report. Results reach the reports and diagnostics
// reach the terminal in the same order whatever the number of threads.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <stdexcept>

#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/inputs.hpp"
#include "cli/output_guard.hpp"
#include "cli/output_spec.hpp"
#include "cli/progress.hpp"
#include "cli/rank_stability.hpp"
#include "cli/scoring_setup.hpp"
#include "load/response_loader.hpp"
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
struct Output {
    const OutputTarget* target;
    std::unique_ptr<ReportWriter> writer;
    std::optional<AtomicFile> file;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> spool{nullptr, std::fclose};

    void write(std::string& buffer) {
        if (file) file->write(buffer);
        else std::fwrite(buffer.data(), 1, buffer.size(), spool.get());
        buffer.clear();
    }
};

struct Scored {
    std::vector<Diagnostic> diagnostics;
    ResultSummary summary;
    std::vector<WaiverMatch> waivers;
};

// First pass: every file scored (waivers applied), summarised and ranked; diagnostics printed in
// the order the files were given.
RunInfo score_all(const ScoringPlan& plan, const EvidenceOptions& evidence, const std::vector<std::filesystem::path>& paths,
                  unsigned jobs, bool quiet) {
    RunInfo run;
    std::vector<WaivedVendor> waived;
    Progress progress("scoring", paths.size(), Progress::wanted(quiet));
    ordered_parallel_for(
        paths.size(), jobs,
        [&](std::size_t i) {
            Scored s;
            auto loaded = load_response_file(paths[i], plan.pack, evidence);
            s.diagnostics = loaded.diagnostics;
            s.summary = loaded ? summarize_result(plan.score(*loaded, std::move(loaded.diagnostics), &s.waivers), i, plan.pack)
                               : summarize_result(invalid_result(paths[i].string(), std::move(loaded.diagnostics)), i, plan.pack);
            return s;
        },
        [&](std::size_t, Scored s) {
            if (!s.diagnostics.empty()) {
                progress.clear();
                print_diagnostics(s.diagnostics);
            }
            if (s.summary.verdict != Verdict::invalid) waived.push_back({s.summary.vendor, std::move(s.waivers)});
            run.ranked.push_back(std::move(s.summary));
            progress.step();
        });
    progress.clear();
    print_diagnostics(plan.waiver_warnings(waived).diagnostics);
    rank_results(run.ranked);
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

// Second pass, for one ranked entry: the full result, scored again from the same bytes.
VendorResult rescore(const ScoringPlan& plan, const EvidenceOptions& evidence, const ResultSummary& entry) {
    if (entry.verdict == Verdict::invalid) return invalid_result(entry.file, entry.diagnostics);
    auto loaded = load_response_file(entry.file, plan.pack, evidence);
    if (!loaded || loaded->sha256 != entry.sha256)
        throw InputChanged(entry.file + " changed while sbdscore was reading it; nothing was written (run it again)");
    VendorResult result = plan.score(*loaded, std::move(loaded.diagnostics));
    result.rank = entry.rank;
    return result;
}

}  // namespace

int run_evaluate(const EvaluateOptions& opt) {
    auto targets = parse_output_specs(opt.outputs, opt.format);
    auto as_of = run_date(opt.as_of);
    print_diagnostics(targets.diagnostics);
    if (targets.ok()) print_diagnostics(as_of.diagnostics);  // one usage error at a time
    if (!targets.ok() || !as_of.ok()) return exit_code::invalid_input;
    std::optional<SensitivitySettings> stability;
    if (opt.sensitivity && !(stability = stability_settings(opt.stability))) return exit_code::invalid_input;
    auto paths = expand_inputs(opt.files, opt.recursive);
    print_diagnostics(paths.diagnostics);
    if (paths.value->empty()) return exit_code::invalid_input;
    auto guarded = check_outputs(*targets.value, run_inputs(opt, *paths.value));
    print_diagnostics(guarded.diagnostics);
    if (!guarded.ok()) return exit_code::invalid_input;
    // The pack: --rules, --pack, or the one the responses name; chosen before anything is scored.
    auto plan = plan_scoring(opt.pack, *paths.value, {opt.profile, opt.waivers, *as_of.value, opt.stage, opt.screen});
    print_diagnostics(plan.diagnostics);
    if (!plan) return exit_code::invalid_input;
    auto evidence = evidence_options(opt.evidence, plan->pack.verify_evidence, plan->today);
    print_diagnostics(evidence.diagnostics);
    if (!evidence) return exit_code::invalid_input;
    const unsigned jobs = opt.jobs > 0 ? opt.jobs : default_jobs();

    RunInfo run = score_all(*plan, *evidence, *paths.value, jobs, opt.quiet);
    run.evidence_verified = evidence->verify;
    run.signatures_checked = evidence->keyring != nullptr;
    run.pack = &plan->pack;
    run.as_of = as_of.value->value_or("");
    run.profile = plan->profile;
    run.stage = plan->stage;
    run.screen = plan->screen;
    if (stability) check_rank_stability(run, *targets.value);

    // Files first, standard output last: a report on screen means every file was written.
    bool outputs_ok = true;
    std::vector<Output> outputs;
    for (const auto& target : *targets.value) {
        Output out{&target, nullptr, std::nullopt};
        if (target.file.empty()) {
            out.writer = target.format->make({use_color(opt.color), opt.fail_on, terminal_width(), stability});
            out.spool.reset(std::tmpfile());
            if (!out.spool) throw std::runtime_error("cannot create a temporary file for standard output");
        } else {
            auto file = AtomicFile::create(target.file);
            print_diagnostics(file.diagnostics);
            if (!file) {
                outputs_ok = false;
                continue;
            }
            out.writer = target.format->make({opt.color == ColorMode::always && target.format->name == "table", opt.fail_on, 0, stability});
            out.file.emplace(std::move(*file));
        }
        outputs.push_back(std::move(out));
    }
    std::string buffer;
    bool details = false;
    for (auto& out : outputs) {
        out.writer->begin(run, buffer);
        out.write(buffer);
        details = details || out.writer->needs_vendors();
    }
    if (details) {
        Progress progress("writing", run.ranked.size(), Progress::wanted(opt.quiet));
        try {
            ordered_parallel_for(
                run.ranked.size(), jobs, [&](std::size_t k) { return rescore(*plan, *evidence, run.ranked[k]); },
                [&](std::size_t, VendorResult result) {
                    for (auto& out : outputs) {
                        if (!out.writer->needs_vendors()) continue;
                        out.writer->vendor(result, buffer);
                        out.write(buffer);
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
