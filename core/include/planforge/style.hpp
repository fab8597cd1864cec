#pragma once
/// @file style.hpp  Font styles and alignment, shared by text blocks and figures.

#include <planforge/export.hpp>

PLANFORGE_BEGIN_NAMESPACE

/// One of the theme's faces: the four of running text, and `heading`, the display face of
/// headings and the cover title (the bold face unless the theme names its own).
enum class FontStyle { regular, bold, italic, bold_italic, heading };
/// Horizontal alignment of text lines (and of a grid cell's paragraphs).
enum class Align { left, center, right };
/// Vertical alignment of content in a box taller than it: a grid cell's blocks in its row,
/// a figure text box's lines in its max_height.
enum class VAlign { top, middle, bottom };

PLANFORGE_END_NAMESPACE
