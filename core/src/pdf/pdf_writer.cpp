#include "pdf/pdf_writer.hpp"

#include "pdf/archival.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/font_file.hpp"
#include "pdf/glyph_lookup.hpp"
#include "pdf/haru.hpp"
#include "pdf/image_cache.hpp"
#include "pdf/link_annotations.hpp"
#include "pdf/navigation.hpp"
#include "pdf/object_streams.hpp"
#include "pdf/page_workers.hpp"
#include "pdf/structure_writer.hpp"
#include "pdf/to_unicode.hpp"

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_pages.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>

namespace planforge::detail {

namespace {

// libharu's (and PDF 1.x viewers') limits for a page side, in points.
constexpr double min_page_side = 3, max_page_side = 14400;

// The PDF font of each FontStyle.
using Faces = std::array<HPDF_Font, font_styles>;

// The styles the pages draw text in: a face no page uses is not embedded (each costs its
// font file, compressed, in every PDF). The watermark is drawn as outlines and needs none.
std::array<bool, font_styles> styles_used(const PageSet& pages) {
  std::array<bool, font_styles> used{};
  for (const Page& page : pages.pages)
    for (const PageItem& item : page.items) {
      if (const auto* text = std::get_if<PlacedText>(&item))
        used[static_cast<std::size_t>(text->style)] = true;
    }
  return used;
}

Faces load_fonts(Haru& haru, const std::array<std::filesystem::path, 4>& text_files,
                 const std::filesystem::path& heading, const std::array<bool, font_styles>& used,
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

// The painters' view of the fonts: each distinct PDF font once, with libharu's widths.
PaintFonts paint_fonts(const Faces& faces, const std::vector<std::unique_ptr<GlyphTable>>& glyph_tables,
                       std::vector<HPDF_Font>& distinct) {
  PaintFonts fonts;
  for (std::size_t style = 0; style < faces.size(); ++style) {
    fonts.of_style[style] = -1;
    if (!faces[style]) continue;
    auto it = std::find(distinct.begin(), distinct.end(), faces[style]);
    if (it == distinct.end()) {
      distinct.push_back(faces[style]);
      HPDF_FontDef def = static_cast<HPDF_FontAttr>(faces[style]->attr)->fontdef;
      const HPDF_UINT16* ids = nullptr;
      for (const auto& table : glyph_tables)
        if (table->fontdef() == def) ids = table->ids();
      fonts.widths.emplace_back(def, ids);
      it = std::prev(distinct.end());
    }
    fonts.of_style[style] = static_cast<int>(it - distinct.begin());
  }
  return fonts;
}

// What libharu learnt from its page calls, told for one painted page: its resources named
// in the order first used (libharu numbers them so: the painter's names must match), the
// glyphs its text uses (kept in the font subsets), its deflated content.
class PageHandover {
 public:
  PageHandover(Haru& haru, const std::vector<HPDF_Font>& fonts, ImageCache& images)
      : haru_(haru), fonts_(fonts), images_(images), marked_(fonts.size()) {}

  void operator()(HPDF_Page page, const PaintedPage& painted) {
    int font_number = 0, image_number = 0;
    for (const PageResource& r : painted.resources) {
      const bool font = r.kind == PageResource::Kind::font;
      const std::string expected = (font ? "F" : "X") + std::to_string(font ? ++font_number : ++image_number);
      const char* name = font ? haru_.call("HPDF_Page_GetLocalFontName", HPDF_Page_GetLocalFontName, page,
                                           fonts_.at(r.index))
                              : haru_.call("HPDF_Page_GetXObjectName", HPDF_Page_GetXObjectName, page,
                                           static_cast<HPDF_XObject>(images_.get(r.index)));
      if (expected != name)
        throw PdfError("libharu named a page resource " + std::string(name) + ", the painter " + expected);
    }
    for (std::size_t font = 0; font < painted.codes.size(); ++font) {
      HPDF_FontDef def = static_cast<HPDF_FontAttr>(fonts_.at(font)->attr)->fontdef;
      std::vector<bool>& marked = marked_[font];
      if (marked.empty()) marked.resize(65536);
      for (std::uint16_t code : painted.codes[font]) {
        if (marked[code]) continue;
        marked[code] = true;
        // What libharu's text measuring does: the code's glyph, and its components if it
        // is a composite, marked for the subset.
        HPDF_TTFontDef_GetCharWidth(def, code);
      }
    }
    set_page_content(haru_, page, painted.deflated);
  }

 private:
  Haru& haru_;
  const std::vector<HPDF_Font>& fonts_;
  ImageCache& images_;
  std::vector<std::vector<bool>> marked_;  // per font, the codes marked so far
};

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
                         DeflateCache* pages_deflated, int threads) {
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

  std::vector<HPDF_Font> distinct_fonts;
  const PaintFonts fonts_for_painting = paint_fonts(faces, parts_->glyph_tables, distinct_fonts);
  ImageCache images(haru, pages.images);
  PageHandover handover(haru, distinct_fonts, images);
  PageTags& tags = parts_->tags;
  auto paint = [&](std::size_t i) {
    PagePainter painter(fonts_for_painting, *metrics, pages.structure, pages.images.size());
    PaintedPage painted = painter.paint(pages.pages[i], sizes[i].second);
    if (!painted.content.empty()) {
      auto deflate = [&] {
        return deflated(reinterpret_cast<const std::uint8_t*>(painted.content.data()),
                        painted.content.size());
      };
      painted.deflated = pages_deflated ? pages_deflated->get(painted.content, deflate) : deflate();
    }
    std::string().swap(painted.content);  // only the deflated bytes wait for their turn
    for (const PageResource& r : painted.resources)
      if (r.kind == PageResource::Kind::image) ImageCache::prepare(pages.images[r.index]);
    return painted;
  };
  auto take = [&](std::size_t i, PaintedPage&& painted) {
    handover(pdf_pages[i].page, painted);
    tags.mcids.push_back(std::move(painted.mcids));
    parts_->links.add(static_cast<int>(i), pages.pages[i]);
  };
  paint_in_order(pages.pages.size(), threads > 0 ? threads : default_paint_threads(), paint, take);
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
                                    const std::filesystem::path& heading_font, const FontSet* metrics,
                                    int threads) {
  return PdfDocument(pages, fonts, heading_font, metrics, nullptr, threads).bytes();
}

}  // namespace planforge::detail
