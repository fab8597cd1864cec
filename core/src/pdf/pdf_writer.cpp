#include "pdf/pdf_writer.hpp"

#include "pdf/archival.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/font_file.hpp"
#include "pdf/glyph_lookup.hpp"
#include "pdf/haru.hpp"
#include "pdf/link_annotations.hpp"
#include "pdf/navigation.hpp"
#include "pdf/object_streams.hpp"
#include "pdf/page_painter.hpp"
#include "pdf/structure_writer.hpp"
#include "pdf/to_unicode.hpp"

#include <hpdf_doc.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>

namespace planforge::detail {

namespace {

// libharu's (and PDF 1.x viewers') limits for a page side, in points.
constexpr double min_page_side = 3, max_page_side = 14400;

// The styles the pages draw text in: a face no page uses is not embedded (each costs its
// font file, compressed, in every PDF). The watermark is drawn as outlines and needs none.
std::array<bool, std::tuple_size_v<Faces>> styles_used(const PageSet& pages) {
  std::array<bool, std::tuple_size_v<Faces>> used{};
  for (const Page& page : pages.pages)
    for (const PageItem& item : page.items) {
      if (const auto* text = std::get_if<PlacedText>(&item))
        used[static_cast<std::size_t>(text->style)] = true;
    }
  return used;
}

Faces load_fonts(Haru& haru, const std::array<std::filesystem::path, 4>& text_files,
                 const std::filesystem::path& heading, const std::array<bool, std::tuple_size_v<Faces>>& used,
                 std::vector<std::unique_ptr<GlyphTable>>& glyph_tables) {
  std::array<std::filesystem::path, std::tuple_size_v<Faces>> files;
  std::copy(text_files.begin(), text_files.end(), files.begin());
  files[static_cast<std::size_t>(FontStyle::heading)] =
      heading.empty() ? text_files[static_cast<std::size_t>(FontStyle::bold)] : heading;
  for (std::size_t i = 0; i < files.size(); ++i)
    if (used[i]) check_font_file(files[i]);
  Faces faces{};
  // A theme may use one file for several styles; libharu would parse it once per call.
  std::map<std::filesystem::path, const char*> names;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!used[i]) continue;  // never drawn with: stays null
    auto [it, fresh] = names.emplace(files[i], nullptr);
    if (fresh) {
      it->second = haru.call("HPDF_LoadTTFontFromFile", HPDF_LoadTTFontFromFile, haru.doc(), files[i].c_str(),
                             static_cast<HPDF_BOOL>(HPDF_TRUE));
      // Before HPDF_GetFont, which looks up every code point (glyph_lookup.hpp).
      if (HPDF_FontDef def = HPDF_Doc_FindFontDef(haru.doc(), it->second))
        glyph_tables.push_back(std::make_unique<GlyphTable>(def));
    }
    faces[i] = haru.call("HPDF_GetFont", HPDF_GetFont, haru.doc(), it->second, "UTF-8");
    if (fresh) repair_to_unicode(haru, faces[i]);
  }
  return faces;
}

// Each page's own size (a landscape page's is wide), else the document's.
std::vector<std::pair<double, double>> page_sizes(const PageSet& pages) {
  std::vector<std::pair<double, double>> sizes;
  for (const Page& page : pages.pages) {
    const double w = page.width > 0 ? page.width : pages.width;
    const double h = page.height > 0 ? page.height : pages.height;
    if (!(w >= min_page_side && w <= max_page_side && h >= min_page_side && h <= max_page_side))
      throw PdfError("page size " + std::to_string(w) + " × " + std::to_string(h) +
                     " pt is outside what PDF allows");
    sizes.emplace_back(w, h);
  }
  return sizes;
}

}  // namespace

// Declared in the order they are made: the structure and the links (objects libharu
// writes through planforge) go before the document that holds them.
struct PdfDocument::Parts {
  explicit Parts(const PageSet& set) : pages(set), links(haru, pdf_pages) {}
  const PageSet& pages;
  Haru haru;
  std::vector<std::unique_ptr<GlyphTable>> glyph_tables;  // its fonts' (glyph_lookup.hpp)
  std::vector<PdfPage> pdf_pages;
  PageTags tags;
  LinkAnnotations links;
  std::optional<StructureObjects> structure;
  bool archival = false;
};

PdfDocument::PdfDocument(const PageSet& pages, const std::array<std::filesystem::path, 4>& fonts,
                         const std::filesystem::path& heading_font, const FontSet* metrics,
                         DeflateCache* pages_deflated) {
  if (pages.pages.empty()) throw PdfError("the document has no pages");
  const auto sizes = page_sizes(pages);
  parts_ = std::make_unique<Parts>(pages);
  Haru& haru = parts_->haru;
  HPDF_Doc doc = haru.doc();
  haru.call("HPDF_SetCompressionMode", HPDF_SetCompressionMode, doc, static_cast<HPDF_UINT>(HPDF_COMP_ALL));
  haru.call("HPDF_UseUTFEncodings", HPDF_UseUTFEncodings, doc);
  auto faces = load_fonts(haru, fonts, heading_font, styles_used(pages), parts_->glyph_tables);
  std::optional<FontSet> own_metrics;
  if (!metrics) metrics = &own_metrics.emplace(fonts, heading_font);

  std::vector<PdfPage>& pdf_pages = parts_->pdf_pages;
  pdf_pages.reserve(pages.pages.size());
  for (const auto& [width, height] : sizes) {
    auto page = haru.call("HPDF_AddPage", HPDF_AddPage, doc);
    haru.call("HPDF_Page_SetWidth", HPDF_Page_SetWidth, page, static_cast<HPDF_REAL>(width));
    haru.call("HPDF_Page_SetHeight", HPDF_Page_SetHeight, page, static_cast<HPDF_REAL>(height));
    pdf_pages.push_back({page, height});
  }

  ImageCache images(haru, pages.images);
  PageTags& tags = parts_->tags;
  for (std::size_t i = 0; i < pages.pages.size(); ++i) {
    PagePainter painter(haru, pdf_pages[i].page, sizes[i].first, sizes[i].second, faces, *metrics, images,
                        pages.structure);
    painter.paint(pages.pages[i]);
    deflate_content(haru, pdf_pages[i].page, pages_deflated);
    tags.mcids.push_back(painter.mcids());
    parts_->links.add(static_cast<int>(i), pages.pages[i]);
  }
  parts_->links.finish(pages.structure.empty() ? -1 : static_cast<long long>(pages.pages.size()));
  parts_->structure.emplace(haru, pages.structure, pdf_pages, tags, parts_->links);

  add_outline(haru, pages.outline, pdf_pages);
  if (!pages.outline.empty())  // open with the bookmarks panel showing
    haru.call("HPDF_SetPageMode", HPDF_SetPageMode, doc, HPDF_PAGE_MODE_USE_OUTLINE);
  set_document_info(haru, pages.info);
  parts_->archival = pages.info.archival;
  if (parts_->archival) add_srgb_output_intent(haru, srgb_profile());
}

PdfDocument::~PdfDocument() = default;

// Saved with object streams (object_streams.hpp); an archival document's ID is the hash of
// its content.
std::vector<std::uint8_t> PdfDocument::bytes() { return packed_bytes(parts_->haru, {parts_->archival}); }

void PdfDocument::save(const std::filesystem::path& file) {
  save_packed(parts_->haru, file, {parts_->archival});
}

std::vector<std::uint8_t> write_pdf(const PageSet& pages, const std::array<std::filesystem::path, 4>& fonts,
                                    const std::filesystem::path& heading_font, const FontSet* metrics) {
  return PdfDocument(pages, fonts, heading_font, metrics).bytes();
}

}  // namespace planforge::detail
