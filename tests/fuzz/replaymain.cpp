// main() of the fuzz targets when libFuzzer is not linked (ADESK_FUZZ=OFF, any compiler): runs the target once on
// every file named on the command line or found in a directory named there. A CTest per target replays its
// committed corpus (tests/fuzz/corpus/<target>/), which keeps fixed crash inputs fixed.
#include "fuzztarget.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    int inputs = 0;
    const auto runFile = [&inputs](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return false;
        }
        const QByteArray data = f.readAll();
        std::fprintf(stderr, "%s\n", qPrintable(path));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        ++inputs;
        return true;
    };
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                if (!runFile(it.next()))
                    return 1;
        } else if (!runFile(arg)) {
            return 1;
        }
    }
    std::printf("replayed %d input(s)\n", inputs);
    return inputs > 0 ? 0 : 1;
}
