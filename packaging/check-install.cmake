# CTest packaging_install: `cmake --install` of the build into a scratch prefix puts every file where the XDG specs
# and Debian look for it. Run as: cmake -DBUILD_DIR=… -DPREFIX=… -DAPP_ID=… -P check-install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${result})")
endif()
set(expected
  bin/assistant-desk
  bin/assistant-desk-cli
  share/applications/assistant-desk.desktop
  share/metainfo/${APP_ID}.metainfo.xml
  share/icons/hicolor/scalable/apps/assistant-desk.svg
  share/doc/assistant-desk/copyright)
foreach(size 16 22 24 32 48 64 128 256)
  list(APPEND expected share/icons/hicolor/${size}x${size}/apps/assistant-desk.png)
endforeach()
set(missing "")
foreach(path IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${path}")
    list(APPEND missing "${path}")
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "not installed: ${missing}")
endif()
# Each PNG is the size its directory promises (PNG header: width and height at bytes 16–23, big-endian).
foreach(size 16 22 24 32 48 64 128 256)
  file(READ "${PREFIX}/share/icons/hicolor/${size}x${size}/apps/assistant-desk.png" header LIMIT 24 HEX)
  string(SUBSTRING "${header}" 32 8 width_hex)
  string(SUBSTRING "${header}" 40 8 height_hex)
  math(EXPR width "0x${width_hex}")
  math(EXPR height "0x${height_hex}")
  if(NOT width EQUAL size OR NOT height EQUAL size)
    message(FATAL_ERROR "${size}x${size}/apps/assistant-desk.png is ${width}x${height}")
  endif()
endforeach()
message(STATUS "installed layout ok: ${PREFIX}")
