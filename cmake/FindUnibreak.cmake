# libunibreak (UAX #14 line-break opportunities). Debian ships a .pc file only.
# Defines Unibreak::Unibreak.
include(FindLibraryTarget)
planforge_find_library_target(Unibreak HEADER linebreak.h LIBRARY unibreak PKG_CONFIG libunibreak)
