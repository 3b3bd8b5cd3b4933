// Fuzz target: a rule pack, which then scores and reports the examples. A pack is several files,
// so an input is their concatenation, each starting with a line "#==> NAME" (pack.yaml first; the
// seeds are the packs of the source tree written that way, see pack_seeds.cmake).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "load/rule_pack_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sbd;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    constexpr std::string_view marker = "#==> ";
    std::vector<PackFile> files;
    std::size_t at = text.rfind(marker, 0) == 0 ? 0 : text.find("\n" + std::string(marker));
    if (at == std::string_view::npos) return 0;
    if (at > 0) ++at;
    while (at != std::string_view::npos && at < text.size()) {
        const std::size_t name_end = text.find('\n', at);
        if (name_end == std::string_view::npos) break;
        std::size_t next = text.find("\n" + std::string(marker), name_end);
        const std::size_t content_end = next == std::string_view::npos ? text.size() : next + 1;
        std::string name(text.substr(at + marker.size(), name_end - at - marker.size()));
        files.push_back({name, "fuzz-pack/" + name, std::string(text.substr(name_end + 1, content_end - name_end - 1))});
        at = next == std::string_view::npos ? next : next + 1;
    }
    auto pack = load_pack_files(files, "fuzz-pack");
    if (!pack.value) return 0;
    fuzz::render_every_format(*pack.value, fuzz::score_examples(*pack.value));
    return 0;
}
