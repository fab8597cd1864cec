#pragma once
// Reads the names a shared library exports, without loading it.
//
// Boost.DLL 1.74's library_info lists the static symbol table (.symtab), which `strip`
// removes from every packaged library; the dynamic loader uses .dynsym. So a stripped but
// perfectly good plugin would look like it had no entry point. This reader walks .dynsym,
// checking every offset against the file's size: a candidate may be any file at all.

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace planforge::detail {

struct ElfError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Names of the symbols the library defines and exports (default visibility, global or weak
// binding), in table order. Throws ElfError when the file cannot be read or is not an ELF
// shared object of this machine's class, or when its tables point outside the file.
std::vector<std::string> exported_symbols(const std::filesystem::path& library);

// The same, over a file's bytes (for tests).
std::vector<std::string> exported_symbols_from_bytes(const std::vector<char>& bytes);

}  // namespace planforge::detail
