#pragma once
// A theme file read and checked by the plan loader's XML module (the same encoding, entity
// and syntax diagnostics as a plan), so that every element and attribute knows the line and
// column it came from.

#include "plan/xml_file.hpp"

#include <planforge/diagnostics.hpp>

#include <pugixml.hpp>

#include <filesystem>
#include <string>

namespace planforge::detail {

class XmlSource {
 public:
  XmlSource() = default;
  XmlSource(const XmlSource&) = delete;
  XmlSource& operator=(const XmlSource&) = delete;

  // Reads and parses `file`; reports an unreadable file or malformed XML to `diags` (at the
  // place of the syntax error) and returns false.
  bool load(const std::filesystem::path& file, Diagnostics& diags);

  pugi::xml_node root() const { return file_.doc.document_element(); }
  const std::string& file_name() const { return file_.display; }

  Location at(const pugi::xml_node& node) const;             // the element's '<'
  Location at(const pugi::xml_attribute& attr) const;        // the attribute's name
  Location value_at(const pugi::xml_attribute& attr) const;  // the first character of its value

 private:
  Location at_pointer(const char* p, std::ptrdiff_t adjust) const;

  std::string buffer_;            // parsed in place: names and values point here
  mutable loader::XmlFile file_;  // its line map moves a cursor as it answers
};

}  // namespace planforge::detail
