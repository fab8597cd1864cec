#pragma once
// Whether a library was built for this machine: the same ELF class (32 or 64 bits), byte
// order and instruction set as the running planforge. A library for another CPU would pass
// every symbol check and then fail in dlopen() with a misleading "No such file or
// directory" (the loader's words for "wrong machine"), so it is refused first, by name.

#include <string>
#include <string_view>

namespace planforge::detail {

// Empty when `header` (a file's first bytes, at least the ELF header) is an ELF file for
// this machine, or not an ELF file at all (another check says so); otherwise the reason:
// "built for AArch64, this planforge runs on x86-64", "a big-endian library, this machine
// is little-endian", "a 32-bit library, this planforge is 64-bit".
std::string foreign_machine(std::string_view header);

// A machine's name for messages: "x86-64", "AArch64", "RISC-V"… or "machine 1234".
std::string machine_name(unsigned machine);

}  // namespace planforge::detail
