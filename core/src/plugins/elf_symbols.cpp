#include "plugins/elf_symbols.hpp"

#include <link.h>  // ElfW(): the ELF types of this machine's word size

#include <cstring>
#include <fstream>
#include <limits>

namespace planforge::detail {

namespace {

// A plugin is a few megabytes; a candidate far larger is not worth reading into memory.
constexpr std::uintmax_t max_library_size = 1ull << 30;

// Copies a T from `bytes` at `offset`, or throws when it does not fit in the file. Copying
// (rather than casting a pointer) also avoids misaligned reads.
template <class T>
T read_at(const std::vector<char>& bytes, std::uint64_t offset) {
  if (offset > bytes.size() || bytes.size() - offset < sizeof(T))
    throw ElfError("truncated ELF file (a table lies outside the file)");
  T value;
  std::memcpy(&value, bytes.data() + offset, sizeof(T));
  return value;
}

bool is_exported(const ElfW(Sym) & symbol) {
  const unsigned binding = ELF64_ST_BIND(symbol.st_info);
  const bool visible_binding =
      binding == STB_GLOBAL || binding == STB_WEAK || binding == STB_GNU_UNIQUE;
  return visible_binding && symbol.st_shndx != SHN_UNDEF &&
         ELF64_ST_VISIBILITY(symbol.st_other) == STV_DEFAULT && symbol.st_name != 0;
}

// The NUL-terminated name at `offset` inside the string table section `strtab`.
std::string name_at(const std::vector<char>& bytes, const ElfW(Shdr) & strtab,
                    std::uint64_t offset) {
  if (offset >= strtab.sh_size) throw ElfError("symbol name outside its string table");
  const std::uint64_t start = strtab.sh_offset + offset;
  const std::uint64_t end = strtab.sh_offset + strtab.sh_size;
  if (end > bytes.size() || start >= end) throw ElfError("string table lies outside the file");
  const char* first = bytes.data() + start;
  const void* nul = std::memchr(first, '\0', end - start);
  if (!nul) throw ElfError("unterminated symbol name");
  return std::string(first, static_cast<const char*>(nul));
}

}  // namespace

std::vector<std::string> exported_symbols_from_bytes(const std::vector<char>& bytes) {
  if (bytes.size() < EI_NIDENT || std::memcmp(bytes.data(), ELFMAG, SELFMAG) != 0)
    throw ElfError("not an ELF file");
  const auto header = read_at<ElfW(Ehdr)>(bytes, 0);
  const unsigned char native_class = sizeof(void*) == 8 ? ELFCLASS64 : ELFCLASS32;
  if (header.e_ident[EI_CLASS] != native_class)
    throw ElfError("ELF file of another word size than this machine's");
  if (header.e_type != ET_DYN) throw ElfError("ELF file is not a shared object");
  if (header.e_shnum != 0 && header.e_shentsize != sizeof(ElfW(Shdr)))
    throw ElfError("unexpected ELF section header size");

  std::vector<ElfW(Shdr)> sections;
  sections.reserve(header.e_shnum);
  for (std::uint64_t i = 0; i < header.e_shnum; ++i)
    sections.push_back(read_at<ElfW(Shdr)>(bytes, header.e_shoff + i * sizeof(ElfW(Shdr))));

  std::vector<std::string> names;
  for (const auto& section : sections) {
    if (section.sh_type != SHT_DYNSYM) continue;
    if (section.sh_link >= sections.size()) throw ElfError("symbol table without string table");
    const ElfW(Shdr)& strtab = sections[section.sh_link];
    const std::uint64_t count = section.sh_size / sizeof(ElfW(Sym));
    if (section.sh_offset > bytes.size() || count > (bytes.size() - section.sh_offset) / sizeof(ElfW(Sym)))
      throw ElfError("symbol table lies outside the file");
    for (std::uint64_t i = 0; i < count; ++i) {
      const auto symbol = read_at<ElfW(Sym)>(bytes, section.sh_offset + i * sizeof(ElfW(Sym)));
      if (is_exported(symbol)) names.push_back(name_at(bytes, strtab, symbol.st_name));
    }
  }
  return names;
}

std::vector<std::string> exported_symbols(const std::filesystem::path& library) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(library, ec);
  if (ec) throw ElfError("cannot read: " + ec.message());
  if (size > max_library_size) throw ElfError("file is too large for a plugin");
  std::ifstream in(library, std::ios::binary);
  if (!in) throw ElfError("cannot open for reading");
  std::vector<char> bytes(static_cast<std::size_t>(size));
  if (size > 0 && !in.read(bytes.data(), static_cast<std::streamsize>(size)))
    throw ElfError("cannot read the whole file");
  return exported_symbols_from_bytes(bytes);
}

}  // namespace planforge::detail
