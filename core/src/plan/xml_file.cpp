#include "plan/xml_file.hpp"

#include "plan/encoding.hpp"
#include "plan/text_util.hpp"

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
    diags.error(file.at(file.prolog_end), "text before the root element <" + std::string(root.name()) + ">");
  if (file.trailing_text && *file.trailing_text > root_start)
    diags.error(file.at(*file.trailing_text), "text after the end of the root element");
}

void check_document_level(XmlFile& file, Diagnostics& diags) {
  bool seen_root = false;
  for (pugi::xml_node node : file.doc.children()) {
    if (node.type() == pugi::node_declaration) {
      pugi::xml_attribute enc = node.attribute("encoding");
      if (enc && !iequals(enc.value(), "UTF-8") && !iequals(enc.value(), "UTF8"))
        diags.error(file.at(enc.name()),
                    "encoding '" + std::string(enc.value()) + "' is not supported; plans are UTF-8",
                    {"save the file as UTF-8 and write encoding=\"UTF-8\""});
    } else if (node.type() == pugi::node_doctype) {
      diags.warning(file.at(file.doctype.value_or(file.offset_of(node.value()))),
                    "DOCTYPE ignored: planforge does not read DTDs, so entities declared there "
                    "are not defined");
    } else if (node.type() == pugi::node_element) {
      if (seen_root)
        diags.error(file.at(node.name() - 1),
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

ReadResult read_bytes(const std::filesystem::path& path, std::string& out) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return {ReadStatus::not_found};
  if (std::filesystem::is_directory(status)) return {ReadStatus::not_a_file};
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_file_size) return {ReadStatus::too_large, size};

  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return {ReadStatus::unreadable, 0, std::strerror(errno)};
  out.clear();
  char chunk[1 << 16];
  std::size_t n;
  // Read in chunks rather than trusting the size: the file may change or be a pipe.
  if (!ec) out.reserve(static_cast<std::size_t>(size));
  while ((n = std::fread(chunk, 1, sizeof chunk, f.get())) > 0) {
    out.append(chunk, n);
    if (out.size() > max_file_size) return {ReadStatus::too_large, out.size()};
  }
  if (std::ferror(f.get())) return {ReadStatus::unreadable, 0, std::strerror(errno)};
  return {ReadStatus::ok, out.size()};
}

ReadResult read_plan_file(const LoadOptions& options, const std::filesystem::path& path, std::string& out) {
  if (!options.read_file) return read_bytes(path, out);
  SourceFile file = options.read_file(path);
  if (!file.found) return {file.problem.empty() ? ReadStatus::not_found : ReadStatus::unreadable, 0, file.problem};
  if (file.bytes.size() > max_file_size) return {ReadStatus::too_large, file.bytes.size()};
  out = std::move(file.bytes);
  return {ReadStatus::ok, out.size()};
}

std::string describe_read_problem(const ReadResult& result) {
  switch (result.status) {
    case ReadStatus::ok: return {};
    case ReadStatus::not_found: return "file not found";
    case ReadStatus::not_a_file: return "is a directory, not a file";
    case ReadStatus::too_large: {
      char mib[32];
      std::snprintf(mib, sizeof mib, "%.1f", static_cast<double>(result.size) / (1024.0 * 1024.0));
      return std::string("file is too large (") + mib + " MiB); plans are limited to 64 MiB";
    }
    case ReadStatus::unreadable: return "cannot read file: " + result.system_message;
  }
  return {};
}

const std::string& XmlFile::pristine() {
  if (!pristine_) {
    std::string bytes;
    // Should the file have gone meanwhile, the rewritten buffer is the best there is.
    // (A file read from elsewhere, e.g. git, is not the one on disk.)
    pristine_ = on_disk && read_bytes(path, bytes).status == ReadStatus::ok ? std::move(bytes) : *buffer;
  }
  return *pristine_;
}

bool parse_xml(XmlFile& file, Diagnostics& diags) {
  file.lines.emplace(*file.buffer);
  if (!check_encoding(file, diags)) return false;
  sanitize_for_parser(file, diags);
  scan_outside_root(file);
  check_entities(file, diags);

  const pugi::xml_parse_result result = file.doc.load_buffer_inplace(
      file.buffer->data(), file.buffer->size(), parse_flags, pugi::encoding_utf8);
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
