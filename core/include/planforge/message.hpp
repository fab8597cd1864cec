#pragma once
/// @file message.hpp  Named arguments for catalogue messages.
///
/// A catalogue message is an ICU MessageFormat pattern such as
/// `{count, plural, one {# KPI} other {# KPIs}}`; its arguments are passed by name:
///
///     out.text("kpi-count", {{"count", kpis.size()}});

#include <planforge/export.hpp>

#include <concepts>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// One named argument: a whole number (plural and number arguments), a decimal, or text
/// (shown as given; `select` arguments choose by it).
struct MessageArg {
  std::string name;
  std::variant<long long, double, std::string> value;

  template <std::integral T>
  MessageArg(std::string n, T v) : name(std::move(n)), value(static_cast<long long>(v)) {}
  MessageArg(std::string n, double v) : name(std::move(n)), value(v) {}
  MessageArg(std::string n, std::string v) : name(std::move(n)), value(std::move(v)) {}
  MessageArg(std::string n, std::string_view v) : name(std::move(n)), value(std::string(v)) {}
  MessageArg(std::string n, const char* v) : name(std::move(n)), value(std::string(v)) {}
};

/// The arguments of one message, in any order.
using MessageArgs = std::vector<MessageArg>;

PLANFORGE_END_NAMESPACE
