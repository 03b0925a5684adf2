# CTest packaging_metadata: the AppStream file states the project's version as its newest release and the project's
# licence. Run as: cmake -DMETAINFO=… -DVERSION=… -DLICENSE=… -P check-metadata.cmake
file(READ "${METAINFO}" xml)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${xml}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "newest <release> is '${CMAKE_MATCH_1}', project(VERSION) is '${VERSION}': add a <release>")
endif()
string(REGEX MATCH "<project_license>([^<]+)</project_license>" _ "${xml}")
if(NOT CMAKE_MATCH_1 STREQUAL LICENSE)
  message(FATAL_ERROR "<project_license> is '${CMAKE_MATCH_1}', ADESK_LICENSE is '${LICENSE}'")
endif()
message(STATUS "metainfo matches version ${VERSION} and licence ${LICENSE}")
