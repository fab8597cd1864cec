#pragma once
// The loaded plan: a tree of plain nodes (pugixml stays inside the loader), the meta data,
// the variables, the sections and the id index. Owned by the engine for the whole run;
// planforge::Element and planforge::PlanView are views into it.

#include <planforge/date.hpp>
#include <planforge/diagnostics.hpp>
#include <planforge/document.hpp>
#include <planforge/element.hpp>
#include <planforge/engine.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace planforge::detail {

struct Attribute {
  std::string name;
  std::string value;          // ${var} already expanded
  std::uint32_t line = 0, column = 0;
};

// An element or a run of text. Locations are (file index, line, column) so that a 50 MB
// plan does not carry a file name per node.
struct Node {
  enum class Kind { element, text };
  Kind kind = Kind::element;
  std::string name;           // element name; empty for text
  std::string text;           // text content (kind == text), ${var} expanded
  std::vector<Attribute> attributes;
  std::vector<std::unique_ptr<Node>> children;
  Node* parent = nullptr;
  const PlanData* plan = nullptr;
  std::uint32_t file = 0, line = 0, column = 0;

  Location location() const;
  const Attribute* find_attribute(std::string_view name) const;
};

struct Revision {
  std::string version;
  std::optional<Date> date;
  std::string author;
  RichText description;
};

struct Meta {
  std::string title, subtitle, client, prepared_by, status, confidentiality;
  std::optional<Date> date;
  std::filesystem::path logo;         // absolute; empty for none
  Location logo_location;
  std::vector<Revision> revisions;
  std::optional<Date> period_start, period_end;
};

struct SectionEntry {
  const Node* node = nullptr;
  std::string type, id, title, label;  // title may be empty: the plugin's default applies
  bool appendix = false;
};

struct PlanData {
  std::vector<std::string> files;     // file table: index 0 is the plan itself
  std::vector<std::filesystem::path> paths;  // the same files, absolute (for resolving hrefs)
  std::unique_ptr<Node> root;         // <plan>, includes merged in
  std::string format, id, version, template_name, lang;
  Meta meta;
  // <var> values after --set, plus the built-ins (title, subtitle, client, prepared-by,
  // date, status, version) so that header and footer text can use them too.
  std::map<std::string, std::string, std::less<>> vars;
  std::vector<SectionEntry> sections; // document order, includes expanded
  std::unordered_map<std::string, const Node*> ids;
};

// Loads PLAN.xml and everything it includes. Every problem goes to `diags` (file:line:col);
// returns nullptr only when nothing usable could be read (missing file, malformed XML).
std::unique_ptr<PlanData> load_plan(const LoadOptions& options, Diagnostics& diags);

// The block a generic element (<p>, <list>, <table>, <note>) stands for. <subsection> is
// handled by the section builder (it needs heading levels); anything else gives nullopt.
std::optional<Block> generic_block(Element element);

// Checks the generic blocks of a section and their rich text (unknown elements and
// attributes, <ref to> targets, <link href> present, table rows of equal width).
void check_generic_blocks(Element section, Diagnostics& diags, const PlanView& plan);

}  // namespace planforge::detail
