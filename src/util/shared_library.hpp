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

// A library's functions as members named and typed as its header declares them, from one list:
//   #define SBD_LIBZIP_FUNCTIONS(X) X(zip_discard) X(zip_fread) ...
//   struct Libzip { SBD_LIBZIP_FUNCTIONS(SBD_LIBRARY_MEMBER) };
// bound where a SharedLibrary `library` and the struct `functions` are in scope:
//   SBD_LIBZIP_FUNCTIONS(SBD_LIBRARY_BIND)       // functions.zip_discard from library
// or, in a build that links the library, taken by address:
//   SBD_LIBZIP_FUNCTIONS(SBD_LIBRARY_ADDRESS)
#define SBD_LIBRARY_MEMBER(name) decltype(&::name) name = nullptr;
#define SBD_LIBRARY_BIND(name) library.bind(functions.name, #name);
#define SBD_LIBRARY_ADDRESS(name) functions.name = &::name;
