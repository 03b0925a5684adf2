// Regression tests for what the fuzzers (tests/fuzz, .ci/fuzz) found in the parsers of outside input: numbers a
// server or a file sends that do not fit the types the app keeps them in.
#include "core/jsonnumber.h"
#include "openai/retrypolicy.h"
#include "domain/snapshot.h"
#include "domain/syncdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <limits>

class tst_UntrustedInput : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Max = std::numeric_limits<qint64>::max();
    static constexpr qint64 Min = std::numeric_limits<qint64>::min();

    static QJsonValue json(const char *text)
    {
        return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
    }

private slots:
    void jsonIntegerTruncatesAndClamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("whole") << QByteArray("18432") << qint64(18432);
        QTest::newRow("fraction") << QByteArray("9.7") << qint64(9);
        QTest::newRow("negative fraction") << QByteArray("-9.7") << qint64(-9);
        QTest::newRow("huge") << QByteArray("1e300") << Max;
        QTest::newRow("huge negative") << QByteArray("-1e300") << Min;
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << Max;
        QTest::newRow("-2^63") << QByteArray("-9223372036854775808") << Min;
        QTest::newRow("string") << QByteArray("\"12\"") << qint64(-1);
        QTest::newRow("null") << QByteArray("null") << qint64(-1);
        QTest::newRow("object") << QByteArray("{}") << qint64(-1);
    }

    void jsonIntegerTruncatesAndClamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        QCOMPARE(jsonInteger(json(text.constData()), -1), expected);
    }

    // fuzz_remote_snapshot: a file object with "bytes": 1e300 (undefined behaviour in the cast before).
    void snapshotFilesKeepHugeSizesInRange()
    {
        const auto files = RemoteSnapshot::filesFromJson(
            QJsonDocument::fromJson(R"({"file-a": {"filename": "a.txt", "bytes": 1e300},
                                        "file-b": {"filename": "b.txt", "bytes": -1e300},
                                        "file-c": {"filename": "c.txt", "bytes": 42}})").object());
        QCOMPARE(files.value(QStringLiteral("file-a")).bytes, Max);
        QCOMPARE(files.value(QStringLiteral("file-b")).bytes, Min);
        QCOMPARE(files.value(QStringLiteral("file-c")).bytes, qint64(42));
        QCOMPARE(files.value(QStringLiteral("file-c")).filename, QStringLiteral("c.txt"));
    }

    // fuzz_differences: a cached files difference with "size": -1e300.
    void cachedDifferenceKeepsHugeSizesInRange()
    {
        const Difference d = Difference::fromJson(QJsonDocument::fromJson(
            R"({"field": "file_search.files", "only_local": ["f-1"], "only_remote": [],
                "only_local_files": [{"id": "f-1", "name": "big.bin", "size": -1e300}, {"id": "f-2", "size": 1e300}]})").object());
        QVERIFY(d.isFiles);
        QCOMPARE(d.onlyLocal.size(), 2);
        QCOMPARE(d.onlyLocal.at(0).size, Min);
        QCOMPARE(d.onlyLocal.at(1).size, Max);
        QCOMPARE(d.onlyLocal.at(0).name, QStringLiteral("big.bin"));
    }

    // fuzz_retry_after: a huge retry-after-ms / Retry-After overflowed into a negative wait instead of the cap.
    void hugeRetryAfterWaitsTheLongestAllowed_data()
    {
        QTest::addColumn<QByteArray>("retryAfterMs");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("retry-after-ms 1e30") << QByteArray("1e30") << QByteArray();
        QTest::newRow("retry-after-ms 1e300") << QByteArray("1e300") << QByteArray();
        QTest::newRow("Retry-After 1e306 s") << QByteArray() << QByteArray("1e306");
        QTest::newRow("Retry-After 1e20 s") << QByteArray() << QByteArray("1e20");
    }

    void hugeRetryAfterWaitsTheLongestAllowed()
    {
        QFETCH(QByteArray, retryAfterMs);
        QFETCH(QByteArray, retryAfter);
        const OpenAi::RetryPolicy policy;
        const QDateTime now(QDate(2026, 11, 25), QTime(16, 0), QTimeZone::utc());
        const auto asked = policy.serverDelay(retryAfterMs, retryAfter, now);
        QVERIFY(asked);
        QCOMPARE(qint64(asked->count()), qint64(policy.maxServerDelay.count()));
        QCOMPARE(qint64(policy.delay(0, retryAfterMs, retryAfter, now, 0.5).count()), qint64(policy.maxServerDelay.count()));
        // Ordinary values are unchanged.
        QCOMPARE(qint64(policy.serverDelay("1500", {}, now)->count()), qint64(1500));
        QCOMPARE(qint64(policy.serverDelay({}, "2", now)->count()), qint64(2000));
    }
};

QTEST_GUILESS_MAIN(tst_UntrustedInput)
#include "tst_untrustedinput.moc"
