// Archive bundles: bundle → import into an empty workspace → export-workspace equals the original family;
// the manifest; local copies (missing or damaged ones are left out); damaged or foreign zips and ids already in the
// workspace are refused with a clear message and change nothing.
#include "export/bundle.h"
#include "interchange/interchange.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace TestSupport;

namespace {
const QDateTime Fixed = QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);

/// Every entry of a zip, by name (read with libzip, independently of Bundle).
QMap<QString, QByteArray> readZip(const QString &path)
{
    QMap<QString, QByteArray> out;
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive)
        return out;
    const zip_int64_t n = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_index(archive, zip_uint64_t(i), 0, &st);
        QByteArray bytes(qsizetype(st.size), '\0');
        zip_file_t *f = zip_fopen_index(archive, zip_uint64_t(i), 0);
        const zip_int64_t read = zip_fread(f, bytes.data(), st.size);
        zip_fclose(f);
        if (read == zip_int64_t(st.size))
            out.insert(QString::fromUtf8(st.name), bytes);
    }
    zip_discard(archive);
    return out;
}

/// Writes a zip holding exactly `entries`.
bool writeZip(const QString &path, const QMap<QString, QByteArray> &entries)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return false;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        zip_source_t *s = zip_source_buffer(archive, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        if (zip_file_add(archive, it.key().toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(s);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

QByteArray exportOf(const Workspace &ws, bool withContents)
{
    return Interchange::exportFrom(ws, withContents, Fixed);
}
} // namespace

class tst_Bundle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    /// A fresh directory (workspace file and its own blob store) per call.
    std::unique_ptr<Workspace> freshWorkspace(const QString &fixtureName = {})
    {
        const QString sub = QStringLiteral("ws%1").arg(++m_counter);
        QDir(m_dir.path()).mkpath(sub);
        Workspace::OpenOptions options;
        options.blobRoot = m_dir.filePath(sub + QStringLiteral("/blobs"));
        auto ws = Workspace::open(workspaceSpec(m_dir, sub + QStringLiteral("/ws.adesk")), options);
        if (!ws)
            return nullptr;
        if (!fixtureName.isEmpty() && !Interchange::importInto(*ws.value(), fixture(fixtureName)))
            return nullptr;
        return std::move(ws).value();
    }

    QString zipPath(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_counter).arg(name)); }

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void roundTripReproducesTheFamily()
    {
        auto original = freshWorkspace(QStringLiteral("bundle/helpdesk.json"));
        QVERIFY(original);
        const QString zip = zipPath(QStringLiteral("helpdesk.zip"));
        auto written = Bundle::write(*original, QStringLiteral("a-help"), zip, Fixed);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->assistantId, QStringLiteral("a-help"));
        QCOMPARE(written->versions, 2);
        QCOMPARE(written->files, 4);
        QCOMPARE(written->withoutContent, QStringList{QStringLiteral("manual.pdf")});

        auto restored = freshWorkspace();
        QVERIFY(restored && restored->isEmpty());
        auto imported = Bundle::importInto(*restored, zip);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->assistantId, QStringLiteral("a-help"));
        QCOMPARE(imported->name, QStringLiteral("Helpdesk"));
        QCOMPARE(imported->assistants, 1);
        QCOMPARE(imported->versions, 2);
        QCOMPARE(imported->files, 4);
        QCOMPARE(imported->contents, 3);

        // export-workspace of the restored workspace equals the original, with and without file contents.
        QCOMPARE(exportOf(*restored, false), exportOf(*original, false));
        QCOMPARE(exportOf(*restored, true), exportOf(*original, true));
        // The local copies are back in the new workspace's own store.
        for (const QString &id : {QStringLiteral("f-faq"), QStringLiteral("f-notes"), QStringLiteral("f-prices")}) {
            auto f = restored->file(id);
            QVERIFY(f && f->hasLocalCopy());
            QVERIFY(f->localPath.startsWith(restored->blobs().root()));
            QCOMPARE(restored->blobs().get(*f->sha256).value(), original->blobs().get(*f->sha256).value());
        }
        QVERIFY(!restored->file(QStringLiteral("f-manual"))->hasLocalCopy());
        // Imported records are linked, not "never pushed" (domain.md §2).
        QCOMPARE(restored->assistant(QStringLiteral("a-help"))->notPushed, false);
    }

    void onlyTheFamilyOfABiggerWorkspace()
    {
        auto familyOnly = freshWorkspace(QStringLiteral("bundle/helpdesk.json"));
        auto bigger = freshWorkspace(QStringLiteral("bundle/helpdesk.json"));
        QVERIFY(familyOnly && bigger);
        QVERIFY(Interchange::importInto(*bigger, fixture(QStringLiteral("bundle/other-family.json"))));
        // A version's id bundles its whole family.
        const QString zip = zipPath(QStringLiteral("v1.zip"));
        QVERIFY(Bundle::write(*bigger, QStringLiteral("a-help-v1"), zip, Fixed));
        auto restored = freshWorkspace();
        QVERIFY(Bundle::importInto(*restored, zip));
        QCOMPARE(exportOf(*restored, true), exportOf(*familyOnly, true));
        QVERIFY(!restored->assistant(QStringLiteral("a-sales")));
        QVERIFY(!restored->file(QStringLiteral("f-sales")));
    }

    void manifestAndLayout()
    {
        auto ws = freshWorkspace(QStringLiteral("bundle/helpdesk.json"));
        QVERIFY(ws);
        const QString zip = zipPath(QStringLiteral("layout.zip"));
        QVERIFY(Bundle::write(*ws, QStringLiteral("a-help"), zip, Fixed));
        QVERIFY(Bundle::looksLikeZip(readAll(zip).left(4)));
        const QMap<QString, QByteArray> entries = readZip(zip);
        QCOMPARE(entries.keys(), (QStringList{QStringLiteral("files/f-faq/faq.txt"),
                                              QStringLiteral("files/f-notes/Öffnungszeiten ü.txt"),
                                              QStringLiteral("files/f-prices/prices.csv"), QStringLiteral("manifest.json"),
                                              QStringLiteral("workspace.json")}));
        QCOMPARE(entries.value(QStringLiteral("files/f-prices/prices.csv")), QByteArray("sku,price\n"));

        // workspace.json is an interchange document of the family, nothing else.
        auto definition = Interchange::parse(entries.value(QStringLiteral("workspace.json")));
        QVERIFY(definition);
        QCOMPARE(definition->assistants.size(), 3);
        QCOMPARE(definition->files.size(), 4);
        QVERIFY(definition->experiments.isEmpty() && definition->pipelines.isEmpty());
        QVERIFY(!entries.value(QStringLiteral("workspace.json")).contains("content_base64"));

        const QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("assistant-desk-bundle"));
        QCOMPARE(manifest.value(QStringLiteral("format_version")).toInt(), 1);
        QCOMPARE(manifest.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-25T16:00:00Z"));
        QCOMPARE(manifest.value(QStringLiteral("definition")).toString(), QStringLiteral("workspace.json"));
        const QJsonObject assistant = manifest.value(QStringLiteral("assistant")).toObject();
        QCOMPARE(assistant.value(QStringLiteral("id")).toString(), QStringLiteral("a-help"));
        QCOMPARE(assistant.value(QStringLiteral("versions")).toArray(),
                 (QJsonArray{QStringLiteral("a-help-v1"), QStringLiteral("a-help-v2")}));
        const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 4);
        QHash<QString, QJsonObject> byId;
        for (const auto &f : files)
            byId.insert(f.toObject().value(QStringLiteral("id")).toString(), f.toObject());
        const QJsonObject faq = byId.value(QStringLiteral("f-faq"));
        QCOMPARE(faq.value(QStringLiteral("name")).toString(), QStringLiteral("faq.txt"));
        QCOMPARE(faq.value(QStringLiteral("size")).toInt(), 47);
        QCOMPARE(faq.value(QStringLiteral("sha256")).toString(), ws->file(QStringLiteral("f-faq"))->sha256.value());
        QCOMPARE(faq.value(QStringLiteral("remote_file_id")).toString(), QStringLiteral("file-FAQ1"));
        QCOMPARE(faq.value(QStringLiteral("uploaded_sha256")).toString(), faq.value(QStringLiteral("sha256")).toString());
        QCOMPARE(faq.value(QStringLiteral("content")).toString(), QStringLiteral("files/f-faq/faq.txt"));
        QVERIFY(byId.value(QStringLiteral("f-manual")).value(QStringLiteral("content")).isNull());
        QCOMPARE(byId.value(QStringLiteral("f-manual")).value(QStringLiteral("remote_file_id")).toString(),
                 QStringLiteral("file-MAN1"));
        QVERIFY(byId.value(QStringLiteral("f-prices")).value(QStringLiteral("remote_file_id")).isNull());
    }

    void damagedLocalCopyIsLeftOut()
    {
        auto ws = freshWorkspace(QStringLiteral("bundle/helpdesk.json"));
        QVERIFY(ws);
        const QString sha = ws->file(QStringLiteral("f-prices"))->sha256.value();
        writeAll(ws->blobs().pathFor(sha), QByteArray("sku,PRICE\n"));   // same size, other bytes
        const QString zip = zipPath(QStringLiteral("damaged.zip"));
        auto written = Bundle::write(*ws, QStringLiteral("a-help"), zip, Fixed);
        QVERIFY(written);
        QCOMPARE(written->withoutContent, (QStringList{QStringLiteral("manual.pdf"), QStringLiteral("prices.csv")}));
        QVERIFY(!readZip(zip).contains(QStringLiteral("files/f-prices/prices.csv")));
        auto restored = freshWorkspace();
        QVERIFY(Bundle::importInto(*restored, zip));
        QVERIFY(!restored->file(QStringLiteral("f-prices"))->hasLocalCopy());
    }

    void corruptBundlesAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a zip") << "garbage" << "it is not a readable zip archive";
        QTest::newRow("truncated") << "truncate" << "it is not a readable zip archive";
        QTest::newRow("no manifest") << "no-manifest" << "manifest.json is missing";
        QTest::newRow("foreign manifest") << "foreign-manifest" << "manifest.json is not an Assistant Desk bundle manifest";
        QTest::newRow("no definition") << "no-definition" << "workspace.json is missing";
        QTest::newRow("copy does not match") << "swap-content" << "the copy of “prices.csv” (files/f-prices/prices.csv) does not match its SHA-256";
        QTest::newRow("copy of another size") << "resize-content" << "files/f-prices/prices.csv does not have the expected size";
        QTest::newRow("invalid definition") << "bad-definition" << "its definition has problems";
    }

    void corruptBundlesAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        auto source = freshWorkspace(QStringLiteral("bundle/helpdesk.json"));
        QVERIFY(source);
        const QString good = zipPath(QStringLiteral("good.zip"));
        QVERIFY(Bundle::write(*source, QStringLiteral("a-help"), good, Fixed));
        QMap<QString, QByteArray> entries = readZip(good);
        const QString bad = zipPath(QStringLiteral("bad.zip"));
        if (damage == QLatin1String("garbage")) {
            writeAll(bad, QByteArray("PK\x03\x04") + QByteArray(" this is not really a zip file at all"));
        } else if (damage == QLatin1String("truncate")) {
            const QByteArray bytes = readAll(good);
            writeAll(bad, bytes.left(bytes.size() / 2));
        } else {
            if (damage == QLatin1String("no-manifest"))
                entries.remove(QStringLiteral("manifest.json"));
            else if (damage == QLatin1String("foreign-manifest"))
                entries[QStringLiteral("manifest.json")] = R"({"format": "something-else", "format_version": 1})";
            else if (damage == QLatin1String("no-definition"))
                entries.remove(QStringLiteral("workspace.json"));
            else if (damage == QLatin1String("swap-content"))
                entries[QStringLiteral("files/f-prices/prices.csv")] = "sku,PRICE\n";
            else if (damage == QLatin1String("resize-content"))
                entries[QStringLiteral("files/f-prices/prices.csv")] = "sku,price,more\n";
            else if (damage == QLatin1String("bad-definition"))
                entries[QStringLiteral("workspace.json")].replace("\"temperature\": 0.7", "\"temperature\": 7");
            QVERIFY(writeZip(bad, entries));
        }
        auto target = freshWorkspace();
        QVERIFY(target);
        auto imported = Bundle::importInto(*target, bad);
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind, ErrorKind::Validation);
        const QString text = imported.error().message + QLatin1Char('\n') + imported.error().details.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY2(imported.error().message.startsWith(QStringLiteral("Cannot import the bundle “")), qPrintable(text));
        QVERIFY2(imported.error().message.endsWith(QStringLiteral("Nothing was imported.")), qPrintable(text));
        if (damage == QLatin1String("bad-definition"))
            QCOMPARE(imported.error().details, QStringList{QStringLiteral("$.assistants[0].temperature: must be between 0 and 2")});
        QVERIFY(target->isEmpty());
        QVERIFY(target->files().isEmpty());
    }

    void importIntoAWorkspaceThatHasTheIdsIsRefused()
    {
        auto ws = freshWorkspace(QStringLiteral("bundle/helpdesk.json"));
        QVERIFY(ws);
        const QString zip = zipPath(QStringLiteral("again.zip"));
        QVERIFY(Bundle::write(*ws, QStringLiteral("a-help"), zip, Fixed));
        const QByteArray before = exportOf(*ws, true);
        auto again = Bundle::importInto(*ws, zip);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Validation);
        QCOMPARE(again.error().message,
                 QStringLiteral("Bundle “%1” not imported. Already in the workspace as “Helpdesk”.").arg(QFileInfo(zip).fileName()));
        QVERIFY(again.error().details.contains(QStringLiteral("$.assistants[0].id: id already exists in the workspace (\"a-help\")")));
        QVERIFY(again.error().details.contains(QStringLiteral("$.files[0].id: id already exists in the workspace (\"f-faq\")")));
        QCOMPARE(exportOf(*ws, true), before);

        // Other ids, but the remote assistant is already linked here: refused as well (interchange rule 7).
        auto linked = freshWorkspace();
        QByteArray other = fixture(QStringLiteral("bundle/other-family.json"));
        other.replace("\"name\": \"Sales\",", "\"name\": \"Sales\", \"remote_id\": \"asst_V2\",");
        QVERIFY(Interchange::importInto(*linked, other));
        const QByteArray linkedBefore = exportOf(*linked, true);
        auto clash = Bundle::importInto(*linked, zip);
        QVERIFY(!clash);
        QVERIFY2(clash.error().message.contains(QStringLiteral("its definition has problems")), qPrintable(clash.error().message));
        QCOMPARE(clash.error().details,
                 QStringList{QStringLiteral("$.assistants[0].versions[1].remote_id: \"asst_V2\" is already linked in the workspace")});
        QCOMPARE(exportOf(*linked, true), linkedBefore);
    }

    void unknownAssistantAndUnwritableTarget()
    {
        auto ws = freshWorkspace(QStringLiteral("bundle/helpdesk.json"));
        QVERIFY(ws);
        auto missing = Bundle::write(*ws, QStringLiteral("a-nope"), zipPath(QStringLiteral("nope.zip")), Fixed);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);

        const QString target = m_dir.filePath(QStringLiteral("no/such/dir/out.zip"));
        auto unwritable = Bundle::write(*ws, QStringLiteral("a-help"), target, Fixed);
        QVERIFY(!unwritable);
        QCOMPARE(unwritable.error().kind, ErrorKind::Storage);
        QVERIFY2(unwritable.error().message.startsWith(QStringLiteral("Cannot write the bundle “out.zip”: ")),
                 qPrintable(unwritable.error().message));
        QVERIFY(!QFile::exists(target));

        auto absent = Bundle::importInto(*ws, m_dir.filePath(QStringLiteral("absent.zip")));
        QVERIFY(!absent);
        QVERIFY2(absent.error().message.startsWith(QStringLiteral("Cannot read the bundle “absent.zip”: ")),
                 qPrintable(absent.error().message));
    }

    void rewritingReplacesTheOldFile()
    {
        auto ws = freshWorkspace(QStringLiteral("bundle/helpdesk.json"));
        QVERIFY(ws);
        const QString zip = zipPath(QStringLiteral("replace.zip"));
        writeAll(zip, "not a zip, an old file in the way");
        QVERIFY(Bundle::write(*ws, QStringLiteral("a-help"), zip, Fixed));
        QVERIFY(readZip(zip).contains(QStringLiteral("manifest.json")));
    }

    void looksLikeZip()
    {
        QVERIFY(Bundle::looksLikeZip(QByteArray("PK\x03\x04", 4)));
        QVERIFY(Bundle::looksLikeZip(QByteArray("PK\x05\x06", 4)));
        QVERIFY(!Bundle::looksLikeZip(QByteArray("{\n  \"format\"")));
        QVERIFY(!Bundle::looksLikeZip(QByteArray("PK")));
    }
};

QTEST_GUILESS_MAIN(tst_Bundle)
#include "tst_bundle.moc"
