// A long tagged document with links on every page, the shape that made libharu's object
// graph the bulk of a render's memory: the structure tree and the link annotations written
// by planforge at save time (object_range.hpp), each page deflated as it is painted
// (content_stream.hpp), and the file saved straight from libharu's objects into object
// streams (object_streams.hpp). Read back with qpdf: valid, identical from run to run and
// between memory and file, packed, every page's content stream deflated, the ParentTree two
// levels deep and leading every key to its element.

#include "pdf/pdf_writer.hpp"
#include "test_files.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <iterator>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

namespace {

constexpr int page_count = 1200;  // more than one ParentTree leaf holds (1,024 keys)

// Page i: a paragraph with a link to the next page (the last page's to a web address).
PageSet long_document(bool archival = false) {
  PageSet set;
  set.info.title = "A long document";
  set.info.archival = archival;
  set.structure.add(StructType::document);
  for (int i = 0; i < page_count; ++i) {
    const int paragraph = set.structure.add(StructType::paragraph, 0);
    const int link = set.structure.add(StructType::link, paragraph);
    Page page;
    PlacedText text;
    text.x = 72;
    text.baseline = 100;
    text.text = "Page " + std::to_string(i + 1) + " goes on to the next page.";
    text.tag = content_of(paragraph);
    page.items.emplace_back(text);
    text.x = 300;
    text.text = "next page";
    text.tag = content_of(link);
    page.items.emplace_back(text);
    LinkArea area;
    area.x = 300, area.y = 90, area.width = 50, area.height = 12;
    if (i + 1 < page_count) {
      area.dest_page = i + 1;
      area.dest_y = 72;
    } else {
      area.uri = "https://example.com/a (b)";
    }
    area.node = link;
    area.contents = "next page";
    page.links.push_back(area);
    set.pages.push_back(std::move(page));
  }
  return set;
}

std::vector<std::uint8_t> read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("a long tagged document with links: valid, deterministic, the same in memory and in a file") {
  const PageSet set = long_document();
  TempDir dir;
  const auto first = write_pdf(set, default_font_files());
  CHECK(write_pdf(set, default_font_files()) == first);
  const auto file = dir.path() / "long.pdf";
  PdfDocument(set, default_font_files()).save(file);
  CHECK(read_bytes(file) == first);

  const auto check = run("qpdf --check " + quoted(file));
  INFO(check.output);
  CHECK(check.status == 0);
  CHECK(check.output.find("No syntax or stream encoding errors found") != std::string::npos);

  // Packed: the objects in object streams, found through a cross-reference stream.
  const std::string packed(std::istreambuf_iterator<char>(std::ifstream(file, std::ios::binary).rdbuf()), {});
  CHECK(count(packed, "/Type /ObjStm") > 10);
  CHECK(count(packed, "/Type /XRef") == 1);
  CHECK(count(packed, "/Subtype /Link") == 0);

  // Every object readable; each page's content deflated; the annotations as written. qpdf
  // takes the objects out of their object streams and leaves every stream's data as it is.
  const auto plain = dir.path() / "long.plain.pdf";
  REQUIRE(
      run("qpdf --object-streams=disable --decode-level=none " + quoted(file) + " " + quoted(plain)).status ==
      0);
  const std::string raw(std::istreambuf_iterator<char>(std::ifstream(plain, std::ios::binary).rdbuf()), {});
  CHECK(count(raw, "/Filter /FlateDecode") >= page_count);
  CHECK(count(raw, "/Subtype /Link") == page_count);
  CHECK(count(raw, "/URI (https://example.com/a%20\\(b\\))") == 1);
  CHECK(count(raw, "/Type /StructTreeRoot") == 1);
  CHECK(count(raw, "/Limits [") == 3);  // 2,400 keys: three leaves
  CHECK(count(raw, "/ParentTreeNextKey " + std::to_string(2 * page_count)) == 1);

  const auto text = run("pdftotext -f 1200 -l 1200 " + quoted(file) + " -");
  CHECK(text.output.find("Page 1200 goes on to the next page.") != std::string::npos);
}

TEST_CASE("the structure of a long document: every MCID and link leads to its element") {
  TempDir dir;
  const auto file = dir.write("long.pdf", write_pdf(long_document(), default_font_files()));
  // pdfinfo reads the whole structure tree, through the ParentTree's leaves.
  const auto r = run("pdfinfo -struct " + quoted(file));
  INFO(r.output.substr(0, 2000));
  REQUIRE(r.status == 0);
  CHECK(count(r.output, "Link") == page_count);
}

TEST_CASE("an archival long document: its ID is the MD5 of its content, identical run to run") {
  const PageSet set = long_document(true);
  TempDir dir;
  const auto a = dir.path() / "a.pdf", b = dir.path() / "b.pdf";
  PdfDocument(set, default_font_files()).save(a);
  PdfDocument(set, default_font_files()).save(b);
  CHECK(read_bytes(a) == read_bytes(b));
  CHECK(read_bytes(a) == write_pdf(set, default_font_files()));
  const std::string raw(std::istreambuf_iterator<char>(std::ifstream(a, std::ios::binary).rdbuf()), {});
  CHECK(count(raw, "/ID [ <") == 1);
  CHECK(run("qpdf --check " + quoted(a)).status == 0);
  // Both halves are the MD5 of every byte before the cross-reference stream (at startxref).
  const auto startxref = raw.rfind("startxref\n");
  REQUIRE(startxref != std::string::npos);
  const std::string body_bytes = std::to_string(std::stoull(raw.substr(startxref + 10)));
  const auto md5 = run("head -c " + body_bytes + " " + quoted(a) + " | md5sum");
  REQUIRE(md5.output.size() >= 32);
  std::string hex = md5.output.substr(0, 32);
  for (char& c : hex) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  CHECK(contains(raw, "/ID [ <" + hex + "> <" + hex + "> ]"));
}
