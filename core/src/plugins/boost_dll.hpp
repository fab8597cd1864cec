#pragma once
// The one way core code includes Boost.DLL: with std::filesystem paths, so that no
// boost::filesystem type leaks into our interfaces. Every translation unit that includes
// Boost.DLL must agree on this macro (the library's types depend on it).

#ifndef BOOST_DLL_USE_STD_FS
#define BOOST_DLL_USE_STD_FS
#endif

// Boost 1.74 relies on boost::filesystem to pull these in; with std::filesystem it does not.
#include <string>
#include <vector>

#include <boost/dll/library_info.hpp>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>
