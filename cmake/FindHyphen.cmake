# libhyphen (the hyphenation library of LibreOffice; Debian's libhyphen-dev). Debian ships
# no .pc file for it. Defines Hyphen::Hyphen.
include(FindLibraryTarget)
planforge_find_library_target(Hyphen HEADER hyphen.h LIBRARY hyphen)
