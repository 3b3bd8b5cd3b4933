// A small stand-in for libFuzzer, so every build can run the fuzz targets (docs/security.md):
//   fuzz_KIND [-runs=N] [-seed=S] [-max_len=N] [-dict=FILE] [-replay=FOLDER]... SEED_FILE_OR_FOLDER...
// runs LLVMFuzzerTestOneInput on every seed (folders: their files, recursively) and every file of
// the -replay folders (inputs worth running once, such as the YAML test suite, but too far from
// the target's format to be worth mutating), then on N inputs made by mutating seeds: bit flips, interesting bytes, deleted, repeated or spliced ranges,
// dictionary tokens. Deterministic for a seed. A crash, a sanitizer report or an input taking more
// than 10 s ends the process, after naming the input (seed file, or mutation number) on stderr.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

char current[512] = "nothing yet";  // the input being run, for the crash handler

extern "C" void on_crash(int sig) {
    const char* prefix = "fuzz driver: stopped while running ";
    ssize_t ignored = ::write(STDERR_FILENO, prefix, std::strlen(prefix));
    ignored = ::write(STDERR_FILENO, current, std::strlen(current));
    ignored = ::write(STDERR_FILENO, "\n", 1);
    (void)ignored;
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

struct Rng {  // splitmix64: small, and the same numbers on every platform
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
};

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// libFuzzer's dictionary format: one "token" per line, with \xNN, \" and \\ escapes; # comments.
std::vector<std::string> read_dictionary(const std::string& path) {
    std::vector<std::string> tokens;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        const auto open = line.find('"');
        const auto close = line.rfind('"');
        if (line.empty() || line[0] == '#' || open == std::string::npos || close <= open) continue;
        std::string token;
        for (std::size_t i = open + 1; i < close; ++i) {
            if (line[i] == '\\' && i + 1 < close) {
                if (line[i + 1] == 'x' && i + 3 < close) {
                    token += static_cast<char>(std::stoi(line.substr(i + 2, 2), nullptr, 16));
                    i += 3;
                } else {
                    token += line[++i];
                }
            } else {
                token += line[i];
            }
        }
        tokens.push_back(token);
    }
    return tokens;
}

std::string mutate(std::string input, const std::vector<std::string>& corpus, const std::vector<std::string>& dict, Rng& rng,
                   std::size_t max_len) {
    static const char interesting[] = {0, '\n', '\t', ' ', ':', '-', '[', '{', '&', '*', '!', '"', '\'', '#', '|', '>', '\x7f', '\xff', '\xc3'};
    const std::size_t steps = rng.below(3) == 0 ? 2 + rng.below(3) : 1;  // mostly one change: an input that still loads goes deeper
    for (std::size_t s = 0; s < steps; ++s) {
        const std::size_t at = rng.below(input.size() + 1);
        switch (rng.below(7)) {
            case 0:  // flip a bit
                if (!input.empty()) input[rng.below(input.size())] ^= static_cast<char>(1u << rng.below(8));
                break;
            case 1:  // an interesting byte
                if (!input.empty()) input[rng.below(input.size())] = interesting[rng.below(sizeof interesting)];
                break;
            case 2:  // delete a range
                input.erase(at, 1 + rng.below(64));
                break;
            case 3: {  // repeat a range
                const std::string piece = input.substr(at, 1 + rng.below(128));
                const std::size_t times = 1 + rng.below(rng.below(2) ? 4 : 200);
                for (std::size_t k = 0; k < times; ++k) input.insert(rng.below(input.size() + 1), piece);
                break;
            }
            case 4:  // a dictionary token
                if (!dict.empty()) input.insert(at, dict[rng.below(dict.size())]);
                break;
            case 5: {  // splice another seed
                const std::string& other = corpus[rng.below(corpus.size())];
                input = input.substr(0, at) + other.substr(rng.below(other.size() + 1));
                break;
            }
            default:  // cut
                input.resize(at);
                break;
        }
        if (input.size() > max_len) input.resize(max_len);
    }
    return input;
}

bool option(const std::string& arg, const char* name, std::string& value) {
    const std::string prefix = std::string("-") + name + "=";
    if (arg.rfind(prefix, 0) != 0) return false;
    value = arg.substr(prefix.size());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t runs = 1000, max_len = 64 * 1024;
    std::uint64_t seed = 1;
    std::vector<std::string> dict;
    std::vector<std::filesystem::path> seed_files, replay_files;
    auto add_files = [](const std::filesystem::path& path, std::vector<std::filesystem::path>& to) {
        if (!std::filesystem::is_directory(path)) return to.push_back(path);
        for (const auto& e : std::filesystem::recursive_directory_iterator(path))
            if (e.is_regular_file()) to.push_back(e.path());
    };
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        std::string value;
        if (option(arg, "replay", value)) add_files(value, replay_files);
        else
        if (option(arg, "runs", value)) runs = std::stoul(value);
        else if (option(arg, "seed", value)) seed = std::stoull(value);
        else if (option(arg, "max_len", value)) max_len = std::stoul(value);
        else if (option(arg, "dict", value)) dict = read_dictionary(value);
        else add_files(arg, seed_files);
    }
    std::sort(seed_files.begin(), seed_files.end());  // the same order, so the same mutations, everywhere
    std::sort(replay_files.begin(), replay_files.end());
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGALRM}) ::signal(sig, on_crash);

    std::vector<std::string> corpus;
    for (const auto* files : {&seed_files, &replay_files}) {
        for (const auto& path : *files) {
            std::string data = read_file(path);
            std::snprintf(current, sizeof current, "seed %s", path.c_str());
            ::alarm(10);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
            if (files == &seed_files && data.size() <= max_len) corpus.push_back(std::move(data));
        }
    }
    if (corpus.empty()) corpus.emplace_back();
    Rng rng{seed};
    for (std::size_t n = 0; n < runs; ++n) {
        const std::string input = mutate(corpus[rng.below(corpus.size())], corpus, dict, rng, max_len);
        std::snprintf(current, sizeof current, "mutation %zu of -seed=%llu (rerun with -runs=%zu)", n,
                      static_cast<unsigned long long>(seed), n + 1);
        ::alarm(10);
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
    }
    ::alarm(0);
    std::cout << argv[0] << ": " << seed_files.size() + replay_files.size() << " seeds and " << runs << " mutations run, no crash\n";
    return 0;
}
