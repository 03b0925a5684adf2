// The archive planner (domain.md §7): blockers in three sections, what is archived along, the deletion jobs, the
// confirmation texts and the CLI JSON. Fixtures are interchange files in tests/data/archive.
#include "domain/archiveplanner.h"
#include "interchange/interchange.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
WorkspaceData load(const QString &name)
{
    const QByteArray json = TestSupport::fixture(u"archive/"_s + name);
    auto data = Interchange::parse(json);
    if (!data) {
        qWarning("%s: %s", qPrintable(name), qPrintable(data.error().details.join(u'\n')));
        return {};
    }
    return std::move(data).value();
}

/// "<row> — <detail>" per blocker: one string says everything the dialog shows for a row.
QStringList rows(const QList<ArchiveBlocker> &blockers)
{
    QStringList out;
    for (const auto &b : blockers)
        out << b.rowText + u" — "_s + b.detail;
    return out;
}

/// "<kind> <id> <row>" per record archived along.
QStringList autoRows(const ArchivePlan &plan)
{
    QStringList out;
    for (const auto &r : plan.autoArchived)
        out << r.kindName() + u' ' + r.id + u' ' + r.rowText;
    return out;
}

/// "<kind> <remote id> <label>" per deletion job.
QStringList deletionRows(const ArchivePlan &plan)
{
    QStringList out;
    for (const auto &d : plan.deletions)
        out << d.kindName() + u' ' + d.remoteId + u' ' + d.label;
    return out;
}

template<typename T, typename Pred>
T *find(QList<T> &list, Pred pred)
{
    const auto it = std::find_if(list.begin(), list.end(), pred);
    return it == list.end() ? nullptr : &*it;
}

Experiment *experiment(WorkspaceData &data, const QString &id)
{
    return find(data.experiments, [&](const Experiment &e) { return e.id == id; });
}

Pipeline *pipeline(WorkspaceData &data, const QString &id)
{
    return find(data.pipelines, [&](const Pipeline &p) { return p.id == id; });
}

Assistant *assistant(WorkspaceData &data, const QString &id)
{
    return find(data.assistants, [&](const Assistant &a) { return a.id == id; });
}

Assistant makeAssistant(const QString &id, const QString &name, const QString &workingId = {}, int number = 1)
{
    Assistant a;
    a.id = id;
    a.name = name;
    a.model = u"gpt-4o"_s;
    a.workingVersionId = workingId;
    a.versionNumber = number;
    return a;
}
} // namespace

#define PLAN(var, data, id)                                                                                           \
    const auto var##Result = planArchive(data, id);                                                                    \
    QVERIFY2(var##Result, qPrintable(var##Result ? QString() : var##Result.error().message));                          \
    const ArchivePlan &var = var##Result.value()

class tst_ArchivePlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void blockers_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("experiments");
        QTest::addColumn<QStringList>("pipelines");
        QTest::addColumn<QStringList>("referencing");
        QTest::addColumn<QStringList>("autoArchived");

        // The worked examples of §7.
        QTest::newRow("example 1: released, unpublished references only")
            << u"example1.json"_s << QStringList() << QStringList() << QStringList()
            << QStringList{u"experiment_version e-support-v1 Support bot · v1"_s};
        QTest::newRow("example 2: direct references")
            << u"example2.json"_s
            << QStringList{u"Support bot · unreleased — uses Helpdesk (working)"_s,
                           u"Support bot · v2 [published] — uses Helpdesk v2"_s}
            << QStringList() << QStringList() << QStringList{u"experiment_version e-support-v1 Support bot · v1"_s};
        QTest::newRow("example 3: a working pipeline that no experiment uses")
            << u"example3.json"_s << QStringList()
            << QStringList{u"Triage flow · working — 1 Assistant node uses Helpdesk v1"_s} << QStringList()
            << QStringList{u"pipeline_version p-triage-v1 Triage flow · v1"_s};
        QTest::newRow("example 4: pipelines used by experiments")
            << u"example4.json"_s << QStringList()
            << QStringList{u"Triage flow · working — 1 Assistant node uses Helpdesk (working)"_s}
            << QStringList{u"Sales bot · unreleased — uses pipeline Triage flow · working, "
                           u"which uses Helpdesk (working)"_s,
                           u"Sales bot · v1 [published] — uses pipeline Triage flow · v1, which uses Helpdesk v1"_s}
            << QStringList{u"experiment_version e-sales-v2 Sales bot · v2"_s,
                           u"pipeline_version p-triage-v1 Triage flow · v1"_s};
        QTest::newRow("example 5: references that do not count")
            << u"example5.json"_s << QStringList() << QStringList() << QStringList() << QStringList();

        // Our own scenarios.
        QTest::newRow("versions block through a pipeline version of a published experiment")
            << u"pipelineversion.json"_s << QStringList() << QStringList()
            << QStringList{u"Clinic bot · v3 [published] — uses pipeline Router · v1, which uses Helpdesk v1"_s}
            << QStringList{u"experiment_version e-clinic-v1 Clinic bot · v1"_s,
                           u"pipeline_version p-router-v1 Router · v1"_s};
        QTest::newRow("pipelines with several assistant nodes: one row each, distinct labels")
            << u"twonodes.json"_s << QStringList()
            << QStringList{u"double check · working — 3 Assistant nodes use Helpdesk (working)"_s,
                           u"Escalation · working — 2 Assistant nodes use Helpdesk (working), Helpdesk v2"_s}
            << QStringList() << QStringList();
        QTest::newRow("archived experiments and pipelines neither block nor are archived again")
            << u"archivedrecords.json"_s << QStringList() << QStringList() << QStringList() << QStringList();
        QTest::newRow("one experiment in two sections")
            << u"twosections.json"_s << QStringList{u"Combo bot · unreleased — uses Helpdesk v1"_s}
            << QStringList{u"Triage flow · working — 1 Assistant node uses Helpdesk (working)"_s}
            << QStringList{u"Combo bot · unreleased — uses pipeline Triage flow · working, "
                           u"which uses Helpdesk (working)"_s}
            << QStringList();
        QTest::newRow("sort: name case-insensitive, then unreleased, then versions ascending")
            << u"sortorder.json"_s
            << QStringList{u"alpha · unreleased — uses Helpdesk (working)"_s,
                           u"Alpha · v3 [published] — uses Helpdesk v2"_s,
                           u"beta · unreleased — uses Helpdesk v1"_s,
                           u"beta · v2 [published] — uses Helpdesk v2"_s,
                           u"Zeta · unreleased — uses Helpdesk (working)"_s}
            << QStringList() << QStringList()
            << QStringList{u"experiment_version e-3-v1 Alpha · v1"_s, u"experiment_version e-2-v9 beta · v9"_s,
                           u"experiment_version e-2-v10 beta · v10"_s};
    }

    void blockers()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, experiments);
        QFETCH(QStringList, pipelines);
        QFETCH(QStringList, referencing);
        QFETCH(QStringList, autoArchived);

        const WorkspaceData data = load(fixture);
        PLAN(plan, data, u"a"_s);
        QCOMPARE(plan.family, (QStringList{u"a"_s, u"a-v1"_s, u"a-v2"_s}));
        QCOMPARE(rows(plan.experiments), experiments);
        QCOMPARE(rows(plan.pipelines), pipelines);
        QCOMPARE(rows(plan.experimentsReferencingPipeline), referencing);
        QCOMPARE(autoRows(plan), autoArchived);
        QCOMPARE(plan.archivable(), experiments.isEmpty() && pipelines.isEmpty() && referencing.isEmpty());
        QCOMPARE(plan.blockers().size(), experiments.size() + pipelines.size() + referencing.size());
        for (const auto &b : plan.experiments)
            QCOMPARE(b.section, BlockerSection::Experiments);
        for (const auto &b : plan.pipelines)
            QCOMPARE(b.section, BlockerSection::Pipelines);
        for (const auto &b : plan.experimentsReferencingPipeline)
            QCOMPARE(b.section, BlockerSection::ExperimentsReferencingPipeline);
    }

    void example1Confirmation()
    {
        PLAN(plan, load(u"example1.json"_s), u"a"_s);
        QVERIFY(plan.archivable());
        QCOMPARE(plan.confirmationTitle(), u"Archive “Helpdesk”?"_s);
        QCOMPARE(plan.confirmationText(), u"This archives the assistant and its 2 versions and deletes them in OpenAI: "
                                          u"3 assistants, 3 vector stores, 1 file."_s);
        QCOMPARE(plan.autoArchivedText(),
                 u"These released experiment versions will be archived too: Support bot · v1"_s);
        QCOMPARE(plan.autoArchivedExperimentRows(), QStringList{u"Support bot · v1"_s});
        QCOMPARE(deletionRows(plan), (QStringList{u"assistant asst_A Helpdesk"_s, u"assistant asst_AV1 Helpdesk v1"_s,
                                                  u"assistant asst_AV2 Helpdesk v2"_s, u"vector_store vs_A Helpdesk"_s,
                                                  u"vector_store vs_AV1 Helpdesk v1"_s,
                                                  u"vector_store vs_AV2 Helpdesk v2"_s, u"file file-FAQ faq.pdf"_s}));
    }

    void example2Rows()
    {
        PLAN(plan, load(u"example2.json"_s), u"a"_s);
        QVERIFY(!plan.archivable());
        QCOMPARE(plan.blockedTitle(), u"Cannot archive “Helpdesk”"_s);
        const ArchiveBlocker &working = plan.experiments.at(0);
        QCOMPARE(working.recordId, u"e-support"_s);
        QCOMPARE(working.name, u"Support bot"_s);
        QCOMPARE(working.version, u"unreleased"_s);
        QCOMPARE(working.versionLabel, u"unreleased"_s);
        QVERIFY(!working.published);
        const ArchiveBlocker &published = plan.experiments.at(1);
        QCOMPARE(published.recordId, u"e-support-v2"_s);
        QCOMPARE(published.version, u"v2"_s);
        QCOMPARE(published.versionNumber, 2);
        QCOMPARE(published.versionLabel, u"v2 [published]"_s);
        QVERIFY(published.published);
    }

    void example4Ids()
    {
        PLAN(plan, load(u"example4.json"_s), u"a"_s);
        QCOMPARE(plan.pipelines.size(), 1);
        QCOMPARE(plan.pipelines.at(0).recordId, u"p-triage"_s);
        QCOMPARE(plan.pipelines.at(0).version, u"working"_s);
        QCOMPARE(plan.pipelines.at(0).nodeIds, QStringList{u"n-answer"_s});
        QCOMPARE(plan.experimentsReferencingPipeline.size(), 2);
        QCOMPARE(plan.experimentsReferencingPipeline.at(0).recordId, u"e-sales"_s);
        QCOMPARE(plan.experimentsReferencingPipeline.at(0).pipelineId, u"p-triage"_s);
        QCOMPARE(plan.experimentsReferencingPipeline.at(1).recordId, u"e-sales-v1"_s);
        QCOMPARE(plan.experimentsReferencingPipeline.at(1).pipelineId, u"p-triage-v1"_s);
        // Only experiment versions are listed in the confirmation; the pipeline version goes silently.
        QCOMPARE(plan.autoArchivedExperimentRows(), QStringList{u"Sales bot · v2"_s});
    }

    void example5Confirmation()
    {
        PLAN(plan, load(u"example5.json"_s), u"a"_s);
        QVERIFY(plan.archivable());
        QVERIFY(plan.autoArchived.isEmpty());
        QVERIFY(plan.autoArchivedText().isEmpty());
    }

    void twoNodesIds()
    {
        PLAN(plan, load(u"twonodes.json"_s), u"a"_s);
        QCOMPARE(plan.pipelines.size(), 2);
        QCOMPARE(plan.pipelines.at(0).nodeIds, (QStringList{u"x1"_s, u"x2"_s, u"x3"_s}));
        QCOMPARE(plan.pipelines.at(1).nodeIds, (QStringList{u"n1"_s, u"n4"_s}));
    }

    void blockerRemovedThenPlanAgain()
    {
        WorkspaceData data = load(u"example4.json"_s);
        // Removing node "Answer" from the working pipeline clears rows 1 and 2 (§7 example 4).
        auto &nodes = pipeline(data, u"p-triage"_s)->nodes;
        nodes.removeIf([](const PipelineNode &n) { return n.id == u"n-answer"_s; });
        {
            PLAN(plan, data, u"a"_s);
            QVERIFY(plan.pipelines.isEmpty());
            QCOMPARE(rows(plan.experimentsReferencingPipeline),
                     QStringList{u"Sales bot · v1 [published] — uses pipeline Triage flow · v1, "
                                 u"which uses Helpdesk v1"_s});
        }
        // Unpublishing "Sales bot" v1 clears row 3; v1 is then archived along with v2.
        experiment(data, u"e-sales-v1"_s)->published = false;
        PLAN(plan, data, u"a"_s);
        QVERIFY(plan.archivable());
        QCOMPARE(autoRows(plan), (QStringList{u"experiment_version e-sales-v1 Sales bot · v1"_s,
                                              u"experiment_version e-sales-v2 Sales bot · v2"_s,
                                              u"pipeline_version p-triage-v1 Triage flow · v1"_s}));
        QCOMPARE(plan.autoArchivedText(),
                 u"These released experiment versions will be archived too: Sales bot · v1, Sales bot · v2"_s);
    }

    void archivingTheBlockerClearsIt()
    {
        WorkspaceData data = load(u"example2.json"_s);
        experiment(data, u"e-support"_s)->assistantId.clear();   // "Remove assistant" on the working record
        experiment(data, u"e-support-v2"_s)->archived = true;     // "Archive" on the published version
        PLAN(plan, data, u"a"_s);
        QVERIFY(plan.archivable());
        // The archived version is not archived again; the released one still goes.
        QCOMPARE(autoRows(plan), QStringList{u"experiment_version e-support-v1 Support bot · v1"_s});
    }

    void publishedExperimentVersionThroughArchivedPipelineDoesNotCount()
    {
        // Archived pipeline records are never considered (§7), even when a live experiment still names one.
        WorkspaceData data = load(u"pipelineversion.json"_s);
        pipeline(data, u"p-router"_s)->archived = true;
        PLAN(plan, data, u"a"_s);
        QVERIFY(plan.archivable());
        QVERIFY(plan.autoArchived.isEmpty());
    }

    void deletionJobs()
    {
        const WorkspaceData data = load(u"deletions.json"_s);
        PLAN(plan, data, u"a"_s);
        QVERIFY(plan.archivable());
        // vs_SHARED and file-LIVE stay: the live "Billing" uses them. vs_V1 (twice in F, and used by the archived "Old
        // billing") and file-ARCH / file-DUP (attached only to archived outsiders) go once each. file-CI belongs to a
        // disabled tool and goes too; local.txt was never uploaded.
        QCOMPARE(deletionRows(plan), (QStringList{u"assistant asst_A Helpdesk"_s, u"assistant asst_AV1 Helpdesk v1"_s,
                                                  u"vector_store vs_V1 Helpdesk v1"_s, u"file file-CI prices.csv"_s,
                                                  u"file file-DUP dup.txt"_s,
                                                  u"file file-ARCH shared-archived.txt"_s}));
        QCOMPARE(plan.deletionCount(PlannedDeletion::Kind::Assistant), 2);
        QCOMPARE(plan.deletionCount(PlannedDeletion::Kind::VectorStore), 1);
        QCOMPARE(plan.deletionCount(PlannedDeletion::Kind::File), 3);
        QCOMPARE(plan.confirmationText(), u"This archives the assistant and its 2 versions and deletes them in OpenAI: "
                                          u"2 assistants, 1 vector store, 3 files."_s);
    }

    void deletionJobsKeepWhatALiveOutsiderUses()
    {
        WorkspaceData data = load(u"deletions.json"_s);
        assistant(data, u"c"_s)->archived = false;   // "Old billing" and its version live again
        assistant(data, u"c-v1"_s)->archived = false;
        PLAN(plan, data, u"a"_s);
        QCOMPARE(deletionRows(plan), (QStringList{u"assistant asst_A Helpdesk"_s, u"assistant asst_AV1 Helpdesk v1"_s,
                                                  u"file file-CI prices.csv"_s}));
    }

    void deletionJobsVersionOfArchivedOutsider()
    {
        // A version whose own flag is unset counts as archived when its working record is.
        WorkspaceData data = load(u"deletions.json"_s);
        assistant(data, u"c-v1"_s)->archived = false;
        PLAN(plan, data, u"a"_s);
        QCOMPARE(plan.deletionCount(PlannedDeletion::Kind::File), 3);
    }

    void confirmationPlurals_data()
    {
        QTest::addColumn<int>("versions");
        QTest::addColumn<bool>("withRemote");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << 0 << false
                              << u"This archives the assistant and its 0 versions and deletes them in OpenAI: "
                                 u"0 assistants, 0 vector stores, 0 files."_s;
        QTest::newRow("one of each") << 1 << false
                                     << u"This archives the assistant and its 1 version and deletes them in OpenAI: "
                                        u"1 assistant, 1 vector store, 1 file."_s;
        QTest::newRow("several") << 3 << true
                                 << u"This archives the assistant and its 3 versions and deletes them in OpenAI: "
                                    u"4 assistants, 2 vector stores, 1 file."_s;
    }

    void confirmationPlurals()
    {
        QFETCH(int, versions);
        QFETCH(bool, withRemote);
        QFETCH(QString, text);
        WorkspaceData data;
        WorkspaceFile file;
        file.id = u"f1"_s;
        file.name = u"one.txt"_s;
        file.remoteFileId = u"file-1"_s;
        data.files << file;
        Assistant working = makeAssistant(u"w"_s, u"Solo"_s);
        working.versionNumber = versions + 1;
        working.remoteId = withRemote ? std::optional<QString>(u"asst_w"_s) : std::nullopt;
        working.vectorStoreId = withRemote ? std::optional<QString>(u"vs_w"_s) : std::nullopt;
        data.assistants << working;
        for (int n = 1; n <= versions; ++n) {
            Assistant v = makeAssistant(u"w-v%1"_s.arg(n), u"Solo v%1"_s.arg(n), u"w"_s, n);
            v.remoteId = u"asst_v%1"_s.arg(n);
            v.vectorStoreId = u"vs_v"_s;   // every version shares one store: counted once
            v.fileSearchFiles = {u"f1"_s};
            data.assistants << v;
        }
        PLAN(plan, data, u"w"_s);
        QCOMPARE(plan.versionCount(), versions);
        QCOMPARE(plan.confirmationText(), text);
    }

    void familyOrderIsByVersionNumber()
    {
        WorkspaceData data;
        data.assistants << makeAssistant(u"w-v10"_s, u"X v10"_s, u"w"_s, 10)
                        << makeAssistant(u"w-v2"_s, u"X v2"_s, u"w"_s, 2) << makeAssistant(u"w"_s, u"X"_s)
                        << makeAssistant(u"w-v9"_s, u"X v9"_s, u"w"_s, 9);
        PLAN(plan, data, u"w"_s);
        QCOMPARE(plan.family, (QStringList{u"w"_s, u"w-v2"_s, u"w-v9"_s, u"w-v10"_s}));
        QCOMPARE(plan.versionCount(), 3);
    }

    void inputOrderDoesNotMatter()
    {
        for (const QString &name : {u"example4.json"_s, u"sortorder.json"_s, u"twonodes.json"_s, u"deletions.json"_s}) {
            const WorkspaceData data = load(name);
            WorkspaceData reversed = data;
            std::reverse(reversed.experiments.begin(), reversed.experiments.end());
            std::reverse(reversed.pipelines.begin(), reversed.pipelines.end());
            std::reverse(reversed.assistants.begin(), reversed.assistants.end());
            std::reverse(reversed.files.begin(), reversed.files.end());
            const auto a = planArchive(data, u"a"_s);
            const auto b = planArchive(reversed, u"a"_s);
            QVERIFY(a && b);
            QVERIFY2(a.value() == b.value(), qPrintable(name));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("id");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("unknown id") << u"example1.json"_s << u"nope"_s << ErrorKind::NotFound;
        QTest::newRow("a version") << u"example1.json"_s << u"a-v1"_s << ErrorKind::Refused;
        QTest::newRow("an archived working assistant") << u"deletions.json"_s << u"c"_s << ErrorKind::Refused;
        QTest::newRow("an experiment id") << u"example1.json"_s << u"e-support"_s << ErrorKind::NotFound;
    }

    void refused()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, id);
        QFETCH(ErrorKind, kind);
        const auto plan = planArchive(load(fixture), id);
        QVERIFY(!plan);
        QCOMPARE(plan.error().kind, kind);
        if (kind == ErrorKind::Refused)
            QCOMPARE(plan.error().message, u"Archive is offered only on a non-archived working assistant."_s);
        else
            QCOMPARE(plan.error().message, u"No assistant with id “%1”."_s.arg(id));
    }

    void dialogTexts()
    {
        QCOMPARE(ArchivePlan::blockedText(), u"This assistant or one of its versions is still in use. "
                                             u"Resolve each item below, then check again."_s);
        QCOMPARE(ArchivePlan::sectionTitle(BlockerSection::Experiments), u"Experiments"_s);
        QCOMPARE(ArchivePlan::sectionTitle(BlockerSection::Pipelines), u"Pipelines"_s);
        QCOMPARE(ArchivePlan::sectionTitle(BlockerSection::ExperimentsReferencingPipeline),
                 u"Experiments Referencing Pipeline"_s);
        QCOMPARE(ArchivePlan::offlineText(),
                 u"You are offline; the deletion in OpenAI will run when you are back online."_s);
    }

    void cliJsonBlocked()
    {
        PLAN(plan, load(u"example4.json"_s), u"a"_s);
        const QJsonObject expected = QJsonDocument::fromJson(R"json({
          "assistant": "a", "archivable": false,
          "blockers": {
            "experiments": [],
            "pipelines": [{"id": "p-triage", "name": "Triage flow", "version": "working", "nodes": ["n-answer"],
                           "reason": "1 Assistant node uses Helpdesk (working)"}],
            "experiments_referencing_pipeline": [
              {"id": "e-sales", "name": "Sales bot", "version": "unreleased", "pipeline": "p-triage",
               "reason": "uses pipeline Triage flow · working, which uses Helpdesk (working)"},
              {"id": "e-sales-v1", "name": "Sales bot", "version": "v1", "published": true, "pipeline": "p-triage-v1",
               "reason": "uses pipeline Triage flow · v1, which uses Helpdesk v1"}]},
          "auto_archived": [
            {"kind": "experiment_version", "id": "e-sales-v2", "name": "Sales bot", "version": "v2"},
            {"kind": "pipeline_version", "id": "p-triage-v1", "name": "Triage flow", "version": "v1"}],
          "versions": ["a", "a-v1", "a-v2"]})json").object();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(toCliJson(plan), expected);
    }

    void cliJsonDirect()
    {
        PLAN(plan, load(u"example2.json"_s), u"a"_s);
        const QJsonArray experiments = toCliJson(plan).value(u"blockers"_s)[u"experiments"_s].toArray();
        QCOMPARE(experiments.size(), 2);
        QCOMPARE(experiments.at(0).toObject(),
                 (QJsonObject{{u"id"_s, u"e-support"_s}, {u"name"_s, u"Support bot"_s}, {u"version"_s, u"unreleased"_s},
                              {u"reason"_s, u"uses Helpdesk (working)"_s}}));
        QCOMPARE(experiments.at(1).toObject(),
                 (QJsonObject{{u"id"_s, u"e-support-v2"_s}, {u"name"_s, u"Support bot"_s}, {u"version"_s, u"v2"_s},
                              {u"published"_s, true}, {u"reason"_s, u"uses Helpdesk v2"_s}}));
    }

    void cliJsonArchivable()
    {
        PLAN(plan, load(u"example1.json"_s), u"a"_s);
        const QJsonObject json = toCliJson(plan);
        QCOMPARE(json.keys(), (QStringList{u"archivable"_s, u"assistant"_s, u"auto_archived"_s, u"blockers"_s,
                                           u"versions"_s}));
        QCOMPARE(json.value(u"archivable"_s), QJsonValue(true));
        const QJsonObject blockers = json.value(u"blockers"_s).toObject();
        QCOMPARE(blockers.keys(),
                 (QStringList{u"experiments"_s, u"experiments_referencing_pipeline"_s, u"pipelines"_s}));
        for (const auto &section : blockers)
            QCOMPARE(section.toArray(), QJsonArray());
        QCOMPARE(json.value(u"auto_archived"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"kind"_s, u"experiment_version"_s}, {u"id"_s, u"e-support-v1"_s},
                                         {u"name"_s, u"Support bot"_s}, {u"version"_s, u"v1"_s}}}));
    }
};

QTEST_GUILESS_MAIN(tst_ArchivePlanner)
#include "tst_archiveplanner.moc"
