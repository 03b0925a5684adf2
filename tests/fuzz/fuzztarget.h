// The libFuzzer entry points every target in tests/fuzz defines, and helpers they share.
//
// With ADESK_FUZZ=ON (clang) libFuzzer provides main(); otherwise replaymain.cpp does and feeds every file of the
// target's corpus once (a CTest), so the targets compile with every compiler and committed crash inputs stay fixed.
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Fuzz {
/// The input as a QByteArray without copying.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Silences Qt's message output (the core logs at info level) so the fuzzer's own output stays readable.
void quietQt();

/// An invariant broke: print why and abort, so libFuzzer keeps the input as a crash.
[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.constData());
    std::abort();
}
} // namespace Fuzz
