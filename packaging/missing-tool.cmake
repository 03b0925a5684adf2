# Stands in for a test whose tool is not installed, so the test fails with a hint instead of silently vanishing.
message(FATAL_ERROR "${TOOL} is not installed: run `bash .ci/deps` (Debian package ${PACKAGE})")
