#pragma once
// A shared library loaded when a feature first needs it rather than at start-up. The workbook
// libraries (libzip, libxlsxwriter) pull in libcrypto, and loading them took a millisecond of every
// run, a fifth of scoring one response, for the few runs that read or write a workbook.

#include <cstring>
#include <string>

namespace sbd {

class SharedLibrary {
public:
    // Loads `soname` ("libzip.so.4") with every symbol bound now; never unloaded.
    explicit SharedLibrary(const char* soname);
    SharedLibrary(const SharedLibrary&) = delete;
    SharedLibrary& operator=(const SharedLibrary&) = delete;

    // False when the library or one of the functions asked for could not be found; error() says which.
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }

    // Points `function` at the library's function `name` (declared by the library's own header,
    // so the type is the header's: bind(zip_discard, "zip_discard") with decltype(&::zip_discard)).
    template <class Function>
    void bind(Function& function, const char* name) {
        void* address = symbol(name);
        static_assert(sizeof function == sizeof address);
        std::memcpy(&function, &address, sizeof address);  // dlsym's object pointer as a function pointer (POSIX)
    }

private:
    void* handle_ = nullptr;
    std::string error_;
    void* symbol(const char* name);
};

}  // namespace sbd
