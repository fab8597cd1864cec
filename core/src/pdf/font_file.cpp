#include "pdf/font_file.hpp"

#include "input/read_file.hpp"
#include "input/truetype_check.hpp"
#include "pdf/pdf_writer.hpp"

namespace planforge::detail {

void check_font_file(const std::filesystem::path& file) {
  // The theme's fonts were checked when it was loaded; a file changed since then must not
  // reach libharu either.
  std::string bytes;
  const ReadResult read = read_regular_file(file, bytes, max_font_bytes);
  std::string problem = read.status == ReadStatus::ok ? truetype_problem(bytes) : read_problem_phrase(read);
  if (!problem.empty()) throw PdfError("font file " + file.string() + " " + problem);
}

}  // namespace planforge::detail
