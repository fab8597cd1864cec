#include "input/read_scope.hpp"

#include <algorithm>
#include <system_error>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

bool inside(const fs::path& folder, const fs::path& file) {
  const auto [f, p] = std::mismatch(folder.begin(), folder.end(), file.begin(), file.end());
  // A trailing separator makes an empty last element: "/a/" holds "/a/b".
  return f == folder.end() || (std::next(f) == folder.end() && f->empty());
}

}  // namespace

fs::path canonical_or_normal(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  if (ec) absolute = path;
  fs::path canonical = fs::weakly_canonical(absolute, ec);
  return ec ? absolute.lexically_normal() : canonical;
}

ReadScope::ReadScope(const fs::path& plan_folder, const std::vector<fs::path>& allowed)
    : plan_folder_(canonical_or_normal(plan_folder)) {
  roots_.push_back(plan_folder_);
  for (const fs::path& folder : allowed) roots_.push_back(canonical_or_normal(folder));
}

bool ReadScope::allows(const fs::path& canonical) const {
  return std::any_of(roots_.begin(), roots_.end(),
                     [&](const fs::path& root) { return inside(root, canonical); });
}

ReadScope::Resolved ReadScope::resolve(const fs::path& base_folder, std::string_view written) const {
  Resolved out;
  const fs::path given(written);
  out.written = (given.is_absolute() ? given : base_folder / given).lexically_normal();
  out.path = canonical_or_normal(out.written);
  if (!allows(out.path)) {
    out.status = Status::outside;
    out.through_link = allows(out.written);
    return out;
  }
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(out.path, ec))) out.status = Status::not_found;
  return out;
}

std::string ReadScope::outside_message(std::string_view what, std::string_view written,
                                       const Resolved& resolved) {
  std::string out = std::string(what) + " '" + std::string(written) + "'";
  if (resolved.through_link)
    return out + " leads outside the plan's folder through a symbolic link (to " +
           resolved.path.generic_string() + ")";
  return out + " is outside the plan's folder";
}

std::string ReadScope::outside_hint() const {
  return "a plan reads only files inside its own folder (" + plan_folder_.generic_string() +
         "); move the file there, or allow its folder with --allow-read DIR";
}

}  // namespace planforge::detail
