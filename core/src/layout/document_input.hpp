#pragma once
// What the engine hands to layout: cover data, revision history and the body as SDK blocks
// whose headings are already numbered, plus what cross-references resolve to.

#include "image/image.hpp"
#include "layout/page_set.hpp"

#include <planforge/document.hpp>
#include <planforge/format.hpp>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace planforge::detail {

struct CoverData {
  std::string title, subtitle, client, prepared_by, date, status, version, confidentiality;
  std::string period;                    // e.g. "January 2027 – December 2029"; may be empty
  std::optional<RasterImage> logo;       // the client's (the plan's <logo>)
  std::optional<RasterImage> firm_logo;  // the theme's (the consultancy's); may be empty
};

struct RevisionRow {
  std::string version, date, author;
  RichText description;
};

// A heading in the body carries its final number in Heading::label ("2.1", "A", "A.1");
// an empty label means unnumbered. Heading::level 1 = section.
struct DocumentInput {
  CoverData cover;
  std::vector<RevisionRow> revisions;  // shown as a table after the contents; may be empty
  std::vector<Block> body;
  // id -> what a <ref to="id"/> shows ("First contact resolution"); its page is the page of
  // the nearest anchor with that id, or else of the heading of `fallback_anchor[id]`.
  std::map<std::string, std::string> ref_titles;
  std::map<std::string, std::string> fallback_anchor;
  // Running header/footer text: three slots each, ${var} already expanded; {page} and
  // {pages} are replaced by layout.
  std::array<std::string, 3> header, footer;
  std::string watermark;  // "DRAFT" for drafts; empty for none
  // Anchors (table rows) and heading ids of what changed since an earlier version
  // (render --changes-since): each gets a change bar in the margin.
  std::set<std::string> changed;
  // The pixels of every Image block's file, decoded by the engine, and where each file's
  // are (Image::file → index into pictures).
  std::vector<RasterImage> pictures;
  std::map<std::string, std::size_t> picture_index;
  DocumentInfo info;
  // The plan's language: the layout's own words (contents, cover labels, "(p. 5)"), and
  // which dictionary hyphenates words that fit no line.
  Locale locale;
};

}  // namespace planforge::detail
