#include "theme/xml_source.hpp"

#include <cstdint>
#include <string_view>

namespace planforge::detail {

namespace {
// A theme is a few kilobytes; anything this large is a wrong path, not a theme.
constexpr std::uintmax_t max_theme_bytes = 4u << 20;
}  // namespace

bool XmlSource::load(const std::filesystem::path& file, Diagnostics& diags) {
  file_.display = file.string();
  file_.path = file;
  file_.buffer = &buffer_;
  const ReadResult read = read_regular_file(file, buffer_, max_theme_bytes);
  if (read.status == ReadStatus::too_large) {
    diags.error({file_.display},
                "theme file is too large (" + describe_size(read.size) + "); a theme.xml is a few kilobytes");
    return false;
  }
  if (read.status != ReadStatus::ok) {
    diags.error({file_.display}, "cannot read theme file: " + describe_read_problem(read));
    return false;
  }
  if (!loader::parse_xml(file_, diags)) return false;
  if (!root()) {
    diags.error({file_.display}, "theme file has no root element");
    return false;
  }
  return true;
}

Location XmlSource::at_pointer(const char* p, std::ptrdiff_t adjust) const {
  // Names and values of parsed nodes point into buffer_; pugixml's static empty strings
  // (nodes without a value) do not, and get a file-only location.
  if (!file_.in_buffer(p)) return file_.whole_file();
  return file_.at(static_cast<std::size_t>(static_cast<std::ptrdiff_t>(file_.offset_of(p)) + adjust));
}

Location XmlSource::at(const pugi::xml_node& node) const {
  if (node.type() == pugi::node_element) return at_pointer(node.name(), -1);
  return at_pointer(node.value(), 0);
}

Location XmlSource::at(const pugi::xml_attribute& attr) const { return at_pointer(attr.name(), 0); }

Location XmlSource::value_at(const pugi::xml_attribute& attr) const {
  // An empty value has no bytes of its own: point just after its opening quote.
  if (!file_.in_buffer(attr.value())) return at_pointer(attr.name(), 0);
  return at_pointer(attr.value(), 0);
}

}  // namespace planforge::detail
