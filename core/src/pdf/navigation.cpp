#include "pdf/navigation.hpp"

#include "pdf/pdf_objects.hpp"
#include "pdf/utf8_clean.hpp"
#include "pdf/xmp_metadata.hpp"

#include <hpdf_doc.h>

#include <planforge/version.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace planforge::detail {

namespace {

HPDF_REAL f(double v) { return static_cast<HPDF_REAL>(v); }

// Readers land with the target a little below the top edge, so a heading is not clipped.
constexpr double landing_margin = 12;

// A destination showing `y` (from the top) near the top of the window. /XYZ would keep the
// reader's zoom only with a null zoom, which libharu cannot write (it refuses 0), so /FitH.
HPDF_Destination destination(Haru& haru, const PdfPage& page, double y) {
  auto dest = haru.call("HPDF_Page_CreateDestination", HPDF_Page_CreateDestination, page.page);
  haru.call("HPDF_Destination_SetFitH", HPDF_Destination_SetFitH, dest, f(landing_top(page, y)));
  return dest;
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

}  // namespace

const PdfPage& page_at(const std::vector<PdfPage>& pages, int index, const char* what) {
  if (index < 0 || static_cast<std::size_t>(index) >= pages.size())
    throw PdfError(std::string(what) + " points at page " + std::to_string(index + 1) + " of a " +
                   std::to_string(pages.size()) + "-page document");
  return pages[static_cast<std::size_t>(index)];
}

double landing_top(const PdfPage& page, double y) {
  return std::clamp(page.height - y + landing_margin, 0.0, page.height);
}

std::string percent_encode_uri(std::string_view uri) {
  static constexpr char digits[] = "0123456789ABCDEF";
  static constexpr std::string_view unsafe = " \"<>\\^`{|}";
  std::string out;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    auto b = static_cast<unsigned char>(uri[i]);
    bool escape_ok = b == '%' && i + 2 < uri.size() && is_hex(uri[i + 1]) && is_hex(uri[i + 2]);
    if (b <= 0x20 || b >= 0x7F || unsafe.find(static_cast<char>(b)) != std::string_view::npos ||
        (b == '%' && !escape_ok)) {
      out += '%';
      out += digits[b >> 4];
      out += digits[b & 0xF];
    } else {
      out += static_cast<char>(b);
    }
  }
  return out;
}

void add_outline(Haru& haru, const std::vector<OutlineEntry>& outline,
                 const std::vector<PdfPage>& all_pages) {
  if (outline.empty()) return;
  auto utf8 = haru.call("HPDF_GetEncoder", HPDF_GetEncoder, haru.doc(), "UTF-8");
  struct Open {
    int level;
    HPDF_Outline item;
  };
  std::vector<Open> stack;  // the chain of ancestors of the next entry
  for (const auto& entry : outline) {
    if (!std::isfinite(entry.y)) throw PdfError("an outline entry has a position that is not a number");
    while (!stack.empty() && stack.back().level >= entry.level) stack.pop_back();
    HPDF_Outline parent = stack.empty() ? nullptr : stack.back().item;
    auto title = pdf_string(entry.title);
    // A null parent means the outline root, so this call may legitimately pass nullptr.
    auto item = haru.call("HPDF_CreateOutline", HPDF_CreateOutline, haru.doc(), parent, title.c_str(), utf8);
    auto dest = destination(haru, page_at(all_pages, entry.page, "an outline entry"), entry.y);
    haru.call("HPDF_Outline_SetDestination", HPDF_Outline_SetDestination, item, dest);
    haru.call("HPDF_Outline_SetOpened", HPDF_Outline_SetOpened, item,
              static_cast<HPDF_BOOL>(stack.empty() ? HPDF_TRUE : HPDF_FALSE));
    stack.push_back({entry.level, item});
  }
}

UtcTime utc_from_epoch(long long seconds) {
  long long days = seconds / 86400, rest = seconds % 86400;
  if (rest < 0) rest += 86400, --days;
  // Civil date from a day count (Howard Hinnant's algorithm, in 400-year eras).
  long long z = days + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  long long d = doy - (153 * mp + 2) / 5 + 1;
  long long m = mp < 10 ? mp + 3 : mp - 9;
  long long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y),
          static_cast<int>(m),
          static_cast<int>(d),
          static_cast<int>(rest / 3600),
          static_cast<int>(rest / 60 % 60),
          static_cast<int>(rest % 60)};
}

void set_language(Haru& haru, const std::string& language) {
  // libharu has no call for /Lang: it goes into the catalog dictionary directly (the
  // catalog is the document record's `catalog`, a plain HPDF_Dict).
  if (language.empty()) return;
  HPDF_Doc doc = haru.doc();
  // A BCP 47 tag is ASCII: no encoder needed.
  HPDF_String value = haru.call("HPDF_String_New", HPDF_String_New, doc->mmgr, language.c_str(),
                                static_cast<HPDF_Encoder>(nullptr));
  haru.call("HPDF_Dict_Add", HPDF_Dict_Add, doc->catalog, "Lang", value);
}

void set_document_info(Haru& haru, const DocumentInfo& info) {
  set_language(haru, info.language);
  // Without this, libharu writes the UTF-8 bytes as PDFDocEncoding and titles come out garbled.
  haru.call("HPDF_SetCurrentEncoder", HPDF_SetCurrentEncoder, haru.doc(), "UTF-8");
  auto set = [&](HPDF_InfoType type, const std::string& value) {
    if (value.empty()) return;
    auto clean = pdf_string(value);
    haru.call("HPDF_SetInfoAttr", HPDF_SetInfoAttr, haru.doc(), type, clean.c_str());
  };
  set(HPDF_INFO_TITLE, info.title);
  set(HPDF_INFO_AUTHOR, info.author);
  set(HPDF_INFO_SUBJECT, info.subject);
  set(HPDF_INFO_KEYWORDS, info.keywords);
  set(HPDF_INFO_CREATOR, info.creator);
  const std::string producer =
      std::string("planforge ") + PLANFORGE_VERSION_STRING + " (libharu " + HPDF_GetVersion() + ")";
  set(HPDF_INFO_PRODUCER, producer);
  add_xmp_metadata(haru, info, producer);

  auto t = utc_from_epoch(info.creation_time);
  if (t.year < 1 || t.year > 9999) return;  // not representable in a PDF date
  HPDF_Date date{};
  date.year = t.year, date.month = t.month, date.day = t.day;
  date.hour = t.hour, date.minutes = t.minute, date.seconds = t.second;
  date.ind = 'Z';
  haru.call("HPDF_SetInfoDateAttr", HPDF_SetInfoDateAttr, haru.doc(), HPDF_INFO_CREATION_DATE, date);
  haru.call("HPDF_SetInfoDateAttr", HPDF_SetInfoDateAttr, haru.doc(), HPDF_INFO_MOD_DATE, date);
}

}  // namespace planforge::detail
