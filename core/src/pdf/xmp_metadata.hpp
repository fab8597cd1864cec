#pragma once
// The document's XMP metadata stream (the catalog's /Metadata): what the information
// dictionary says, in the form archives and search tools read, with the title marked with
// the plan's language.

#include "layout/page_set.hpp"
#include "pdf/haru.hpp"

#include <string>

namespace planforge::detail {

// The XMP packet for `info` (ISO 16684-1; PDF 1.4+ metadata): dc:title as a language
// alternative (x-default and the plan's tag), dc:creator, dc:description (the subject),
// dc:language, pdf:Keywords, pdf:Producer, xmp:CreatorTool and the dates, each the same
// value as the information dictionary's entry, and the PDF/UA-1 identification (pdfuaid:part);
// an archival document's also the PDF/A-2b one (pdfaid:part, pdfaid:conformance). Text is XML-escaped and
// cleaned like the dictionary's. `producer` is the dictionary's /Producer.
std::string xmp_packet(const DocumentInfo& info, const std::string& producer);

// Adds the packet as an uncompressed metadata stream (/Type /Metadata /Subtype /XML) to the
// catalog. PDF/A identification (pdfaid), when a conformance level is declared, belongs in
// this packet too.
void add_xmp_metadata(Haru& haru, const DocumentInfo& info, const std::string& producer);

}  // namespace planforge::detail
