#include "plan/suppressions.hpp"

#include "plan/node_checks.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>
#include <tuple>

namespace planforge::detail {

namespace {

const std::vector<std::string> form_hint = {
    "write suppress=\"CODE: why the warning does not apply here\"; the code is the one in brackets "
    "after the warning"};

}  // namespace

void Suppressions::read(const Node& e, const KnownCodes& known, Diagnostics& diags,
                        std::vector<std::size_t>& opened) {
  const Attribute* a = e.find_attribute("suppress");
  if (!a) return;
  const Location where = loader::location_of(e, *a);
  const std::string element = loader::describe(e);
  const std::string_view value = loader::trim(a->value);
  const std::size_t colon = value.find(':');
  std::vector<std::string_view> codes;
  loader::for_each_word(value.substr(0, colon), [&](std::string_view c) { codes.push_back(c); });
  const std::string reason =
      colon == std::string_view::npos ? std::string() : loader::collapse_whitespace(value.substr(colon + 1));
  if (codes.empty()) {
    diags.report(code("suppress/invalid"), where, "the suppression on " + element + " names no code",
                 form_hint);
    return;
  }
  bool well_formed = true;
  for (std::string_view c : codes)
    if (!is_code_id(c)) {
      diags.report(
          code("suppress/invalid"), where,
          "'" + std::string(c) + "' in the suppression on " + element + " is not a diagnostic code",
          {"codes look like lint/goal-unmeasured: area/name, as printed in brackets after a warning"});
      well_formed = false;
    }
  if (reason.empty()) {
    diags.report(code("suppress/no-reason"), where, "the suppression on " + element + " gives no reason",
                 {"say after a colon why the warning does not apply: suppress=\"" +
                  std::string(codes.front()) + ": the reason\""});
    well_formed = false;
  }
  if (!well_formed) return;

  std::vector<std::string_view> known_ids;
  for (std::string_view c : codes) {
    if (std::any_of(opened.begin(), opened.end(), [&](std::size_t i) { return entries_[i].code == c; }))
      continue;  // named twice on one element: once is enough
    const bool judged = c.starts_with("lint/") == (known.checks == Checks::lint);
    const auto found = known.codes.find(c);
    if (found == known.codes.end()) {
      // lint loads no plugin: their codes are validate's to know.
      if (!judged || known.unavailable_areas.contains(c.substr(0, c.find('/')))) continue;
      if (known_ids.empty())
        for (const auto& [id, severity] : known.codes) known_ids.push_back(id);
      diags.report(code("suppress/unknown-code"), where,
                   "the suppression on " + element + " names the unknown code '" + std::string(c) + "'",
                   loader::did_you_mean(c, known_ids));
      continue;
    }
    if (found->second == Severity::error) {
      diags.report(code("suppress/error"), where,
                   "'" + std::string(c) + "' is an error, and errors cannot be suppressed",
                   {"correct the plan instead: an error means the document would be wrong"});
      continue;
    }
    Entry entry;
    entry.code = std::string(c);
    entry.where = where;
    entry.element = element;
    entry.file = e.file;
    entry.start = {e.line, e.column};
    entry.everywhere = e.parent == nullptr;
    entry.judged = judged;
    opened.push_back(entries_.size());
    entries_.push_back(std::move(entry));
  }
}

void Suppressions::collect(const PlanData& plan, const KnownCodes& known, Diagnostics& diags) {
  for (std::uint32_t i = 0; i < plan.files.size(); ++i) file_index_.emplace(plan.files[i], i);
  if (!plan.root) return;
  // An element covers everything up to the next node of its file after its subtree: its end
  // tag is there. The tree is walked in document order (includes are expanded in place), so
  // each element's end is the first node of its file entered after the element is left.
  std::vector<std::vector<std::size_t>> ending(plan.files.size());
  struct Frame {
    const Node* node;
    std::size_t next_child = 0;
    std::vector<std::size_t> opened;  // entries read on this element
  };
  std::vector<Frame> stack;
  const auto enter = [&](const Node& node) {
    if (node.file < ending.size()) {
      for (std::size_t i : ending[node.file]) entries_[i].end = {node.line, node.column};
      ending[node.file].clear();
    }
    stack.push_back({&node, 0, {}});
    if (node.kind == Node::Kind::element) read(node, known, diags, stack.back().opened);
  };
  enter(*plan.root);
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next_child < top.node->children.size()) {
      enter(*top.node->children[top.next_child++]);
      continue;
    }
    if (top.node->file < ending.size())
      ending[top.node->file].insert(ending[top.node->file].end(), top.opened.begin(), top.opened.end());
    stack.pop_back();
  }
  index();
}

void Suppressions::index() {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].everywhere)
      everywhere_.emplace(entries_[i].code, i);
    else
      by_code_[entries_[i].code].push_back(i);
  }
  for (auto& [code_id, list] : by_code_) {
    std::sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      const Entry &x = entries_[a], &y = entries_[b];
      return std::tie(x.file, x.start) < std::tie(y.file, y.start);
    });
    // Elements nest, so their ranges do: the enclosing entry is on a stack of open ranges.
    std::vector<std::size_t> open;
    for (std::size_t i : list) {
      Entry& e = entries_[i];
      while (!open.empty() && (entries_[open.back()].file != e.file || entries_[open.back()].end <= e.start))
        open.pop_back();
      e.parent = open.empty() ? none : open.back();
      open.push_back(i);
    }
  }
}

Suppressions::Entry* Suppressions::covering(const Diagnostic& d) {
  if (d.severity != Severity::warning || d.code.empty()) return nullptr;
  const auto file = file_index_.find(d.location.file);
  if (file == file_index_.end()) return nullptr;  // not a file of the plan (a template, say)
  const auto global = everywhere_.find(d.code);
  Entry* everywhere = global == everywhere_.end() ? nullptr : &entries_[global->second];
  const auto list = by_code_.find(d.code);
  if (list == by_code_.end()) return everywhere;
  const Position at{d.location.line, d.location.column};
  const std::vector<std::size_t>& sorted = list->second;
  // The last entry starting at or before the place, then outwards through the enclosing ones.
  const auto after = std::upper_bound(
      sorted.begin(), sorted.end(), std::tie(file->second, at),
      [&](const auto& key, std::size_t i) { return key < std::tie(entries_[i].file, entries_[i].start); });
  if (after == sorted.begin()) return everywhere;
  for (std::size_t i = *(after - 1); i != none; i = entries_[i].parent) {
    Entry& e = entries_[i];
    if (e.file != file->second) break;
    if (e.start <= at && at < e.end) return &e;
  }
  return everywhere;
}

void Suppressions::apply(Diagnostics& diags, bool judge) {
  if (entries_.empty()) return;
  Diagnostics kept;
  bool dropping = false;  // a note belongs to the diagnostic before it
  for (const Diagnostic& d : diags.items()) {
    if (d.severity == Severity::note) {
      if (!dropping) kept.add(d);
      continue;
    }
    Entry* by = covering(d);
    dropping = by != nullptr;
    if (!by) {
      kept.add(d);
      continue;
    }
    by->used = true;
    ++suppressed_;
  }
  // A lint finding that is an error (a placeholder) stops no check.
  const bool stopped = std::any_of(kept.items().begin(), kept.items().end(), [](const Diagnostic& d) {
    return d.severity == Severity::error && !d.code.starts_with("lint/");
  });
  if (judge && !stopped)
    for (const Entry& e : entries_)
      if (!e.used && e.judged)
        kept.report(code("suppress/unused"), e.where,
                    "the suppression of '" + e.code + "' on " + e.element + " suppressed nothing",
                    {"remove it: nothing there reports that warning any more"});
  diags = std::move(kept);
}

}  // namespace planforge::detail
