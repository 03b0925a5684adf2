# adesk_add_test(<area> <name> LIBS <libs…> [LABELS <labels…>] [TIMEOUT <s>] [BOTH_BACKENDS])
# Builds tests/<area>/<name>.cpp into one executable and registers it with CTest under the label <area>. With
# BOTH_BACKENDS it is registered twice: <name> on SQLite workspace files and <name>_pg on a team workspace of the
# throwaway PostgreSQL server .ci/test starts (ADESK_TEST_BACKEND=postgres; label postgres) — the same tests.
function(adesk_add_test area name)
  cmake_parse_arguments(T "BOTH_BACKENDS" "TIMEOUT" "LIBS;LABELS" ${ARGN})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  qt_add_executable(${name} ${CMAKE_CURRENT_SOURCE_DIR}/${area}/${name}.cpp)
  target_link_libraries(${name} PRIVATE ${T_LIBS} Qt6::Test adesk_warnings)
  target_compile_definitions(${name} PRIVATE
    ADESK_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
    ADESK_CLI_PATH="$<TARGET_FILE:assistant-desk-cli>")
  add_test(NAME ${name} COMMAND ${name})
  set(env "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=assistantdesk.*.info=false")
  set_tests_properties(${name} PROPERTIES LABELS "${area};${T_LABELS}" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
  if(T_BOTH_BACKENDS)
    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES LABELS "${area};postgres;${T_LABELS}" TIMEOUT ${T_TIMEOUT}
      ENVIRONMENT "${env};ADESK_TEST_BACKEND=postgres")
  endif()
endfunction()
