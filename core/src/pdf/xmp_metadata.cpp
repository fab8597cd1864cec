#include "pdf/xmp_metadata.hpp"

#include "pdf/navigation.hpp"
#include "pdf/utf8_clean.hpp"

#include <hpdf_doc.h>

#include <cstdio>

namespace planforge::detail {

namespace {

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : clean_utf8(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// 2026-11-15T00:00:00Z, the information dictionary's date in XMP's form; empty when a PDF
// date cannot express it (the dictionary then has none either).
std::string iso_date(long long seconds) {
  const UtcTime t = utc_from_epoch(seconds);
  if (t.year < 1 || t.year > 9999) return {};
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.minute,
                t.second);
  return out;
}

// <tag>value</tag> on its own line, nothing when the value is empty.
std::string element(const char* tag, const std::string& value) {
  if (value.empty()) return {};
  return std::string("   <") + tag + ">" + value + "</" + tag + ">\n";
}

}  // namespace

std::string xmp_packet(const DocumentInfo& info, const std::string& producer) {
  const std::string lang = escaped(info.language);
  std::string title;
  if (!info.title.empty()) {
    const std::string t = escaped(info.title);
    title = "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + t + "</rdf:li>";
    if (!lang.empty()) title += "<rdf:li xml:lang=\"" + lang + "\">" + t + "</rdf:li>";
    title += "</rdf:Alt>";
  }
  const std::string date = iso_date(info.creation_time);
  std::string out =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" "
      "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
  // Every PDF planforge writes is tagged to PDF/UA-1 (docs/accessibility.md); --pdf-a
  // makes it PDF/A-2, level B (archival.hpp).
  out += element("pdfuaid:part", "1");
  if (info.archival) out += element("pdfaid:part", "2") + element("pdfaid:conformance", "B");
  out += element("dc:format", "application/pdf");
  out += element("dc:title", title);
  if (!info.author.empty())
    out += element("dc:creator", "<rdf:Seq><rdf:li>" + escaped(info.author) + "</rdf:li></rdf:Seq>");
  if (!info.subject.empty())
    out += element("dc:description", "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(info.subject) +
                                         "</rdf:li></rdf:Alt>");
  if (!lang.empty()) out += element("dc:language", "<rdf:Bag><rdf:li>" + lang + "</rdf:li></rdf:Bag>");
  out += element("pdf:Keywords", escaped(info.keywords));
  out += element("pdf:Producer", escaped(producer));
  out += element("xmp:CreatorTool", escaped(info.creator));
  out += element("xmp:CreateDate", date);
  out += element("xmp:ModifyDate", date);
  out += element("xmp:MetadataDate", date);
  out += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
  return out;
}

void add_xmp_metadata(Haru& haru, const DocumentInfo& info, const std::string& producer) {
  HPDF_Doc doc = haru.doc();
  const std::string packet = xmp_packet(info, producer);
  // A new dictionary stream is not compressed (only page contents follow the document's
  // compression mode), so tools that look for the packet's bytes find them.
  HPDF_Dict stream = haru.call("HPDF_DictStream_New", HPDF_DictStream_New, doc->mmgr, doc->xref);
  haru.call("HPDF_Dict_AddName", HPDF_Dict_AddName, stream, "Type", "Metadata");
  haru.call("HPDF_Dict_AddName", HPDF_Dict_AddName, stream, "Subtype", "XML");
  haru.call("HPDF_Stream_Write", HPDF_Stream_Write, stream->stream,
            reinterpret_cast<const HPDF_BYTE*>(packet.data()), static_cast<HPDF_UINT>(packet.size()));
  haru.call("HPDF_Dict_Add", HPDF_Dict_Add, doc->catalog, "Metadata", stream);
  // The catalog's /Metadata (and /Lang) came with PDF 1.4; libharu declares 1.3 unless a
  // feature it knows asks for more.
  if (doc->pdf_version < HPDF_VER_14) doc->pdf_version = HPDF_VER_14;
}

}  // namespace planforge::detail
