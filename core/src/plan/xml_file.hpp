#pragma once
// One XML file of a plan: its bytes (parsed in place by pugixml and kept by the plan, since
// the nodes' names and values point into them), the pugixml document, and the line map that
// turns pointers into those bytes back into file:line:col.

#include "input/read_file.hpp"
#include "input/line_map.hpp"

#include <planforge/diagnostics.hpp>
#include <planforge/engine.hpp>

#include <pugixml.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace planforge::detail::loader {

struct XmlFile {
  std::uint32_t index = 0;        // in PlanData::files
  std::string display;            // the name diagnostics show
  std::filesystem::path path;     // absolute
  std::uint32_t depth = 0;        // elements around its root once merged (0: the plan)
  std::string* buffer = nullptr;  // the bytes, in PlanData::buffers; pugixml rewrites them
                                  // in place, so every check of the raw text runs first
  pugi::xml_document doc;
  std::optional<LineMap> lines;
  bool on_disk = true;  // false when read through LoadOptions::read_file

  // Found in the raw bytes before parsing:
  std::size_t prolog_end = 0;                // the first thing that is not white space, a
                                             // comment, a PI or the DOCTYPE
  std::optional<std::size_t> doctype;        // where "<!DOCTYPE" is
  std::optional<std::size_t> trailing_text;  // stray text after the last '>'

  std::size_t offset_of(const char* p) const { return static_cast<std::size_t>(p - buffer->data()); }
  bool in_buffer(const char* p) const { return p >= buffer->data() && p < buffer->data() + buffer->size(); }
  Location at(std::size_t offset);
  Location at(const char* p) { return at(offset_of(p)); }
  // The same without building a Location (no file name copy): for every node and attribute.
  LineColumn locate(const char* p) { return lines->locate(offset_of(p)); }
  Location whole_file() const { return Location{display, 0, 0}; }

  // The file as it is on disk, for the rare message that must quote the raw text after
  // pugixml rewrote the buffer: read again on first use.
  const std::string& pristine();

 private:
  std::optional<std::string> pristine_;
};

// A file of the plan: through LoadOptions::read_file when the plan comes from elsewhere
// (`planforge diff --git`), else read_regular_file(); either way at most `max_bytes`.
ReadResult read_plan_file(const LoadOptions& options, const std::filesystem::path& path, std::string& out,
                          std::uintmax_t max_bytes);

// *file.buffer holds the file. Checks the encoding (UTF-8 only, no control characters) and
// entity references, parses, and checks what pugixml accepts silently (several root
// elements, text outside the root, a DOCTYPE, a non-UTF-8 encoding declaration). Every
// problem is reported at its place; returns false when no usable document came out.
bool parse_xml(XmlFile& file, Diagnostics& diags);

// Reports a pugixml parse failure with a reader's message at the right line and column.
void report_parse_error(XmlFile& file, const pugi::xml_parse_result& result, Diagnostics& diags);

// entities.cpp: reports entity references pugixml would leave as written (`&foo;` is an
// undefined entity, `&#xZZ;` a malformed character reference), anywhere in the raw bytes
// but comments, CDATA sections, PIs and the DOCTYPE.
void check_entities(XmlFile& file, Diagnostics& diags);

}  // namespace planforge::detail::loader
