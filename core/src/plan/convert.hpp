#pragma once
// pugixml DOM → the plain Node tree the rest of planforge sees. Along the way: locations for
// every node and attribute, ${var} expansion, duplicate attributes, entity references that
// pugixml leaves as written, and <include> expansion where a <section> may stand.

#include "plan/plan_data.hpp"
#include "plan/vars.hpp"
#include "plan/xml_file.hpp"

#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <vector>

namespace planforge::detail::loader {

// What the whole load shares: the plan being filled, the variables, the include chain and
// what has been spent of the limits.
struct LoadContext {
  LoadContext(PlanData& plan, Diagnostics& diags, const LoadOptions& options)
      : plan(plan), diags(diags), options(options), limits(options.limits) {}

  PlanData& plan;
  Diagnostics& diags;
  const LoadOptions& options;
  const Limits& limits;
  VarTable vars;
  std::filesystem::path folder;                                 // the plan's folder, canonical
  std::vector<std::filesystem::path> chain;                     // canonical paths of the files open now
  std::map<std::filesystem::path, std::uint32_t> file_indexes;  // canonical path → files[i]
  std::vector<const Node*> refs;                                // every <ref>, checked once ids are known
  std::uint64_t elements = 0;                                   // converted so far, all files
  std::uint64_t includes = 0, include_bytes = 0;                // expanded so far

  // The index of a file in PlanData::files, adding it when new.
  std::uint32_t file_index(const std::filesystem::path& canonical, std::string display);
};

// structure.cpp: walks a parsed file (without recursion) before it is converted, holding it
// to the limits on nesting depth, element count and attributes per element. Reports the
// first excess at its place and returns false: such a file is not converted at all, so no
// recursive step after this ever meets deeper nesting than the limit.
bool check_structure(XmlFile& file, LoadContext& ctx);

class Converter {
 public:
  explicit Converter(LoadContext& context) : ctx_(context) {}

  // Converts an element and its subtree. `includes_allowed` says whether <include> children
  // are expanded (in <plan> and in an included <sections>) or reported as misplaced.
  Node* element(XmlFile& file, pugi::xml_node from, Node* parent, bool includes_allowed = false);

  // An array in the plan's arena holding `nodes`.
  std::span<Node*> keep(const std::vector<Node*>& nodes);

  // The element with its attributes only, not indexed: for <include>, which is replaced.
  Node* shallow(XmlFile& file, pugi::xml_node from, Node* parent);

  LoadContext& context() { return ctx_; }

 private:
  Node* start_element(XmlFile& file, pugi::xml_node from, Node* parent);
  Node* new_node(Node::Kind kind, const XmlFile& file, LineColumn where, Node* parent);
  void attributes(XmlFile& file, pugi::xml_node from, Node& to);
  void children(XmlFile& file, pugi::xml_node from, Node& to, std::vector<Node*>& out, bool includes_allowed);
  Node* text(XmlFile& file, pugi::xml_node from, Node& to);
  // Expands ${var} in a value that starts at `offset` in the file; problems are reported at
  // the exact column of their "${". The value itself when there is nothing to expand, else
  // a view of the expansion kept in PlanData::strings.
  std::string_view expand(XmlFile& file, std::string_view value, std::size_t offset, bool entities);

  LoadContext& ctx_;
  // Child lists are gathered here, one vector per depth reused for every element, then
  // copied into the arena at their exact size. A deque: growing it moves no vector.
  std::deque<std::vector<Node*>> scratch_;
  std::size_t depth_ = 0;
};

// ids.cpp, called while converting so that the tree is walked once: the id index
// (duplicates across all files) and the rich-text markup (<b>, <i>, <link>, <ref>).
void index_element(const Node& e, PlanData& plan, Diagnostics& diags);
void check_inline_element(const Node& e, Diagnostics& diags);

// Replaces an <include> by the sections of the file it names (see includes.cpp): they are
// appended to `out`, the children of `parent` being gathered.
void expand_include(Converter& converter, XmlFile& file, pugi::xml_node include, Node& parent,
                    std::vector<Node*>& out);

// The offsets in the file of bytes `indexes` (ascending) of a value that pugixml decoded from
// the bytes at `start` (entity and character references and CR LF shrink when decoded),
// replacing each index by its offset. One pass, however many indexes.
void original_offsets(XmlFile& file, std::size_t start, std::vector<std::size_t>& indexes, bool entities);

}  // namespace planforge::detail::loader
