#pragma once
// The loaded plan: a tree of plain nodes (pugixml stays inside the loader), the meta data,
// the variables, the sections and the id index. Owned by the engine for the whole run;
// planforge::Element and planforge::PlanView are views into it.

#include <planforge/date.hpp>
#include <planforge/diagnostics.hpp>
#include <planforge/document.hpp>
#include <planforge/element.hpp>
#include <planforge/engine.hpp>
#include <planforge/format.hpp>

#include "input/read_scope.hpp"
#include "plan/id_index.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace planforge::detail {

// Names and values are views: into the file buffers the plan keeps (pugixml decodes in
// place) or, for values that had ${var} expanded, into PlanData::strings. Attribute and
// child lists are spans into PlanData::arena. A 50 MB plan is millions of nodes, so a node
// owns nothing and is freed with its arena's blocks.
struct Attribute {
  std::string_view name;
  std::string_view value;  // ${var} already expanded
  std::uint32_t line = 0, column = 0;
};

// An element or a run of text. Locations are (file index, line, column) so that a 50 MB
// plan does not carry a file name per node.
struct Node {
  enum class Kind : std::uint8_t { element, text };
  Kind kind = Kind::element;
  std::uint32_t file = 0, line = 0, column = 0;
  std::string_view name;  // element name; empty for text
  std::string_view text;  // text content (kind == text), ${var} expanded
  std::span<Attribute> attributes;
  std::span<Node*> children;
  Node* parent = nullptr;
  const PlanData* plan = nullptr;

  Location location() const;
  const Attribute* find_attribute(std::string_view name) const;
};

// Memory for the tree: large blocks that never move, handed out in pieces and released all
// at once with the plan. Only for trivially destructible types: nothing is destroyed.
class Arena {
 public:
  // n default-initialised objects, contiguous.
  template <typename T>
  T* make(std::size_t n = 1) {
    static_assert(std::is_trivially_destructible_v<T>);
    void* p = allocate(n * sizeof(T), alignof(T));
    T* first = static_cast<T*>(p);
    for (std::size_t i = 0; i < n; ++i) new (first + i) T();
    return first;
  }

 private:
  void* allocate(std::size_t bytes, std::size_t align);
  static constexpr std::size_t block_size = std::size_t{1} << 20;
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* next_ = nullptr;
  std::size_t left_ = 0;
};

struct Revision {
  std::string version;
  std::optional<Date> date;
  std::string author;
  RichText description;
};

// One <term> of <meta><vocabulary>: the plan's own word for a generated one.
struct VocabularyTerm {
  std::string plugin;   // empty: a core word
  std::string key;      // the catalogue key ("contents", "title")
  std::string pattern;  // ICU MessageFormat pattern, already checked
  Location location;
};

// <brand> in <meta>: one plan's brand over its theme (docs/templates.md, "Branding
// without a theme file"). Applied by the engine once the theme is loaded.
struct Brand {
  std::vector<std::pair<std::string, Color>> colors;  // palette colour name → colour
  std::vector<Color> series;                          // replaces the theme's data series
  std::string font, heading_font;                     // family names, found when applied
  Location font_location, heading_font_location;
  std::filesystem::path logo;  // absolute; replaces the theme's logo
  bool drop_logo = false;      // logo="": no firm logo at all
  Location logo_location;
  bool given = false;  // the plan has a <brand>
};

struct Meta {
  std::string title, subtitle, client, prepared_by, status, confidentiality;
  std::vector<VocabularyTerm> vocabulary;
  std::optional<Date> date;
  std::filesystem::path logo;  // absolute; empty for none
  Location logo_location;
  std::vector<Revision> revisions;
  std::optional<Date> period_start, period_end;
  Brand brand;
  // <watermark>: the text drawn across every page instead of the automatic DRAFT; empty
  // for none. Absent: DRAFT on drafts, as the theme allows.
  std::optional<std::string> watermark;
};

struct SectionEntry {
  const Node* node = nullptr;
  std::string type, id, title, label;  // title may be empty: the plugin's default applies
  bool appendix = false;
  Flow flow;  // start, min-space, orientation (flow_attributes.hpp)
};

struct PlanData {
  // Every node points back here: a plan stays where it was made.
  PlanData() = default;
  PlanData(const PlanData&) = delete;
  PlanData& operator=(const PlanData&) = delete;

  ReadScope scope;                             // which files the plan may name (includes, images…)
  std::vector<std::string> files;              // file table: index 0 is the plan itself
  std::vector<std::filesystem::path> paths;    // the same files, absolute (for resolving hrefs)
  std::vector<std::filesystem::path> missing;  // included files not found (watch waits for them)
  Arena arena;                                 // the nodes, their attribute and child lists
  std::deque<std::string> buffers;             // each file's bytes as pugixml decoded them: names,
                                               // values and texts of the nodes point into these
  std::deque<std::string> strings;             // values that ${var} expansion changed
  Node* root = nullptr;                        // <plan>, includes merged in
  std::string format, id, version, template_name, lang;  // lang: canonical BCP 47, or empty
  Location template_location;                            // where template="…" is written (the plan's root)
  Location lang_location;  // where `lang` is written (the <plan> tag when absent)
  Meta meta;
  // <var> values after --set, plus the built-ins (title, subtitle, client, prepared-by,
  // date, status, version) so that header and footer text can use them too.
  std::map<std::string, std::string, std::less<>> vars;
  std::vector<SectionEntry> sections;  // document order, includes expanded
  IdIndex ids;                         // keys view the id attributes
  // Display labels plugins publish in validate() (Checker::publish_label) for PlanView::label.
  // Mutable: the plan is read-only to plugins, this registry is theirs to write.
  mutable std::map<const Node*, std::string> labels;
  // LoadOptions::read_file: where the plan's files come from when not from the disk.
  std::function<SourceFile(const std::filesystem::path&)> read_file;
  // PlanView::referring's index, built on first use per attribute: attribute → id → the
  // elements listing it, in document order. Filled lazily while plugins read the plan.
  mutable std::map<std::string, std::map<std::string, std::vector<const Node*>, std::less<>>, std::less<>>
      referrers;
};

// Loads PLAN.xml and everything it includes. Every problem goes to `diags` (file:line:col);
// returns nullptr only when nothing usable could be read (missing file, malformed XML).
std::unique_ptr<PlanData> load_plan(const LoadOptions& options, Diagnostics& diags);

// The block a generic element (<p>, <list>, <table>, <note>, <image>, <enablers>) stands
// for, with the words of `locale` (an enablers table's headings). <subsection> is handled by
// the section builder (it needs heading levels); anything else gives nullopt.
std::optional<Block> generic_block(Element element, const Locale& locale = Locale());

// Checks the generic blocks of a section and their rich text (unknown elements and
// attributes, <ref to> targets, <link href> present, table rows of equal width).
void check_generic_blocks(Element section, Diagnostics& diags, const PlanView& plan);

}  // namespace planforge::detail
