#pragma once
// The parts of a PDF that are not painted: the outline (bookmarks) and the document
// information dictionary (the link annotations: link_annotations.hpp).

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

// Page `index` of `pages`; PdfError naming `what` (a link, an outline entry) when there is none.
const PdfPage& page_at(const std::vector<PdfPage>& pages, int index, const char* what);

// Where a jump to `y` (points from the top) lands: the /FitH top, a little above `y` so that
// a heading is not clipped.
double landing_top(const PdfPage& page, double y);

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
