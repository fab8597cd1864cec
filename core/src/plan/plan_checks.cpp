// The core-owned structure around the sections: <plan>, <vars>/<var> and each <section>'s
// own attributes. What is inside a section belongs to its plugin (and the generic blocks).
#include "plan/flow_attributes.hpp"
#include "plan/loader_steps.hpp"
#include "plan/node_checks.hpp"
#include "plan/text_util.hpp"
#include "i18n/language_tag.hpp"
#include "sdk/core_codes.hpp"

namespace planforge::detail::loader {

namespace {

std::string attr_value(const Node& e, std::string_view name) {
  const Attribute* a = e.find_attribute(name);
  return a ? std::string(trim(a->value)) : std::string();
}

// `lang`: well-formed BCP 47 (checked by ICU) and written left to right. Whether planforge
// has a catalogue for it is checked by the engine, which knows where catalogues are.
void check_language(const Node& root, PlanData& plan, Diagnostics& diags) {
  plan.lang_location = root.location();
  const Attribute* lang = root.find_attribute("lang");
  if (!lang) return;
  plan.lang_location = location_of(root, *lang);
  const auto tag = parse_language_tag(plan.lang);
  if (!tag) {
    diags.report(code("plan/invalid-language"), plan.lang_location,
                 "invalid language tag '" + std::string(lang->value) + "'",
                 {"use a BCP 47 tag such as en, de, nb-NO or pt-PT"});
    plan.lang.clear();
    return;
  }
  if (tag->right_to_left) {
    diags.report(code("plan/unsupported-language"), plan.lang_location,
                 "'" + plan.lang + "' (" + language_name(*tag) +
                     ") is written right to left, which planforge "
                     "cannot lay out yet",
                 {"planforge sets left-to-right scripts only; see docs/localisation.md"});
    plan.lang.clear();
    return;
  }
  plan.lang = tag->tag;
}

void check_vars(const Node& vars, Diagnostics& diags) {
  check_attributes(vars, {}, {}, diags);
  check_children(vars, {"var"}, false, diags);
  for (const auto& var : vars.children) {
    if (var->kind != Node::Kind::element || var->name != "var") continue;
    // A missing or bad name was reported when the variables were read.
    check_attributes(*var, {}, {"name"}, diags);
    check_plain_text(*var, diags);
  }
}

void check_section(const Node& section, PlanData& plan, Diagnostics& diags) {
  check_attributes(section, {"type"},
                   with_flow({"id", "title", "label", "appendix"}, section_flow_attributes), diags);
  check_flow_attributes(section, diags);
  SectionEntry entry;
  entry.node = &section;
  entry.type = attr_value(section, "type");
  entry.id = attr_value(section, "id");
  if (const Attribute* title = section.find_attribute("title"))
    entry.title = collapse_whitespace(title->value);
  entry.label = attr_value(section, "label");
  entry.appendix = boolean_attribute(section, "appendix", diags).value_or(false);
  entry.flow = flow_attributes(section);
  plan.sections.push_back(std::move(entry));
}

}  // namespace

void check_plan(PlanData& plan, Diagnostics& diags) {
  const Node& root = *plan.root;
  // format was checked (and is required) before the tree was built.
  check_attributes(root, {}, {"format", "id", "version", "template", "lang"}, diags);
  plan.id = attr_value(root, "id");
  plan.template_name = attr_value(root, "template");
  if (const Attribute* t = root.find_attribute("template")) plan.template_location = location_of(root, *t);
  plan.lang = attr_value(root, "lang");
  check_language(root, plan, diags);

  // "include" never survives conversion; it is listed for the did-you-mean hints.
  check_children(root, {"meta", "vars", "section", "include"}, false, diags);
  const Node* meta = nullptr;
  const Node* vars = nullptr;
  for (const auto& child : root.children) {
    if (child->kind != Node::Kind::element) continue;
    if (child->name == "meta" || child->name == "vars") {
      const Node*& first = child->name == "meta" ? meta : vars;
      if (first) {
        diags.report(code("plan/duplicate-element"), child->location(),
                     "<" + std::string(child->name) + "> is given twice");
        diags.note(first->location(), "first <" + std::string(child->name) + "> is here");
        continue;
      }
      first = child;
      if (child->name == "vars") check_vars(*child, diags);
    } else if (child->name == "section") {
      check_section(*child, plan, diags);
    }
  }
  if (!meta)
    diags.report(code("plan/no-meta"), root.location(), "<plan> has no <meta>",
                 {"add <meta><title>…</title></meta> after <plan>"});
  if (plan.sections.empty())
    diags.report(code("plan/no-sections"), root.location(), "the plan has no sections");
}

}  // namespace planforge::detail::loader
