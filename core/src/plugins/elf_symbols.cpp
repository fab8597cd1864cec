#include "plugins/elf_symbols.hpp"

#include <link.h>  // ElfW(): the ELF types of this machine's word size

#include <algorithm>
#include <cstring>
#include <fstream>
#include <functional>
#include <optional>

namespace planforge::detail {

namespace {

// A plugin is a few megabytes; a candidate far larger is not worth looking at.
constexpr std::uintmax_t max_library_size = 1ull << 30;

// Where the ELF parser reads from: a file's bytes in memory (tests), or the file itself, of
// which only the header, the section headers, the dynamic symbol table and its names are
// read (a plugin built with debug information is megabytes; its symbol table kilobytes).
class Source {
 public:
  using Reader = std::function<void(std::uint64_t offset, std::size_t count, char* out)>;
  Source(std::uint64_t size, Reader read) : size_(size), read_(std::move(read)) {}
  std::uint64_t size() const { return size_; }

  // `count` bytes at `offset`, or throws `why` when they do not lie inside the file.
  std::vector<char> bytes(std::uint64_t offset, std::uint64_t count, const char* why) const {
    if (offset > size_ || size_ - offset < count) throw ElfError(why);
    std::vector<char> out(static_cast<std::size_t>(count));
    if (count > 0) read_(offset, out.size(), out.data());
    return out;
  }
  // Copies a T (rather than casting a pointer: no misaligned reads).
  template <class T>
  T at(std::uint64_t offset) const {
    const auto raw = bytes(offset, sizeof(T), "truncated ELF file (a table lies outside the file)");
    T value;
    std::memcpy(&value, raw.data(), sizeof(T));
    return value;
  }

 private:
  std::uint64_t size_;
  Reader read_;
};

bool is_exported(const ElfW(Sym) & symbol) {
  const unsigned binding = ELF64_ST_BIND(symbol.st_info);
  const bool visible_binding = binding == STB_GLOBAL || binding == STB_WEAK || binding == STB_GNU_UNIQUE;
  return visible_binding && symbol.st_shndx != SHN_UNDEF &&
         ELF64_ST_VISIBILITY(symbol.st_other) == STV_DEFAULT && symbol.st_name != 0;
}

// The NUL-terminated name at `offset` inside a string table's bytes.
std::string name_at(const std::vector<char>& strtab, std::uint64_t offset) {
  if (offset >= strtab.size()) throw ElfError("symbol name outside its string table");
  const char* first = strtab.data() + offset;
  const void* nul = std::memchr(first, '\0', strtab.size() - offset);
  if (!nul) throw ElfError("unterminated symbol name");
  return std::string(first, static_cast<const char*>(nul));
}

std::vector<std::string> exported_symbols_from(const Source& in) {
  const auto ident = in.bytes(0, std::min<std::uint64_t>(in.size(), EI_NIDENT), "not an ELF file");
  if (ident.size() < EI_NIDENT || std::memcmp(ident.data(), ELFMAG, SELFMAG) != 0)
    throw ElfError("not an ELF file");
  const auto header = in.at<ElfW(Ehdr)>(0);
  const unsigned char native_class = sizeof(void*) == 8 ? ELFCLASS64 : ELFCLASS32;
  if (header.e_ident[EI_CLASS] != native_class)
    throw ElfError("ELF file of another word size than this machine's");
  if (header.e_type != ET_DYN) throw ElfError("ELF file is not a shared object");
  if (header.e_shnum != 0 && header.e_shentsize != sizeof(ElfW(Shdr)))
    throw ElfError("unexpected ELF section header size");

  const auto table = in.bytes(header.e_shoff, std::uint64_t{header.e_shnum} * sizeof(ElfW(Shdr)),
                              "truncated ELF file (a table lies outside the file)");
  std::vector<ElfW(Shdr)> sections(header.e_shnum);
  if (!sections.empty()) std::memcpy(sections.data(), table.data(), table.size());

  std::vector<std::string> names;
  for (const auto& section : sections) {
    if (section.sh_type != SHT_DYNSYM) continue;
    if (section.sh_link >= sections.size()) throw ElfError("symbol table without string table");
    const ElfW(Shdr)& strtab = sections[section.sh_link];
    const std::uint64_t count = section.sh_size / sizeof(ElfW(Sym));
    if (section.sh_offset > in.size() || count > (in.size() - section.sh_offset) / sizeof(ElfW(Sym)))
      throw ElfError("symbol table lies outside the file");
    const auto raw =
        in.bytes(section.sh_offset, count * sizeof(ElfW(Sym)), "symbol table lies outside the file");
    std::optional<std::vector<char>> strings;  // read at the first name: a table may have none
    for (std::uint64_t i = 0; i < count; ++i) {
      ElfW(Sym) symbol;
      std::memcpy(&symbol, raw.data() + i * sizeof(ElfW(Sym)), sizeof symbol);
      if (!is_exported(symbol)) continue;
      if (!strings)
        strings = in.bytes(strtab.sh_offset, strtab.sh_size, "string table lies outside the file");
      names.push_back(name_at(*strings, symbol.st_name));
    }
  }
  return names;
}

}  // namespace

std::vector<std::string> exported_symbols_from_bytes(const std::vector<char>& bytes) {
  return exported_symbols_from(Source(bytes.size(), [&](std::uint64_t offset, std::size_t count, char* out) {
    std::memcpy(out, bytes.data() + offset, count);
  }));
}

std::vector<std::string> exported_symbols(const std::filesystem::path& library) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(library, ec);
  if (ec) throw ElfError("cannot read: " + ec.message());
  if (size > max_library_size) throw ElfError("file is too large for a plugin");
  std::ifstream in(library, std::ios::binary);
  if (!in) throw ElfError("cannot open for reading");
  return exported_symbols_from(Source(size, [&](std::uint64_t offset, std::size_t count, char* out) {
    in.seekg(static_cast<std::streamoff>(offset));
    if (!in.read(out, static_cast<std::streamsize>(count))) throw ElfError("cannot read the file");
  }));
}

}  // namespace planforge::detail
