#include "plan/xml_file.hpp"

#include "plan/encoding.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

namespace planforge::detail::loader {

namespace {

// Flags: keep white-space-only text (the space in "<b>a</b> <i>b</i>" is significant), see
// the declaration (its encoding) and the DOCTYPE (to warn that it is ignored). Comments and
// processing instructions are dropped.
constexpr unsigned parse_flags = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol |
                                 pugi::parse_wconv_attribute | pugi::parse_ws_pcdata |
                                 pugi::parse_declaration | pugi::parse_doctype;

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// Skips white space, comments, PIs and the DOCTYPE: all that may stand outside the root.
std::size_t skip_markup_outside_root(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (is_xml_space(s[i])) {
      ++i;
    } else if (s.compare(i, 4, "<!--") == 0 || s.compare(i, 2, "<?") == 0 ||
               s.compare(i, 9, "<!DOCTYPE") == 0) {
      i = skipped_region_end(s, i);
    } else {
      break;
    }
  }
  return i;
}

// pugixml drops text outside the root element without a word; a reader expects an error
// (it is usually a stray paste). Found in the raw bytes, reported once the root is known.
void scan_outside_root(XmlFile& file) {
  const std::string_view s = *file.buffer;
  file.prolog_end = skip_markup_outside_root(s, s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0);
  const std::size_t doctype = s.substr(0, file.prolog_end).find("<!DOCTYPE");
  if (doctype != std::string_view::npos) file.doctype = doctype;
  // After the root: scan back over trailing white space; whatever follows the last '>' and
  // is not a comment or PI is stray text.
  std::size_t end = s.size();
  while (end > 0 && is_xml_space(s[end - 1])) --end;
  const std::size_t last_gt = end == 0 ? std::string_view::npos : s.rfind('>', end - 1);
  if (last_gt != std::string_view::npos && last_gt + 1 < end) {
    const std::size_t stray = skip_markup_outside_root(s, last_gt + 1);
    if (stray < end) file.trailing_text = stray;
  }
}

void check_outside_root(XmlFile& file, pugi::xml_node root, Diagnostics& diags) {
  const std::size_t root_start = file.offset_of(root.name()) - 1;
  if (file.prolog_end < root_start)
    diags.report(code("xml/text-outside-root"), file.at(file.prolog_end),
                 "text before the root element <" + std::string(root.name()) + ">");
  if (file.trailing_text && *file.trailing_text > root_start)
    diags.report(code("xml/text-outside-root"), file.at(*file.trailing_text),
                 "text after the end of the root element");
}

void check_document_level(XmlFile& file, Diagnostics& diags) {
  bool seen_root = false;
  for (pugi::xml_node node : file.doc.children()) {
    if (node.type() == pugi::node_declaration) {
      pugi::xml_attribute enc = node.attribute("encoding");
      if (enc && !iequals(enc.value(), "UTF-8") && !iequals(enc.value(), "UTF8"))
        diags.report(code("file/wrong-encoding"), file.at(enc.name()),
                     "encoding '" + std::string(enc.value()) + "' is not supported; plans are UTF-8",
                     {"save the file as UTF-8 and write encoding=\"UTF-8\""});
    } else if (node.type() == pugi::node_doctype) {
      diags.report(code("xml/doctype-ignored"), file.at(file.doctype.value_or(file.offset_of(node.value()))),
                   "DOCTYPE ignored: planforge does not read DTDs, so entities declared there "
                   "are not defined");
    } else if (node.type() == pugi::node_element) {
      if (seen_root)
        diags.report(code("xml/second-root"), file.at(node.name() - 1),
                     "second root element <" + std::string(node.name()) + ">; a file has one root",
                     {"move it inside the first root element"});
      seen_root = true;
    }
  }
}

}  // namespace

Location XmlFile::at(std::size_t offset) {
  const LineColumn lc = lines->locate(offset);
  return Location{display, lc.line, lc.column};
}

ReadResult read_plan_file(const LoadOptions& options, const std::filesystem::path& path, std::string& out,
                          std::uintmax_t max_bytes) {
  if (!options.read_file) return read_regular_file(path, out, max_bytes);
  SourceFile file = options.read_file(path);
  if (!file.found)
    return {file.problem.empty() ? ReadStatus::not_found : ReadStatus::unreadable, 0, 0, file.problem};
  if (file.bytes.size() > max_bytes) return {ReadStatus::too_large, file.bytes.size(), max_bytes};
  out = std::move(file.bytes);
  return {ReadStatus::ok, out.size()};
}

const std::string& XmlFile::pristine() {
  if (!pristine_) {
    std::string bytes;
    // Should the file have changed meanwhile, the rewritten buffer is the best there is.
    // (A file read from elsewhere, e.g. git, is not the one on disk.)
    ReadResult read{ReadStatus::not_found};
    if (on_disk) read = read_regular_file(path, bytes, buffer->size());
    pristine_ = read.status == ReadStatus::ok && bytes.size() == buffer->size() ? std::move(bytes) : *buffer;
  }
  return *pristine_;
}

bool parse_xml(XmlFile& file, Diagnostics& diags) {
  file.lines.emplace(*file.buffer);
  if (!check_encoding(file, diags)) return false;
  sanitize_for_parser(file, diags);
  scan_outside_root(file);
  check_entities(file, diags);

  const pugi::xml_parse_result result = file.doc.load_buffer_inplace(file.buffer->data(), file.buffer->size(),
                                                                     parse_flags, pugi::encoding_utf8);
  if (!result) {
    report_parse_error(file, result, diags);
    return false;
  }
  check_document_level(file, diags);
  pugi::xml_node root = file.doc.document_element();
  if (!root) return false;
  check_outside_root(file, root, diags);
  return true;
}

}  // namespace planforge::detail::loader
