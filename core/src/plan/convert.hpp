#pragma once
// pugixml DOM → the plain Node tree the rest of planforge sees. Along the way: locations for
// every node and attribute, ${var} expansion, duplicate attributes, entity references that
// pugixml leaves as written, and <include> expansion where a <section> may stand.

#include "plan/plan_data.hpp"
#include "plan/vars.hpp"
#include "plan/xml_file.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <vector>

namespace planforge::detail::loader {

// What the whole load shares: the plan being filled, the variables, and the include chain.
struct LoadContext {
  PlanData& plan;
  Diagnostics& diags;
  const LoadOptions& options;
  VarTable vars;
  std::filesystem::path folder;                      // the plan's folder, canonical
  std::vector<std::filesystem::path> chain;          // canonical paths of the files open now
  std::map<std::filesystem::path, std::uint32_t> file_indexes;  // canonical path → files[i]
  std::vector<const Node*> refs;                     // every <ref>, checked once ids are known

  // The index of a file in PlanData::files, adding it when new.
  std::uint32_t file_index(const std::filesystem::path& canonical, std::string display);
};

class Converter {
 public:
  explicit Converter(LoadContext& context) : ctx_(context) {}

  // Converts an element and its subtree. `includes_allowed` says whether <include> children
  // are expanded (in <plan> and in an included <sections>) or reported as misplaced.
  std::unique_ptr<Node> element(XmlFile& file, pugi::xml_node from, Node* parent,
                                bool includes_allowed = false);

  // The element with its attributes only, not indexed: for <include>, which is replaced.
  std::unique_ptr<Node> shallow(XmlFile& file, pugi::xml_node from, Node* parent);

  LoadContext& context() { return ctx_; }

 private:
  std::unique_ptr<Node> start_element(XmlFile& file, pugi::xml_node from, Node* parent);
  void attributes(XmlFile& file, pugi::xml_node from, Node& to);
  void children(XmlFile& file, pugi::xml_node from, Node& to, bool includes_allowed);
  void text(XmlFile& file, pugi::xml_node from, Node& to);
  // Expands ${var} in a value that starts at `offset` in the file; problems are reported at
  // the exact column of their "${".
  std::string expand(XmlFile& file, std::string_view value, std::size_t offset, bool entities);

  LoadContext& ctx_;
};

// ids.cpp, called while converting so that the tree is walked once: the id index
// (duplicates across all files) and the rich-text markup (<b>, <i>, <link>, <ref>).
void index_element(const Node& e, PlanData& plan, Diagnostics& diags);
void check_inline_element(const Node& e, Diagnostics& diags);

// Replaces an <include> by the sections of the file it names (see includes.cpp).
void expand_include(Converter& converter, XmlFile& file, pugi::xml_node include, Node& parent);

// Reports entity references in a text or attribute value that pugixml left as written:
// `&foo;` is an undefined entity, `&#xZZ;` a malformed character reference. The value
// starts at `offset` in file.original and ends at `terminator`.
void check_entities(XmlFile& file, std::size_t offset, char terminator, Diagnostics& diags);

// The offset in file.original of byte `index` of a value decoded by pugixml from the bytes
// at `start` (entity and character references and CR LF shrink when decoded).
std::size_t original_offset(const XmlFile& file, std::size_t start, std::size_t index,
                            bool entities);

}  // namespace planforge::detail::loader
