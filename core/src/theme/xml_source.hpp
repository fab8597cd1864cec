#pragma once
// A theme file parsed in place, so that every element and attribute knows the line and
// column it came from (pugixml only keeps offsets of elements, and only as bytes).

#include <planforge/diagnostics.hpp>

#include <pugixml.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace planforge::detail {

class XmlSource {
 public:
  // Reads and parses `file`; reports an unreadable file or malformed XML to `diags` (at the
  // place of the syntax error) and returns false.
  bool load(const std::filesystem::path& file, Diagnostics& diags);

  pugi::xml_node root() const { return doc_.document_element(); }
  const std::string& file_name() const { return file_name_; }

  Location at(const pugi::xml_node& node) const;            // the element's '<'
  Location at(const pugi::xml_attribute& attr) const;       // the attribute's name
  Location value_at(const pugi::xml_attribute& attr) const; // the first character of its value

 private:
  Location at_offset(std::ptrdiff_t offset) const;
  Location at_pointer(const char* p, std::ptrdiff_t adjust) const;

  std::string file_name_;
  std::string buffer_;                     // parsed in place: names and values point here
  std::vector<std::size_t> line_starts_;   // byte offset of each line's first character
  pugi::xml_document doc_;
};

}  // namespace planforge::detail
