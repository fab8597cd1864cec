// <include href>: the sections of another file, merged where the include stands.
#include "plan/convert.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>
#include <system_error>

namespace planforge::detail::loader {

namespace {

namespace fs = std::filesystem;

// How the include chain is shown: paths relative to the plan's folder, which is what the
// author sees in the href attributes.
std::string chain_name(const LoadContext& ctx, const fs::path& canonical) {
  return canonical.lexically_relative(ctx.folder).generic_string();
}

// The <include> element itself: only href, no content.
std::string checked_href(XmlFile& file, pugi::xml_node xml, const Node& include, Diagnostics& diags) {
  for (const Attribute& a : include.attributes)
    if (a.name != "href" && !is_xml_machinery(a.name))
      diags.report(code("plan/unknown-attribute"), Location{include.location().file, a.line, a.column},
                   "unknown attribute '" + std::string(a.name) + "' on <include>",
                   did_you_mean(a.name, names({"href"})));
  for (pugi::xml_node child : xml.children()) {
    const bool element = child.type() == pugi::node_element;
    if (element || child.type() == pugi::node_cdata ||
        (child.type() == pugi::node_pcdata && !is_blank(child.value()))) {
      diags.report(code("include/has-content"), file.at(element ? child.name() - 1 : child.value()),
                   "<include> has no content; write <include href=\"…\"/>");
      break;
    }
  }
  const Attribute* href = include.find_attribute("href");
  if (!href) {
    diags.report(code("plan/missing-attribute"), include.location(), "<include> is missing attribute 'href'");
    return {};
  }
  if (trim(href->value).empty()) {
    diags.report(code("plan/empty-attribute"), include.location(), "<include> has an empty 'href'");
    return {};
  }
  return std::string(trim(href->value));
}

void convert_sections_root(Converter& converter, XmlFile& file, pugi::xml_node root, Node& parent,
                           std::vector<Node*>& out) {
  LoadContext& ctx = converter.context();
  for (pugi::xml_attribute a : root.attributes())
    if (!is_xml_machinery(a.name()))
      ctx.diags.report(code("plan/unknown-attribute"), file.at(a.name()),
                       "unknown attribute '" + std::string(a.name()) + "' on <sections>");
  for (pugi::xml_node child : root.children()) {
    if (child.type() == pugi::node_element) {
      const std::string_view name = child.name();
      if (name == "include") {
        expand_include(converter, file, child, parent, out);
      } else if (name == "section") {
        out.push_back(converter.element(file, child, &parent));
      } else {
        ctx.diags.report(code("plan/unknown-element"), file.at(child.name() - 1),
                         "unexpected <" + std::string(name) +
                             "> in <sections>; it holds <section> "
                             "and <include> elements",
                         did_you_mean(name, names({"section", "include"})));
      }
    } else if ((child.type() == pugi::node_pcdata && !is_blank(child.value())) ||
               child.type() == pugi::node_cdata) {
      ctx.diags.report(code("plan/unexpected-text"), file.at(child.value()), "unexpected text in <sections>");
    }
  }
}

}  // namespace

void expand_include(Converter& converter, XmlFile& file, pugi::xml_node include_xml, Node& parent,
                    std::vector<Node*>& out) {
  LoadContext& ctx = converter.context();
  Diagnostics& diags = ctx.diags;
  // Converted like any element, so its href gets ${var}, entity and duplicate checks.
  // (It lands in the arena but not in the tree.)
  const Node* include = converter.shallow(file, include_xml, &parent);
  const Location where = include->location();
  const std::string href = checked_href(file, include_xml, *include, diags);
  if (href.empty()) return;

  const ReadScope::Resolved resolved = ctx.plan.scope.resolve(file.path.parent_path(), href);
  const fs::path& canonical = resolved.path;
  const std::string display =
      fs::path(href).is_absolute()
          ? resolved.written.generic_string()
          : (fs::path(file.display).parent_path() / href).lexically_normal().generic_string();

  if (resolved.status == ReadScope::Status::outside) {
    diags.report(code("include/outside-folder"), where, ReadScope::outside_message("include", href, resolved),
                 {ctx.plan.scope.outside_hint()});
    return;
  }
  const auto cycle_start = std::find(ctx.chain.begin(), ctx.chain.end(), canonical);
  if (cycle_start != ctx.chain.end()) {
    std::string path;
    for (auto it = cycle_start; it != ctx.chain.end(); ++it) path += chain_name(ctx, *it) + " → ";
    path += chain_name(ctx, canonical);
    diags.report(code("include/cycle"), where, "include cycle: " + path);
    return;
  }
  // The chain holds the plan itself, so its length is the depth of this include.
  if (ctx.chain.size() > ctx.limits.include_depth) {
    diags.report(code("limit/include-depth"), where,
                 "includes are nested more than " + std::to_string(ctx.limits.include_depth) + " deep here",
                 {limit_hint("include-depth")});
    return;
  }
  if (++ctx.includes > ctx.limits.includes) {
    if (ctx.includes == ctx.limits.includes + 1)  // once: the rest are refused quietly
      diags.report(code("limit/includes"), where,
                   "the plan has more than " + std::to_string(ctx.limits.includes) + " includes",
                   {limit_hint("includes")});
    return;
  }

  XmlFile included;
  included.buffer = &ctx.plan.buffers.emplace_back();
  included.on_disk = !ctx.options.read_file;
  const ReadResult read = read_plan_file(ctx.options, canonical, *included.buffer, ctx.limits.file_bytes);
  if (read.status == ReadStatus::not_found) {
    diags.report(code("include/not-found"), where, "included file '" + href + "' not found",
                 {"looked for " + display});
    ctx.plan.missing.push_back(canonical);
    return;
  }
  if (read.status != ReadStatus::ok) {
    std::vector<std::string> hints;
    if (read.status == ReadStatus::too_large) hints.push_back(limit_hint("file-size"));
    diags.report(code("include/unreadable"), where,
                 "cannot include '" + href + "': " + describe_read_problem(read), std::move(hints));
    return;
  }
  ctx.include_bytes += read.size;
  if (ctx.include_bytes > ctx.limits.include_bytes) {
    ctx.includes = ctx.limits.includes + 1;  // no more includes, and no more errors about them
    diags.report(code("limit/include-size"), where,
                 "includes read more than " + describe_size(ctx.limits.include_bytes) + " in all",
                 {"a file included several times counts each time", limit_hint("include-size")});
    return;
  }
  included.index = ctx.file_index(canonical, display);
  included.display = ctx.plan.files[included.index];
  included.path = canonical;
  // Its root stands in <plan> (or in a <sections> that merges away) whatever the chain.
  included.depth = 1;
  if (!parse_xml(included, diags) || !check_structure(included, ctx)) return;

  ctx.chain.push_back(canonical);
  const pugi::xml_node root = included.doc.document_element();
  const std::string_view root_name = root.name();
  if (root_name == "section") {
    out.push_back(converter.element(included, root, &parent));
  } else if (root_name == "sections") {
    convert_sections_root(converter, included, root, parent, out);
  } else {
    diags.report(
        code("include/wrong-root"), included.at(root.name() - 1),
        "an included file's root must be <section> or <sections>, not <" + std::string(root_name) + ">",
        did_you_mean(root_name, names({"section", "sections"})));
  }
  ctx.chain.pop_back();
}

}  // namespace planforge::detail::loader
