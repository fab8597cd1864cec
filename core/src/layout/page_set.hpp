#pragma once
// The laid-out document: pages of positioned primitives, plain data. Coordinates are points
// from the page's top-left corner, y down; core/pdf flips them. Nothing here knows libharu.
// Every item is tagged with the structure element it belongs to, or as an artifact.

#include "image/image.hpp"
#include "layout/structure.hpp"
#include "text/outline.hpp"

#include <planforge/color.hpp>
#include <planforge/style.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace planforge::detail {

struct PlacedText {
  double x = 0, baseline = 0;
  std::string text;  // UTF-8, one line
  FontStyle style = FontStyle::regular;
  double size = 10;
  Color color;
  double rotation = 0;  // degrees counter-clockwise about (x, baseline); figures only
  Tag tag;
};

struct PlacedRect {
  double x = 0, y = 0, width = 0, height = 0;
  std::optional<Color> fill, stroke;
  double line_width = 0.5, radius = 0;
  Tag tag;
};

struct PlacedLine {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  Color color;
  double width = 0.5;
  bool dashed = false;
  Tag tag;
};

struct PlacedPath {
  std::vector<std::pair<double, double>> points;
  bool closed = false;
  std::optional<Color> fill, stroke;
  double line_width = 0.5;
  Tag tag;
};

struct PlacedCircle {
  double cx = 0, cy = 0, radius = 0;
  std::optional<Color> fill, stroke;
  double line_width = 0.5;
  Tag tag;
};

struct PlacedImage {
  std::size_t image = 0;  // index into PageSet::images
  double x = 0, y = 0, width = 0, height = 0;
  Tag tag;
};

// A watermark: large letters drawn under everything else, lightly, as filled outlines (not
// text), so that copying or extracting the page's text never picks them up.
struct PlacedWatermark {
  std::vector<OutlineStep> outline;  // page coordinates; filled with the nonzero rule
  Color color;
  std::string text;  // what the outline spells (never drawn as text)
};

using PageItem =
    std::variant<PlacedText, PlacedRect, PlacedLine, PlacedPath, PlacedCircle, PlacedImage, PlacedWatermark>;

// A clickable area: to a URI, or to a place in the document.
struct LinkArea {
  double x = 0, y = 0, width = 0, height = 0;
  std::string uri;     // external when not empty
  int dest_page = -1;  // internal otherwise: 0-based page and y
  double dest_y = 0;
  int node = -1;         // its Link element in the structure
  std::string contents;  // what it says (the annotation's /Contents): the linked text
};

// Why a page ends: its content goes on onto the next page (flow), the next page opens a
// section or a part of the front matter (part), a page break or a change of orientation
// (forced), or it is the last page (document). With Page::fill it is what the layout's
// page-quality measure counts (a page less than a third full should not end by flow).
enum class PageEnd : std::uint8_t { flow, part, forced, document };

struct Page {
  std::vector<PageItem> items;  // painted in order
  std::vector<LinkArea> links;
  double width = 0, height = 0;  // this page's size (a landscape page's differs); 0: the PageSet's
  double fill = 0;               // the share of the text height its content takes (0–1)
  PageEnd end = PageEnd::flow;
};

// A table continued from one page onto the next, with how many of its body rows each holds.
struct TableSplit {
  int page = 0;  // the page it leaves (0-based; page 0 is the cover)
  int rows_before = 0, rows_after = 0;
  std::string table;  // its caption, else its anchor, else "table N"
};

// One PDF bookmark. Levels start at 1 and nest by order.
struct OutlineEntry {
  std::string title;
  int level = 1;
  int page = 0;
  double y = 0;
};

struct DocumentInfo {
  std::string title, author, subject, keywords, creator;
  std::string language;         // BCP 47, written as the catalog's /Lang ("de", "nb-NO")
  long long creation_time = 0;  // seconds since the epoch (SOURCE_DATE_EPOCH or plan date)
  bool archival = false;        // `--pdf-a`: PDF/A-2b (core/pdf/archival.hpp)
};

struct PageSet {
  double width = 595.276, height = 841.89;  // the theme's page (the cover's)
  std::vector<Page> pages;
  std::vector<TableSplit> table_splits;
  std::vector<OutlineEntry> outline;
  std::vector<RasterImage> images;
  DocumentInfo info;
  Structure structure;  // Document at 0; page items and links refer to its elements
};

}  // namespace planforge::detail
