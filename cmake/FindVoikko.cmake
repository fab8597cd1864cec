# libvoikko (Finnish morphology; planforge uses its hyphenator). Defines Voikko::Voikko.
include(FindLibraryTarget)
planforge_find_library_target(Voikko HEADER libvoikko/voikko.h LIBRARY voikko PKG_CONFIG libvoikko)
