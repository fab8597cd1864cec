#include "plugins/elf_machine.hpp"

#include <elf.h>
#include <link.h>

#include <cstring>

// The ELF header of the library this code is linked into: whatever the running planforge
// was built for, read from itself rather than guessed from compiler macros.
extern "C" const ElfW(Ehdr) __ehdr_start __attribute__((visibility("hidden")));

namespace planforge::detail {

std::string machine_name(unsigned machine) {
  switch (machine) {
    case EM_386: return "x86 (32-bit)";
    case EM_X86_64: return "x86-64";
    case EM_AARCH64: return "AArch64";
    case EM_ARM: return "ARM (32-bit)";
    case EM_PPC: return "PowerPC";
    case EM_PPC64: return "PowerPC 64";
    case EM_S390: return "IBM Z (s390x)";
    case EM_RISCV: return "RISC-V";
    case EM_MIPS: return "MIPS";
    case EM_SPARCV9: return "SPARC V9";
    case 258: return "LoongArch";  // EM_LOONGARCH, newer than some elf.h
    default: return "machine " + std::to_string(machine);
  }
}

std::string foreign_machine(std::string_view header) {
  if (header.size() < EI_NIDENT + 4 || std::memcmp(header.data(), ELFMAG, SELFMAG) != 0) return {};
  const ElfW(Ehdr)& self = __ehdr_start;
  const auto ident = [&](int i) { return static_cast<unsigned char>(header[static_cast<std::size_t>(i)]); };
  const bool big = ident(EI_DATA) == ELFDATA2MSB;
  // e_machine follows e_ident (16 bytes) and e_type (2), in the file's own byte order.
  const auto b0 = static_cast<unsigned char>(header[18]), b1 = static_cast<unsigned char>(header[19]);
  const unsigned machine = big ? (b0 << 8) | b1 : (b1 << 8) | b0;
  if (machine != self.e_machine)
    return "built for " + machine_name(machine) + ", this planforge runs on " + machine_name(self.e_machine);
  if (ident(EI_DATA) != self.e_ident[EI_DATA])
    return std::string("a ") + (big ? "big" : "little") + "-endian library, this machine is " +
           (big ? "little" : "big") + "-endian";
  if (ident(EI_CLASS) != self.e_ident[EI_CLASS])
    return std::string("a ") + (ident(EI_CLASS) == ELFCLASS32 ? "32" : "64") +
           "-bit library, this planforge is " + (self.e_ident[EI_CLASS] == ELFCLASS32 ? "32" : "64") + "-bit";
  return {};
}

}  // namespace planforge::detail
