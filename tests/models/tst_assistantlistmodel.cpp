// The assistant list model and its filter proxy, checked with QAbstractItemModelTester.
#include "assistantfilterproxy.h"
#include "assistantlistmodel.h"
#include "demo/demoworkspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_AssistantListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    static QStringList names(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, AssistantListModel::NameColumn).data().toString();
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_ws.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("ws.adesk")));
        m_ws = openWorkspace(m_dir);
        QVERIFY(m_ws);
    }

    void cleanup() { m_ws.reset(); QFile::remove(m_dir.filePath(QStringLiteral("ws.adesk"))); }

    void rowsRolesAndUpdates()
    {
        AssistantListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(Demo::populate(*m_ws));   // reset signal → reload
        QCOMPARE(model.rowCount(), 6);
        const QModelIndex help = model.indexOf(QStringLiteral("demo-helpdesk"));
        QVERIFY(help.isValid());
        QCOMPARE(help.data().toString(), QStringLiteral("Helpdesk"));
        QCOMPARE(help.data(AssistantListModel::SyncStatusRole).toString(), QStringLiteral("not_checked"));
        QCOMPARE(help.data(AssistantListModel::VersionCountRole).toInt(), 2);
        QCOMPARE(model.indexOf(QStringLiteral("demo-helpdesk"), AssistantListModel::StatusColumn).data().toString(),
                 QStringLiteral("Not checked yet"));
        QCOMPARE(model.indexOf(QStringLiteral("demo-onboarding"), AssistantListModel::StatusColumn).data().toString(),
                 QStringLiteral("Never pushed"));
        QVERIFY(model.indexOf(QStringLiteral("demo-helpdesk-v1")).data(AssistantListModel::IsVersionRole).toBool());

        // A save changes one row (dataChanged), not a reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Assistant a = m_ws->assistant(QStringLiteral("demo-sales")).value();
        a.name = QStringLiteral("Sales (EU)");
        QVERIFY(m_ws->saveAssistant(a));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.indexOf(QStringLiteral("demo-sales")).data().toString(), QStringLiteral("Sales (EU)"));
        QVERIFY(model.indexOf(QStringLiteral("demo-sales")).data(AssistantListModel::NotPushedRole).toBool());

        // A new assistant is inserted as one row.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Assistant n;
        n.name = QStringLiteral("Fresh");
        n.model = QStringLiteral("gpt-4o");
        auto created = m_ws->createAssistant(n);
        QVERIFY(created);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.indexOf(created->id).data().toString(), QStringLiteral("Fresh"));
    }

    void proxyFiltersByNameAndModelAndHidesVersions()
    {
        QVERIFY(Demo::populate(*m_ws));
        AssistantListModel model;
        model.setWorkspace(m_ws.get());
        AssistantFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(AssistantListModel::NameColumn);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Clinic triage"), QStringLiteral("Helpdesk"),
                                            QStringLiteral("Onboarding guide (draft)"), QStringLiteral("Sales assistant")}));
        proxy.setSearchText(QStringLiteral("HELP"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Helpdesk")});
        proxy.setSearchText(QStringLiteral("mini"));   // model gpt-4o-mini
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Onboarding guide (draft)"), QStringLiteral("Sales assistant")}));
        proxy.setSearchText(QStringLiteral("gpt-4.1"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Clinic triage")});
        proxy.setSearchText(QStringLiteral("nothing matches"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        proxy.setShowVersions(true);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setSearchText(QStringLiteral("helpdesk v"));
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Helpdesk v1"), QStringLiteral("Helpdesk v2")}));
    }

    void namesSortAsPeopleReadThem()
    {
        // The test runs in the C locale (LANG unset), where Qt's collator would ignore numeric mode.
        for (const char *name : {"Seeded assistant 10", "Seeded assistant 2", "seeded assistant 1", "Äpfel", "Zebra"}) {
            Assistant draft;
            draft.name = QString::fromUtf8(name);
            draft.model = QStringLiteral("gpt-4o");
            QVERIFY(m_ws->createAssistant(draft));
        }
        AssistantListModel model;
        model.setWorkspace(m_ws.get());
        AssistantFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(AssistantListModel::NameColumn);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Äpfel"), QStringLiteral("seeded assistant 1"),
                                            QStringLiteral("Seeded assistant 2"), QStringLiteral("Seeded assistant 10"),
                                            QStringLiteral("Zebra")}));
    }

    void proxyHidesArchivedUnlessAsked()
    {
        WorkspaceData data;
        Assistant live;
        live.id = QStringLiteral("a-live");
        live.name = QStringLiteral("Live");
        live.model = QStringLiteral("m");
        Assistant archived = live;
        archived.id = QStringLiteral("a-old");
        archived.name = QStringLiteral("Old");
        archived.archived = true;
        data.assistants << live << archived;
        QVERIFY(m_ws->importData(data));
        AssistantListModel model;
        model.setWorkspace(m_ws.get());
        AssistantFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Live")});
        proxy.setShowArchived(true);
        proxy.sort(AssistantListModel::NameColumn);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Live"), QStringLiteral("Old")}));
    }

    void checkedTextIsRelative()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        const QDateTime earlier = now.addSecs(-3600);
        QCOMPARE(AssistantListModel::checkedText(earlier.toString(Qt::ISODate), now),
                 QStringLiteral("checked %1").arg(earlier.toLocalTime().time().toString(QStringLiteral("HH:mm"))));
        QCOMPARE(AssistantListModel::checkedText(now.addDays(-1).toString(Qt::ISODate), now), QStringLiteral("checked yesterday"));
        QCOMPARE(AssistantListModel::checkedText(QString(), now), QString());
    }
};

QTEST_GUILESS_MAIN(tst_AssistantListModel)
#include "tst_assistantlistmodel.moc"
