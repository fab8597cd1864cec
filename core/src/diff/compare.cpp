// Items matched by key; for each, its place, its fields and its narrative compared.
#include "diff/compare.hpp"
#include "diff/vocabulary.hpp"

#include <charconv>
#include <map>
#include <set>
#include <sstream>

namespace planforge::detail::diff {

namespace {

using Kind = PlanChange::Kind;

std::optional<double> plain_number(const std::string& s) {
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::fixed);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return value;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The reader's words for a field of an item of element `element`.
Words field_words(const std::string& element, const Field& f, const Locale& words) {
  if (f.record.empty()) {
    if (f.attribute.empty()) return {words.text("diff.field.text"), words.text("diff.verb.reworded")};
    return attribute_words(element, f.attribute, words);
  }
  // The innermost record names it: "interim target 2027-Q4"; its value needs no more words.
  const std::string& parent = f.record.size() > 1 ? f.record[f.record.size() - 2].first : element;
  const auto& [record, key] = f.record.back();
  const RecordWords rw = record_words(parent, record, words);
  std::string label = rw.label;
  // A record known by a date ("2028-Q4") is named as a reader writes the date ("Q4 2028").
  const auto date = key.find('-', 1) != std::string::npos ? Date::parse(key) : std::nullopt;
  if (key != "#1") label += " " + (date ? words.date(*date, TextLength::medium) : key);
  if (!f.attribute.empty() && f.attribute != rw.value_attribute)
    label += " " + attribute_words(record, f.attribute, words).label;
  return {label, {}};
}

class Comparer {
 public:
  Comparer(const PlanIndex& before, const PlanIndex& after, const Locale& words, PlanDiff& out)
      : old_(before), new_(after), words_(words), out_(out) {}

  void run() {
    const auto came = nested(new_, old_), went = nested(old_, new_);
    for (const Item& item : new_.items) {
      if (const Item* was = old_.find(item.key)) {
        compare_item(*was, item);
        continue;
      }
      mark(item.key);
      if (auto it = came.find(item.key); it != came.end()) whole_item(Kind::added, item, new_, it->second);
    }
    for (const Item& item : old_.items)
      if (auto it = went.find(item.key); it != went.end()) whole_item(Kind::removed, item, old_, it->second);
    for (const std::string& section : section_order_)
      for (PlanChange& c : by_section_[section]) out_.changes.push_back(std::move(c));
  }

 private:
  using Counts = std::map<std::string, std::size_t>;  // element → how many

  const PlanIndex& old_;
  const PlanIndex& new_;
  const Locale& words_;
  PlanDiff& out_;
  std::map<std::string, std::vector<PlanChange>> by_section_;
  std::vector<std::string> section_order_;
  std::set<std::string> marked_;

  // The elements of `index` that `other` lacks and whose parent it has (the outermost new
  // or gone ones), each with what it holds that is new or gone too. One pass: parents come
  // before their children.
  static std::map<std::string, Counts> nested(const PlanIndex& index, const PlanIndex& other) {
    std::map<std::string, Counts> out;
    std::map<std::string, std::string> outermost;
    for (const Item& i : index.items) {
      if (other.find(i.key)) continue;
      if (auto p = outermost.find(i.parent); p != outermost.end()) {
        outermost[i.key] = p->second;
        ++out[p->second][i.element];
      } else {
        outermost[i.key] = i.key;
        out[i.key];
      }
    }
    return out;
  }

  void mark(const std::string& key) {
    if (new_.ids.contains(key) && marked_.insert(key).second) out_.changed_ids.push_back(key);
  }

  PlanChange& add(const Item& item, const PlanIndex& index, Kind kind) {
    if (!by_section_.contains(item.section)) section_order_.push_back(item.section);
    PlanChange& c = by_section_[item.section].emplace_back();
    c.kind = kind;
    c.section = item.section;
    if (const Item* s = index.find(item.section)) c.section_title = s->name;
    c.element = item.element;
    c.key = item.key;
    c.name = item.name;
    c.noun = noun(item.element, words_);
    (kind == Kind::removed ? c.old_location : c.new_location) = item.node->location();
    if (kind != Kind::added && kind != Kind::removed) mark(item.key);
    return c;
  }

  // An element that is new or gone, with what it holds.
  void whole_item(Kind kind, const Item& item, const PlanIndex& index, const Counts& inside) {
    PlanChange& c = add(item, index, kind);
    std::string with;
    for (const auto& [element, n] : inside) with += (with.empty() ? "" : ", ") + count(element, n, words_);
    if (!with.empty()) c.details.push_back(words_.text("diff.with", {{"items", with}}));
  }

  void compare_item(const Item& was, const Item& is) {
    if (was.parent != is.parent && !was.parent.empty()) {
      const Item* from = old_.find(was.parent);
      const Item* to = new_.find(is.parent);
      PlanChange& c = add(is, new_, Kind::moved);
      const Words w = parent_words(is.element, words_);
      c.field = "parent";
      c.label = w.label;
      c.verb = w.verb;
      c.before = from ? from->name : was.parent;
      c.after = to ? to->name : is.parent;
      c.old_location = was.node->location();
    }
    compare_fields(was, is);
    std::string summary;
    std::vector<std::string> details;
    Location where = is.node->location();
    if (compare_narrative(was.narrative, is.narrative, words_, summary, details, where)) {
      PlanChange& c = add(is, new_, Kind::changed);
      c.field = "narrative";
      c.label = words_.text("diff.field.text");
      c.after = summary;
      c.details = std::move(details);
      c.new_location = where;
      c.old_location = was.node->location();
    }
  }

  // Every record path an item has (the prefixes of its fields' records).
  static std::set<std::string> records_of(const Item& item) {
    std::set<std::string> out;
    for (const auto& [path, field] : item.fields) {
      RecordChain chain;
      for (const auto& link : field.record) {
        chain.push_back(link);
        out.insert(record_path(chain));
      }
    }
    return out;
  }

  bool same_value(const Item& item, const Field& a, const Field& b, PlanChange* c) const {
    if (a.value == b.value) return true;
    const auto x = plain_number(a.value), y = plain_number(b.value);
    if (x && y) return *x == *y;
    const auto before = words(a.value), after = words(b.value);
    const auto all_ids = [&](const std::vector<std::string>& list) {
      for (const auto& w : list)
        if (!old_.ids.contains(w) && !new_.ids.contains(w)) return false;
      return true;
    };
    const bool list = !a.attribute.empty() &&
                      (is_id_list(item.element, a.attribute) ||
                       ((before.size() > 1 || after.size() > 1) && all_ids(before) && all_ids(after)));
    if (!list) return false;
    const std::set<std::string> was(before.begin(), before.end()), is(after.begin(), after.end());
    if (was == is) return true;
    if (c) {
      for (const auto& w : after)
        if (!was.contains(w)) c->details.push_back("+ " + w);
      for (const auto& w : before)
        if (!is.contains(w)) c->details.push_back("− " + w);
    }
    return false;
  }

  void compare_fields(const Item& was, const Item& is) {
    const std::set<std::string> old_records = records_of(was), new_records = records_of(is);
    std::set<std::string> whole;  // records reported as added or removed as a whole
    auto record_change = [&](const Item& item, const Field& f, Kind kind) {
      // The outermost record that the other version does not have at all.
      const std::set<std::string>& other = kind == Kind::added ? old_records : new_records;
      RecordChain chain;
      for (const auto& link : f.record) {
        chain.push_back(link);
        const std::string path = record_path(chain);
        if (other.contains(path)) continue;
        if (!whole.insert(path).second) return true;
        Field named = f;
        named.record = chain;
        named.attribute.clear();
        PlanChange& c = add(is, new_, Kind::changed);
        c.field = path;
        c.label = words_.text(kind == Kind::added ? "diff.record-added" : "diff.record-removed",
                              {{"label", field_words(item.element, named, words_).label}});
        (kind == Kind::added ? c.after : c.before) = describe_record(item, path);
        (kind == Kind::added ? c.new_location : c.old_location) = f.where;
        return true;
      }
      return false;
    };

    for (const std::string& path : is.order) {
      const Field& now = is.fields.at(path);
      const auto then = was.fields.find(path);
      if (then == was.fields.end()) {
        if (!now.record.empty() && record_change(is, now, Kind::added)) continue;
        field_change(is, now, nullptr, &now);
        continue;
      }
      PlanChange probe;
      if (!same_value(is, then->second, now, &probe)) {
        PlanChange& c = field_change(is, now, &then->second, &now);
        c.details = std::move(probe.details);
      }
    }
    for (const std::string& path : was.order) {
      if (is.fields.contains(path)) continue;
      const Field& then = was.fields.at(path);
      if (!then.record.empty() && record_change(was, then, Kind::removed)) continue;
      field_change(is, then, &then, nullptr);
    }
  }

  PlanChange& field_change(const Item& item, const Field& any, const Field* before, const Field* after) {
    PlanChange& c = add(item, new_, Kind::changed);
    const std::string path = record_path(any.record);
    c.field = any.attribute.empty() ? (path.empty() ? "text" : path) : path + "@" + any.attribute;
    const Words w = field_words(item.element, any, words_);
    c.label = w.label;
    c.verb = w.verb;
    if (before) {
      c.before = shown(old_, *before);
      c.old_location = before->where;
    }
    if (after) {
      c.after = shown(new_, *after);
      c.new_location = after->where;
    }
    return c;
  }

  // A value as a reader knows it: an id reference with the name of what it names.
  static std::string shown(const PlanIndex& index, const Field& f) {
    if (f.attribute.empty() || !index.ids.contains(f.value)) return f.shown;
    const Item* target = index.find(f.value);
    return target && !target->name.empty() ? target->name + " (" + f.value + ")" : f.shown;
  }

  // A record in a line: "76" for <target period="2027-Q4" value="76"/>, else its attributes.
  std::string describe_record(const Item& holder, const std::string& path) const {
    const std::string& element = holder.element;
    std::string out;
    const std::string prefix = path + "@";
    for (const std::string& p : holder.order) {
      if (p != path && p.rfind(prefix, 0) != 0) continue;
      const Field& f = holder.fields.at(p);
      const RecordWords rw = record_words(f.record.size() > 1 ? f.record[f.record.size() - 2].first : element,
                                          f.record.back().first, words_);
      if (!f.attribute.empty() && f.attribute == rw.value_attribute) return f.shown;
      if (!f.attribute.empty() && f.shown == f.record.back().second)
        continue;  // the key: already in the label
      if (f.attribute.empty())
        out += (out.empty() ? "" : ", ") + ("“" + excerpt(f.shown) + "”");
      else
        out += (out.empty() ? "" : ", ") + attribute_words(f.record.back().first, f.attribute, words_).label +
               " " + f.shown;
    }
    return out;
  }
};

}  // namespace

void compare(const PlanIndex& before, const PlanIndex& after, const Locale& words, PlanDiff& out) {
  Comparer(before, after, words, out).run();
}

}  // namespace planforge::detail::diff
