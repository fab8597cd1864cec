// load_plan: read and parse the plan, read its variables, convert it (includes merged,
// ${var} expanded), then check the core-owned structure and index the ids.
#include "plan/loader_steps.hpp"

#include "input/read_file.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <system_error>

namespace planforge::detail {

namespace {

// The format versions this build reads.
constexpr std::string_view supported_format = "1";

bool check_root(loader::XmlFile& file, pugi::xml_node root, PlanData& plan, Diagnostics& diags) {
  const std::string_view name = root.name();
  if (name != "plan") {
    diags.report(code("plan/wrong-root"), file.at(root.name() - 1),
                 "the root element is <" + std::string(name) + ">; a plan file starts with <plan>",
                 {"write <plan format=\"1\"> … </plan> around the plan"});
    return false;
  }
  const pugi::xml_attribute format = root.attribute("format");
  if (!format) {
    // Go on as format 1: the rest of the file is most likely written for it.
    diags.report(code("plan/missing-format"), file.at(root.name() - 1),
                 "<plan> is missing attribute 'format'",
                 {"write <plan format=\"1\">: the version of the plan format the file is written for"});
    plan.format = std::string(supported_format);
    return true;
  }
  const std::string value(loader::trim(format.value()));
  if (value != supported_format) {
    // A file for another format would only drown in errors about elements it does not have.
    diags.report(
        code("plan/unsupported-format"), file.at(format.name()),
        "unsupported plan format '" + value + "'; this planforge reads format " +
            std::string(supported_format),
        {"use a planforge release that reads format " + value + ", or convert the plan to format 1"});
    return false;
  }
  plan.format = value;
  return true;
}

}  // namespace

std::unique_ptr<PlanData> load_plan(const LoadOptions& options, Diagnostics& diags) {
  namespace fs = std::filesystem;
  auto plan = std::make_unique<PlanData>();
  const std::string display = options.plan.generic_string();

  loader::XmlFile main;
  main.buffer = &plan->buffers.emplace_back();
  main.on_disk = !options.read_file;
  plan->read_file = options.read_file;
  const ReadResult read =
      loader::read_plan_file(options, options.plan, *main.buffer, options.limits.file_bytes);
  if (read.status != ReadStatus::ok) {
    std::vector<std::string> hints;
    if (read.status == ReadStatus::too_large) hints.push_back(limit_hint("file-size"));
    diags.report(code("file/unreadable"), Location{display, 0, 0}, describe_read_problem(read),
                 std::move(hints));
    return nullptr;
  }
  const fs::path canonical = canonical_or_normal(options.plan);
  std::vector<fs::path> allowed = options.allowed_folders;
  if (options.allow_outside_includes) allowed.emplace_back("/");
  plan->scope = ReadScope(canonical.parent_path(), allowed);

  loader::LoadContext ctx(*plan, diags, options);
  ctx.folder = plan->scope.plan_folder();
  ctx.vars.set_budget(options.limits.expansion_bytes);
  main.index = ctx.file_index(canonical, display);
  main.display = display;
  main.path = canonical;
  if (!loader::parse_xml(main, diags)) return nullptr;
  if (!loader::check_structure(main, ctx)) return nullptr;

  const pugi::xml_node root = main.doc.document_element();
  if (!check_root(main, root, *plan, diags)) return nullptr;

  loader::build_vars(ctx, main, root);
  ctx.chain.push_back(canonical);
  loader::Converter converter(ctx);
  plan->root = converter.element(main, root, nullptr, /*includes_allowed=*/true);
  plan->vars = ctx.vars.values();
  plan->version = plan->vars["version"];

  loader::check_plan(*plan, diags);
  loader::read_meta(*plan, diags);
  loader::check_refs(ctx.refs, *plan, diags);
  return plan;
}

}  // namespace planforge::detail
