// RetryPolicy: which answers are retried and how long the client waits (domain.md §5.6).
#include "openai/retrypolicy.h"

#include <QTest>

using namespace OpenAi;
using std::chrono::milliseconds;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void retryableStatuses_data();
    void retryableStatuses();
    void serverDelay_data();
    void serverDelay();
    void backoff_data();
    void backoff();
    void jitterStaysWithinQuarter();
    void attempts();
};

void tst_RetryPolicy::retryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retried");
    for (int s : {408, 409, 429, 500, 502, 503, 504, 520})
        QTest::addRow("%d", s) << s << true;
    for (int s : {200, 400, 401, 403, 404, 405, 410, 413, 422})
        QTest::addRow("%d", s) << s << false;
}

void tst_RetryPolicy::retryableStatuses()
{
    QFETCH(int, status);
    QTEST(RetryPolicy::isRetryableStatus(status), "retried");
}

void tst_RetryPolicy::serverDelay_data()
{
    QTest::addColumn<QByteArray>("retryAfterMs");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expected");   // -1: none
    QTest::newRow("none") << QByteArray() << QByteArray() << qint64(-1);
    QTest::newRow("seconds") << QByteArray() << QByteArray("1") << qint64(1000);
    QTest::newRow("fractional seconds") << QByteArray() << QByteArray("1.5") << qint64(1500);
    QTest::newRow("ms wins") << QByteArray("250") << QByteArray("7") << qint64(250);
    QTest::newRow("ms fractional") << QByteArray("12.4") << QByteArray() << qint64(12);
    QTest::newRow("zero") << QByteArray() << QByteArray("0") << qint64(0);
    QTest::newRow("capped seconds") << QByteArray() << QByteArray("3600") << qint64(60000);
    QTest::newRow("capped ms") << QByteArray("120000") << QByteArray() << qint64(60000);
    QTest::newRow("http date") << QByteArray() << QByteArray("Wed, 25 Nov 2026 16:00:05 GMT") << qint64(5000);
    QTest::newRow("http date in the past") << QByteArray() << QByteArray("Wed, 25 Nov 2026 15:59:00 GMT")
                                           << qint64(0);
    QTest::newRow("http date far away") << QByteArray() << QByteArray("Thu, 26 Nov 2026 16:00:00 GMT")
                                        << qint64(60000);
    QTest::newRow("garbage") << QByteArray("soon") << QByteArray("later") << qint64(-1);
    QTest::newRow("negative") << QByteArray() << QByteArray("-3") << qint64(-1);
    QTest::newRow("bad ms, good seconds") << QByteArray("x") << QByteArray("2") << qint64(2000);
}

void tst_RetryPolicy::serverDelay()
{
    QFETCH(QByteArray, retryAfterMs);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 11, 25), QTime(16, 0, 0), Qt::UTC);
    const auto delay = RetryPolicy{}.serverDelay(retryAfterMs, retryAfter, now);
    if (expected < 0) {
        QVERIFY(!delay);
    } else {
        QVERIFY(delay);
        QCOMPARE(delay->count(), expected);
    }
}

void tst_RetryPolicy::backoff_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first, no jitter") << 0 << 0.0 << qint64(500);
    QTest::newRow("second, no jitter") << 1 << 0.0 << qint64(1000);
    QTest::newRow("third, no jitter") << 2 << 0.0 << qint64(2000);
    QTest::newRow("fifth capped at 8 s") << 4 << 0.0 << qint64(8000);
    QTest::newRow("tenth capped at 8 s") << 9 << 0.0 << qint64(8000);
    QTest::newRow("first, full jitter") << 0 << 1.0 << qint64(625);
    QTest::newRow("third, half jitter") << 2 << 0.5 << qint64(2250);
    QTest::newRow("capped plus jitter") << 6 << 1.0 << qint64(10000);
}

void tst_RetryPolicy::backoff()
{
    QFETCH(int, retry);
    QFETCH(double, random);
    QTEST(qint64(RetryPolicy{}.backoff(retry, random).count()), "expected");
    // Without a server delay, delay() is the backoff.
    QTEST(qint64(RetryPolicy{}.delay(retry, {}, {}, QDateTime::currentDateTimeUtc(), random).count()), "expected");
}

void tst_RetryPolicy::jitterStaysWithinQuarter()
{
    const RetryPolicy p;
    for (int i = 0; i <= 100; ++i) {
        const qint64 d = p.backoff(1, i / 100.0).count();
        QVERIFY(d >= 1000 && d <= 1250);
    }
}

void tst_RetryPolicy::attempts()
{
    QCOMPARE(RetryPolicy{}.maxRetries, 3);
    QCOMPARE(RetryPolicy{}.maxAttempts(), 4);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
