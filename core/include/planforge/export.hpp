#pragma once
/// @file export.hpp  Symbol visibility and the versioned SDK namespace.

#include <planforge/version.hpp>

/// Marks an SDK entity visible across shared libraries. Everything else in the core is
/// hidden, so plugins can only reach what the SDK promises.
#define PLANFORGE_API __attribute__((visibility("default")))

#define PLANFORGE_DETAIL_CAT2(a, b) a##b
#define PLANFORGE_DETAIL_CAT(a, b) PLANFORGE_DETAIL_CAT2(a, b)

/// Every SDK type lives in planforge::abi_vN (an inline namespace): a plugin built against
/// another ABI fails to link at load time instead of crashing in a vtable.
#define PLANFORGE_ABI_NAMESPACE PLANFORGE_DETAIL_CAT(abi_v, PLANFORGE_PLUGIN_ABI)
#define PLANFORGE_BEGIN_NAMESPACE \
  namespace planforge {           \
  inline namespace PLANFORGE_ABI_NAMESPACE {
#define PLANFORGE_END_NAMESPACE \
  }                             \
  }
