#pragma once
/// @file document.hpp  The document model: plain data that plugins build and the core lays
/// out. Nothing here has a page or a coordinate (figures have their own canvas).

#include <planforge/color.hpp>
#include <planforge/figure.hpp>
#include <planforge/flow.hpp>
#include <planforge/rich_text.hpp>
#include <planforge/style.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// A heading. Plugins do not number headings: the core does (1, 1.1, 1.1.1; A, A.1 in
/// appendices) unless `label` gives the client's own number.
struct Heading {
  int level = 1;  ///< 1 = section, 2 = subsection, …; the builder sets it
  std::string title{};
  std::string id{};     ///< anchor for refs, the TOC and bookmarks; may be empty
  std::string label{};  ///< overrides the automatic number when not empty
  bool in_toc = true;
  Flow flow{};  ///< page breaks, keeps, landscape (flow.hpp)
};

enum class ParagraphStyle {
  body,    ///< normal text
  lead,    ///< a larger introductory paragraph or statement
  quote,   ///< a set-off statement (mission, vision) with a bar in the primary colour
  small,   ///< footnote-sized text
  caption  ///< figure and table captions
};

struct Paragraph {
  RichText text{};
  ParagraphStyle style = ParagraphStyle::body;
  Align align = Align::left;
  std::string anchor{};  ///< id whose page is this paragraph's page; may be empty
  Flow flow{};           ///< page breaks, keeps, landscape (flow.hpp)
};

struct List;

struct ListItem {
  RichText text{};
  std::vector<List> children{};  ///< nested lists
  std::string anchor{};
};

struct List {
  bool ordered = false;
  std::vector<ListItem> items{};
  Flow flow{};  ///< page breaks, keeps, landscape (flow.hpp)
};

/// A table cell: rich text, optionally shaded, optionally led by a coloured status dot.
struct Cell {
  RichText text{};
  Align align = Align::left;
  std::optional<Color> fill{};    ///< background; overrides stripes
  std::optional<Color> marker{};  ///< a dot drawn before the text (status, legend)
  int colspan = 1;
};

/// Rows keep with their neighbours by the core's rules (docs/plugins.md, "Page flow"): the
/// header rows keep the first two body rows; a split leaves at least two body rows on each
/// side; an emphasis row followed by body rows opens a group and keeps the next two rows; an
/// emphasis row closing the table or a group (a total) keeps the row above it.
struct TableRow {
  std::vector<Cell> cells{};
  bool header = false;          ///< header rows at the top repeat after every page break
  bool emphasis = false;        ///< a group or total row: bold on a light fill
  std::string anchor{};         ///< id whose page is this row's page
  bool keep_with_next = false;  ///< on the same page as the next row
  bool keep_together = false;   ///< never cut between its lines unless taller than a page
};

/// How a column takes its width: from its content (default), or a fixed share of the
/// table width.
struct Column {
  Align align = Align::left;
  double fraction = 0;  ///< 0: from content; otherwise the share of the width (0–1)
};

/// A table. Column widths come from the content when not fixed; cells wrap; header rows
/// repeat on each page; a row taller than a page is split across pages.
struct Table {
  std::string caption{};          ///< shown above the table; may be empty
  std::vector<Column> columns{};  ///< one per column; may be empty (all from content)
  std::vector<TableRow> rows{};
  bool striped = true;
  double font_size = 0;  ///< 0: the theme's table size
  std::string anchor{};
  Flow flow{};  ///< page breaks, keeps, landscape (flow.hpp)
};

/// A two-column grid of labels and values (e.g. owner, due date, horizon).
struct KeyValues {
  std::vector<std::pair<std::string, RichText>> items{};
  std::string anchor{};
  Flow flow{};  ///< page breaks, keeps, landscape (flow.hpp)
};

enum class CalloutKind { info, warning, success };

/// A shaded box with a coloured rule: notes, warnings, key messages.
struct Callout {
  CalloutKind kind = CalloutKind::info;
  std::string title{};  ///< may be empty
  std::vector<RichText> paragraphs{};
  std::string anchor{};
  Flow flow{};  ///< page breaks, keeps, landscape (flow.hpp)
};

/// One panel of a grid: a titled box of short paragraphs (a value, a planning variable, a goal).
struct Panel {
  std::string title{};
  std::string subtitle{};  ///< small text under the title; may be empty
  std::vector<RichText> paragraphs{};
  std::optional<Color> accent{};  ///< the top rule's colour; default the primary colour
  std::string anchor{};
};

/// Panels in equal columns, rows of equal height, kept whole on a page.
struct PanelGrid {
  int columns = 2;
  std::vector<Panel> panels{};
  Flow flow{};  ///< page breaks, keeps, landscape (flow.hpp)
};

/// A picture from a PNG or JPEG file with its caption, centred and kept whole on a page with
/// the caption under it. The core decodes the file with its checked decoders (a file that is
/// not a valid PNG or JPEG is an error naming the section).
struct Image {
  std::string file{};     ///< absolute path; a plan's `<image href>` is resolved by the core
  std::string alt{};      ///< what the picture shows, for readers who cannot see it
  std::string caption{};  ///< shown under the picture; may be empty
  double width = 0;       ///< share of the text column, (0, 1]; 0: its natural size
                          ///< (96 pixels an inch), at most the column
  std::string anchor{};
  Flow flow{};  ///< page breaks, keeps, landscape (flow.hpp)
};

/// What a grid cell holds: the ordinary blocks, laid out inside the cell exactly as in the
/// page flow (a Paragraph is rich text; an Image is at most the cell's width; grids do not
/// nest).
using CellBlock = std::variant<Paragraph, List, Table, KeyValues, Callout, Figure, Image>;

/// One cell of a Grid: a box of blocks with its own fill, border, padding and alignment.
struct GridCell {
  std::vector<CellBlock> blocks{};
  std::optional<Color> fill{};    ///< background; none by default
  std::optional<Color> border{};  ///< a rule around the cell; none by default
  double border_width = 0.75;     ///< in points
  double padding = -1;            ///< in points on every side; < 0: the theme's (0.8 × body size)
                                  ///< with a fill or border, 0 without
  std::optional<Align> align{};   ///< overrides the alignment of every paragraph in the cell
  VAlign valign = VAlign::top;
  int colspan = 1;       ///< cells it spans in its row
  std::string anchor{};  ///< id whose page is this cell's page
};

/// How one row of a Grid keeps with the page flow, like a TableRow's keeps.
struct GridRow {
  bool keep_with_next = false;  ///< on the same page as the next row
  bool keep_together = true;    ///< never cut between its lines unless taller than a page; false:
                                ///< cut where a page ends once it is taller than a quarter page
};

/// Cells in columns, row by row (N columns side by side are one row of N cells): each row
/// is as tall as its tallest cell. A row is one piece of the page flow: it is kept on one
/// page unless taller than one (then cut between lines), a split leaves two rows on each
/// side, a band (one cell spanning every column) opens or closes a group of rows as a table's
/// emphasis row does, and the rows keep together by the core's rules for small blocks (Flow,
/// "Page flow" in docs/plugins.md).
struct Grid {
  int columns = 2;                ///< 1–12
  std::vector<double> widths{};   ///< shares of the width, one per column; empty: equal
  std::vector<GridCell> cells{};  ///< row by row, `columns` cells (counting spans) a row
  std::vector<GridRow> rows{};    ///< the keeps of row 0, 1, …; a row without one takes GridRow{}
  double gap = -1;                ///< between cells in points; < 0: the theme's (body size)
  std::string anchor{};
  Flow flow{};  ///< page breaks, keeps, landscape (flow.hpp)
};

/// Forces the next block onto a new page.
struct PageBreak {};

/// Vertical space in points.
struct Spacer {
  double height = 6;
};

/// Anything a plugin can put into a section.
using Block = std::variant<Heading, Paragraph, List, Table, KeyValues, Callout, PanelGrid, Figure, PageBreak,
                           Spacer, Image, Grid>;

/// The page-flow controls of `block`; nullptr for a PageBreak or a Spacer, which have none.
PLANFORGE_API Flow* flow_of(Block& block);
PLANFORGE_API const Flow* flow_of(const Block& block);

PLANFORGE_END_NAMESPACE
