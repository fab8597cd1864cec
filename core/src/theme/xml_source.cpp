#include "theme/xml_source.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>

namespace planforge::detail {

namespace {
// A theme is a few kilobytes; anything this large is a wrong path, not a theme.
constexpr std::uintmax_t max_theme_bytes = 4u << 20;
}  // namespace

bool XmlSource::load(const std::filesystem::path& file, Diagnostics& diags) {
  file_name_ = file.string();
  std::error_code ec;
  auto size = std::filesystem::file_size(file, ec);
  if (ec) {
    diags.error({file_name_}, "cannot read theme file: " + ec.message());
    return false;
  }
  if (size > max_theme_bytes) {
    diags.error({file_name_}, "theme file is too large (" + std::to_string(size) +
                                  " bytes); a theme.xml is a few kilobytes");
    return false;
  }
  std::ifstream in(file, std::ios::binary);
  buffer_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    diags.error({file_name_}, "cannot read theme file");
    return false;
  }
  // Line starts are taken before parsing: in-place parsing writes terminators into buffer_.
  line_starts_.assign(1, 0);
  for (std::size_t i = 0; i < buffer_.size(); ++i)
    if (buffer_[i] == '\n') line_starts_.push_back(i + 1);

  // Forced UTF-8 keeps pugixml from converting into a new buffer, which would break the
  // pointer arithmetic the locations depend on.
  auto result = doc_.load_buffer_inplace(buffer_.data(), buffer_.size(),
                                         pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    diags.error(at_offset(result.offset), std::string("malformed XML: ") + result.description());
    return false;
  }
  if (!root()) {
    diags.error({file_name_}, "theme file has no root element");
    return false;
  }
  return true;
}

Location XmlSource::at_offset(std::ptrdiff_t offset) const {
  if (offset < 0 || static_cast<std::size_t>(offset) > buffer_.size()) return {file_name_};
  auto off = static_cast<std::size_t>(offset);
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), off);
  std::size_t line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  // Columns count code points, not bytes, so that "é" is one column as an editor shows it.
  std::uint32_t column = 1;
  for (std::size_t i = line_starts_[line_index]; i < off; ++i)
    if ((static_cast<unsigned char>(buffer_[i]) & 0xC0) != 0x80) ++column;
  return {file_name_, static_cast<std::uint32_t>(line_index + 1), column};
}

Location XmlSource::at_pointer(const char* p, std::ptrdiff_t adjust) const {
  // Names and values of parsed nodes point into buffer_; pugixml's static empty strings
  // (nodes without a value) do not, and get a file-only location.
  auto begin = reinterpret_cast<std::uintptr_t>(buffer_.data());
  auto where = reinterpret_cast<std::uintptr_t>(p);
  if (where < begin || where > begin + buffer_.size()) return {file_name_};
  return at_offset(static_cast<std::ptrdiff_t>(where - begin) + adjust);
}

Location XmlSource::at(const pugi::xml_node& node) const {
  if (node.type() == pugi::node_element) return at_pointer(node.name(), -1);
  return at_pointer(node.value(), 0);
}

Location XmlSource::at(const pugi::xml_attribute& attr) const {
  return at_pointer(attr.name(), 0);
}

Location XmlSource::value_at(const pugi::xml_attribute& attr) const {
  return at_pointer(attr.value(), 0);
}

}  // namespace planforge::detail
