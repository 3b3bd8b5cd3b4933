#include "util/shared_library.hpp"

#include <dlfcn.h>

namespace sbd {

SharedLibrary::SharedLibrary(const char* soname) {
    handle_ = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!handle_) {
        const char* why = ::dlerror();
        error_ = why ? why : std::string(soname) + ": cannot be loaded";
    }
}

void* SharedLibrary::symbol(const char* name) {
    if (!handle_) return nullptr;
    void* address = ::dlsym(handle_, name);
    if (!address && error_.empty()) error_ = std::string("the library has no function ") + name;
    return address;
}

}  // namespace sbd
