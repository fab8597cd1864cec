#pragma once
/// @file style.hpp  Font styles and alignment, shared by text blocks and figures.

#include <planforge/export.hpp>

PLANFORGE_BEGIN_NAMESPACE

/// One of the theme's four faces.
enum class FontStyle { regular, bold, italic, bold_italic };
enum class Align { left, center, right };

PLANFORGE_END_NAMESPACE
