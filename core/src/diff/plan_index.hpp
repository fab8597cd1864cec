#pragma once
// A plan seen as the diff compares it: the elements that have an identity (an id, or their
// place as a child of <plan>) as items, each with its fields (attributes, own text, and the
// values of its id-less child records such as a KPI's <target period="2027-Q4">) and its
// narrative (the generic blocks directly in it). Built in one pass, without recursion.

#include "plan/plan_data.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace planforge::detail::diff {

// Where a record sits in its item: the elements from the item down, each with its key
// among its siblings: {{"target", "2027-Q4"}}, {{"values", "#1"}, {"value", "Ownership"}}.
using RecordChain = std::vector<std::pair<std::string, std::string>>;

// "target[2027-Q4]", "values[#1]/value[Ownership]"; empty for the item itself.
std::string record_path(const RecordChain& chain);

struct Field {
  std::string value;      // compared: white space collapsed; for text, refs and links included
  std::string shown;      // what a reader sees
  RecordChain record;     // empty for the item's own attributes and text
  std::string attribute;  // empty for text
  Location where;
};

// A block of narrative: a paragraph, list item, table row, note or subsection title.
struct Block {
  std::string kind;  // "paragraph", "list item", "table row", "note", "subsection"
  std::string text;
  Location where;
};

struct Item {
  std::string key;  // the id; "meta", "vars"; "section:TYPE#N" for a section without id
  const Node* node = nullptr;
  std::string element;
  std::string name;     // display name
  std::string parent;   // the key of the nearest item around it; empty under <plan>
  std::string section;  // the key of its section; empty for meta and vars
  // Field path → field: "@target", "text", "target[2027-Q4]@value", "target[2027-Q4]".
  std::map<std::string, Field> fields;
  std::vector<std::string> order;  // the field paths in document order
  std::vector<Block> narrative;
};

struct PlanIndex {
  std::vector<Item> items;  // document order
  std::map<std::string, std::size_t> by_key;
  std::set<std::string, std::less<>> ids;  // every id of the plan

  const Item* find(const std::string& key) const {
    const auto it = by_key.find(key);
    return it == by_key.end() ? nullptr : &items[it->second];
  }
};

PlanIndex index_plan(const PlanData& plan);

}  // namespace planforge::detail::diff
