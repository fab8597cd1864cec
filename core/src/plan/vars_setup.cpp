// The variable table, read from the plan's DOM before the tree is converted (every text of
// the plan, includes too, is expanded while converting, so all values must be known first).
#include "plan/loader_steps.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <cstring>

namespace planforge::detail::loader {

namespace {

std::string element_text(pugi::xml_node e) {
  std::string raw;
  for (pugi::xml_node n = e.first_child(); n; n = n.next_sibling()) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata)
      raw += n.value();
    else if (n.type() == pugi::node_element)
      raw += element_text(n);
  }
  return raw;
}

void define_builtins(LoadContext& ctx, XmlFile& file, pugi::xml_node plan) {
  const pugi::xml_node meta = plan.child("meta");
  for (std::string_view name : builtin_vars) {
    if (name == "version") continue;
    const pugi::xml_node e = meta.child(std::string(name).c_str());
    ctx.vars.define(std::string(name), e ? collapse_whitespace(element_text(e)) : std::string(),
                    e ? file.at(e.name() - 1) : file.whole_file(), true);
  }
  const pugi::xml_attribute version = plan.attribute("version");
  ctx.vars.define("version", std::string(trim(version.value())),
                  version ? file.at(version.name()) : file.whole_file(), true);
}

void define_user_vars(LoadContext& ctx, XmlFile& file, pugi::xml_node plan) {
  std::map<std::string, Location, std::less<>> first_seen;
  for (pugi::xml_node vars : plan.children("vars")) {
    for (pugi::xml_node var : vars.children("var")) {
      const pugi::xml_attribute name_attr = var.attribute("name");
      if (!name_attr) {
        ctx.diags.report(code("plan/missing-attribute"), file.at(var.name() - 1),
                         "<var> is missing attribute 'name'");
        continue;
      }
      const std::string name(trim(name_attr.value()));
      const Location where = file.at(name_attr.name());
      if (!is_var_name(name)) {
        ctx.diags.report(code("var/invalid-name"), where, "invalid variable name '" + name + "'",
                         {"a name starts with a letter or '_' and holds letters, digits, '_', "
                          "'-' and '.'"});
        continue;
      }
      if (is_builtin_var(name)) {
        ctx.diags.report(code("var/builtin-name"), where,
                         "'" + name + "' is a built-in variable; choose another name",
                         {"the built-ins are title, subtitle, client, prepared-by, date, status "
                          "and version"});
        continue;
      }
      if (const auto it = first_seen.find(name); it != first_seen.end()) {
        ctx.diags.report(code("var/duplicate"), where, "variable '" + name + "' is defined twice");
        ctx.diags.note(it->second, "'" + name + "' first defined here");
        continue;
      }
      first_seen.emplace(name, where);
      ctx.vars.define(name, collapse_whitespace(element_text(var)), where, false);
    }
  }
}

void apply_sets(LoadContext& ctx) {
  const Location command_line{"command line", 0, 0};
  for (const auto& [name, value] : ctx.options.sets) {
    if (name == "version" || (ctx.vars.contains(name) && !ctx.vars.is_builtin(name))) {
      ctx.vars.override_value(name, value);
      continue;
    }
    if (ctx.vars.is_builtin(name)) {
      ctx.diags.report(code("var/set-builtin"), command_line,
                       "--set " + name + ": the built-in '" + name +
                           "' cannot be set; only 'version' and the plan's <var>s can");
      continue;
    }
    std::vector<std::string_view> settable{"version"};
    for (std::string_view n : ctx.vars.names())
      if (!ctx.vars.is_builtin(n)) settable.push_back(n);
    std::vector<std::string> hints = did_you_mean(name, settable);
    hints.push_back("declare it in the plan: <vars><var name=\"" + name + "\">…</var></vars>");
    ctx.diags.report(code("var/set-undeclared"), command_line,
                     "--set " + name + ": the plan declares no variable '" + name + "'", std::move(hints));
  }
}

}  // namespace

void build_vars(LoadContext& ctx, XmlFile& file, pugi::xml_node plan) {
  define_builtins(ctx, file, plan);
  define_user_vars(ctx, file, plan);
  apply_sets(ctx);
  ctx.vars.resolve(ctx.diags);
}

}  // namespace planforge::detail::loader
