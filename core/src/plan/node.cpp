#include "plan/plan_data.hpp"

#include <algorithm>

namespace planforge::detail {

Location Node::location() const {
  Location where;
  if (plan && file < plan->files.size()) where.file = plan->files[file];
  where.line = line;
  where.column = column;
  return where;
}

void* Arena::allocate(std::size_t bytes, std::size_t align) {
  const auto padding = [align](const std::byte* p) {
    return (align - reinterpret_cast<std::uintptr_t>(p) % align) % align;
  };
  if (bytes > block_size / 4) {
    // A large request gets a block of its own; the current block stays in use.
    blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(bytes + align));
    std::byte* block = blocks_.back().get();
    return block + padding(block);
  }
  if (bytes + padding(next_) > left_) {
    blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(block_size));
    next_ = blocks_.back().get();
    left_ = block_size;
  }
  std::byte* p = next_ + padding(next_);
  left_ -= static_cast<std::size_t>(p - next_) + bytes;
  next_ = p + bytes;
  return p;
}

const Attribute* Node::find_attribute(std::string_view attr_name) const {
  for (const Attribute& a : attributes)
    if (a.name == attr_name) return &a;
  return nullptr;
}

}  // namespace planforge::detail
