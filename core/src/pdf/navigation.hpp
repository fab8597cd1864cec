#pragma once
// The parts of a PDF that are not painted: link annotations, the outline (bookmarks) and
// the document information dictionary.

#include "layout/page_set.hpp"
#include "pdf/haru.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

// A page of the PDF with its height, which flips y (a landscape page's differs).
struct PdfPage {
  HPDF_Page page = nullptr;
  double height = 0;
};

// A link annotation on page `page` (0-based) and its Link structure element (-1: none).
struct LinkAnnotation {
  HPDF_Annotation annot = nullptr;
  int page = 0;
  int node = -1;
};

// Adds the links of page `index` of `all_pages` (laid out as `page`), each with /Contents
// saying what it links (a screen reader speaks it) and the print flag. Internal links jump
// to a page of `all_pages` at dest_y. Appends each annotation to `out`.
void add_links(Haru& haru, int index, const Page& page, const std::vector<PdfPage>& all_pages,
               std::vector<LinkAnnotation>& out);

// Builds the outline, nesting entries by level (a level deeper than the previous entry's
// becomes its child). Top-level entries are shown open.
void add_outline(Haru& haru, const std::vector<OutlineEntry>& outline, const std::vector<PdfPage>& all_pages);

// Title, author, subject, keywords, creator, producer, and creation/modification dates
// from info.creation_time (UTC); the catalog's /Lang, and the same in XMP (xmp_metadata.hpp).
void set_document_info(Haru& haru, const DocumentInfo& info);

// A URI as a PDF reader expects it: bytes outside printable ASCII, spaces and characters
// not allowed in URIs become %XX; a '%' that starts a valid escape is kept.
std::string percent_encode_uri(std::string_view uri);

// Seconds since the epoch to a UTC civil date and time (proleptic Gregorian).
struct UtcTime {
  int year, month, day, hour, minute, second;
};
UtcTime utc_from_epoch(long long seconds);

}  // namespace planforge::detail
