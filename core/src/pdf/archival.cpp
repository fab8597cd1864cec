#include "pdf/archival.hpp"

#include "pdf/pdf_objects.hpp"

#include <hpdf_doc.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace planforge::detail {

namespace {

constexpr const char* srgb_name = "sRGB IEC61966-2.1";

// An ICC profile's header: its size at 0, device class at 12, colour space at 16 (ICC.1 7.2).
bool rgb_display_profile(const std::vector<char>& icc) {
  if (icc.size() < 128) return false;
  const std::string device(icc.data() + 12, 4), space(icc.data() + 16, 4), magic(icc.data() + 36, 4);
  return magic == "acsp" && space == "RGB " && (device == "mntr" || device == "spac");
}

}  // namespace

std::filesystem::path srgb_profile() { return PLANFORGE_SRGB_PROFILE; }

void add_srgb_output_intent(Haru& haru, const std::filesystem::path& icc) {
  std::ifstream in(icc, std::ios::binary);
  const std::vector<char> bytes(std::istreambuf_iterator<char>(in), {});
  if (!rgb_display_profile(bytes))
    throw PdfError("--pdf-a needs an sRGB ICC profile, and " + icc.string() +
                   " cannot be read or is not one (Debian package icc-profiles-free)");
  PdfObjects objects(haru);
  HPDF_Doc doc = haru.doc();
  HPDF_Dict profile = haru.call("HPDF_DictStream_New", HPDF_DictStream_New, doc->mmgr, doc->xref);
  profile->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  objects.add_number(profile, "N", 3);
  haru.call("HPDF_Stream_Write", HPDF_Stream_Write, profile->stream,
            reinterpret_cast<const HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size()));
  HPDF_Dict intent = objects.dict();
  objects.add_name(intent, "Type", "OutputIntent");
  objects.add_name(intent, "S", "GTS_PDFA1");
  objects.add_ascii(intent, "OutputConditionIdentifier", srgb_name);
  objects.add_ascii(intent, "Info", srgb_name);
  objects.add(intent, "DestOutputProfile", profile);
  HPDF_Array intents = objects.array();
  objects.push(intents, intent);
  objects.add(objects.catalog(), "OutputIntents", intents);
}

}  // namespace planforge::detail
