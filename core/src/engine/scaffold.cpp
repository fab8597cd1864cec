// `planforge new` and `planforge new-plugin`: new folders from the templates' skeletons.
// Neither ever writes into an existing folder, and a failure leaves nothing behind.
#include "engine/install_paths.hpp"
#include "engine/runs.hpp"
#include "sdk/core_codes.hpp"

#include <cctype>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

// The folder's own name, also for "name/" and "./name".
std::string folder_name(const fs::path& folder) {
  fs::path normal = folder.lexically_normal();
  if (normal.filename().empty()) normal = normal.parent_path();
  return normal.filename().string();
}

std::optional<RunResult> refuse_existing(const fs::path& folder) {
  std::error_code ec;
  if (fs::exists(folder, ec) || fs::is_symlink(folder, ec))
    return run_failed(ExitCode::usage, code("usage/folder-exists"), folder,
                      "'" + folder.string() + "' already exists; planforge does not write into it",
                      {"choose a new name, or remove the folder first"});
  return std::nullopt;
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw fs::filesystem_error("cannot read", file, std::make_error_code(std::errc::io_error));
  return text.str();
}

void write_text(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw fs::filesystem_error("cannot write", file, std::make_error_code(std::errc::io_error));
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// "risk-register" -> "RiskRegisterPlugin" and "Risk register".
std::string class_name(const std::string& name) {
  std::string out;
  bool upper = true;
  for (char c : name) {
    if (c == '-') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out + "Plugin";
}

std::string title_of(const std::string& name) {
  std::string out = replace_all(name, "-", " ");
  out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// Runs `fill` on a freshly created folder; on any failure removes the folder again.
template <class Fill>
RunResult create_folder(const fs::path& folder, Fill&& fill) {
  std::error_code ec;
  if (!fs::create_directory(folder, ec) || ec)
    return run_failed(ExitCode::environment, code("output/write-failed"), folder,
                      "cannot create the folder: " + ec.message());
  try {
    fill();
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(folder, ec);
    return run_failed(ExitCode::environment, code("output/write-failed"),
                      e.path1().empty() ? folder : e.path1(), e.code().message());
  }
  RunResult result;
  result.output = folder;
  return result;
}

// The installed folder holding `file` (relative to the template folders), in `folder`; or
// the failure of an installation that lacks it.
std::optional<RunResult> find_skeleton(const char* file, const std::string& what, fs::path& folder) {
  const fs::path found = find_template_file(file);
  if (found.empty())
    return run_failed(ExitCode::environment, code("internal/installation"), file,
                      what + " was not found in the template folders");
  folder = found.parent_path();
  return std::nullopt;
}

}  // namespace

RunResult run_create_plan(const fs::path& folder) {
  if (auto refused = refuse_existing(folder)) return *refused;
  fs::path skeleton;
  if (auto missing = find_skeleton("skeleton/plan.xml", "the starter plan", skeleton)) return *missing;
  return create_folder(folder, [&] { fs::copy(skeleton, folder, fs::copy_options::recursive); });
}

RunResult run_create_plugin(const fs::path& folder) {
  const std::string name = folder_name(folder);
  static const std::regex valid("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  if (name.size() > 64 || !std::regex_match(name, valid))
    return run_failed(
        ExitCode::usage, code("usage/invalid-option"), "command line", "'" + name + "' is not a plugin name",
        {"use lower-case letters, digits and single hyphens, starting with a letter, e.g. risk-register"});
  if (auto refused = refuse_existing(folder)) return *refused;
  fs::path skeleton;
  if (auto missing = find_skeleton("plugin/plugin.cpp", "the plugin skeleton", skeleton)) return *missing;
  return create_folder(folder, [&] {
    // The skeleton's files and its folders (messages/, the plugin's catalogues), one level deep.
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(skeleton)) {
      if (entry.is_regular_file()) files.push_back(entry.path().filename());
      if (!entry.is_directory()) continue;
      fs::create_directory(folder / entry.path().filename());
      for (const auto& inner : fs::directory_iterator(entry.path()))
        if (inner.is_regular_file()) files.push_back(entry.path().filename() / inner.path().filename());
    }
    for (const auto& file : files) {
      std::string text = read_text(skeleton / file);
      text = replace_all(std::move(text), "@NAME@", name);
      text = replace_all(std::move(text), "@CLASS@", class_name(name));
      text = replace_all(std::move(text), "@TITLE@", title_of(name));
      const fs::path target = file == "plugin.cpp" ? fs::path(name + ".cpp") : file;
      write_text(folder / target, text);
    }
  });
}

}  // namespace planforge::detail
