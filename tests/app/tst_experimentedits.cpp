// Editing experiments and pipelines in the workspace (domain.md §1.3, §7 "Open"): every write, every refusal, and
// that a refusal or a storage failure leaves the workspace exactly as it was (one transaction per action).
#include "interchange/interchange.h"
#include "storage/storageaccess.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
const QDateTime ExportTime = QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);

// "Helpdesk" a with versions a-v1, a-v2; "Billing" b; "Old" z archived with its version z-v1.
// "Support bot": unreleased → a; v1 [published] → a-v1; v2 → a-v2 and pipeline "Triage flow" v1.
// "Sales bot": unreleased → working "Triage flow". "Old bot": archived working record, its v1 published.
// Pipelines: "Triage flow" (n1 Answer → a, n2 llm) with v1 (n1 → a-v1); "Draft flow" (no nodes); "Legacy flow"
// archived.
const QByteArray Fixture = R"({
  "format": "assistant-desk-workspace", "format_version": 1, "files": [],
  "assistants": [
    {"id": "a", "name": "Helpdesk", "model": "gpt-4o", "next_version_number": 3, "versions": [
      {"id": "a-v1", "version_number": 1, "name": "Helpdesk v1", "model": "gpt-4o"},
      {"id": "a-v2", "version_number": 2, "name": "Helpdesk v2", "model": "gpt-4o"}]},
    {"id": "b", "name": "Billing", "model": "gpt-4o"},
    {"id": "z", "name": "Old", "model": "gpt-4o", "is_archived": true, "next_version_number": 2, "versions": [
      {"id": "z-v1", "version_number": 1, "name": "Old v1", "model": "gpt-4o"}]}
  ],
  "experiments": [
    {"id": "e-support", "name": "Support bot", "assistant": "a", "next_version_number": 3, "versions": [
      {"id": "e-support-v1", "version_number": 1, "published": true, "assistant": "a-v1"},
      {"id": "e-support-v2", "version_number": 2, "assistant": "a-v2", "pipeline": "p-triage-v1"}]},
    {"id": "e-sales", "name": "Sales bot", "pipeline": "p-triage"},
    {"id": "e-old", "name": "Old bot", "assistant": "a", "is_archived": true, "next_version_number": 2, "versions": [
      {"id": "e-old-v1", "version_number": 1, "published": true, "assistant": "a-v1"}]}
  ],
  "pipelines": [
    {"id": "p-triage", "name": "Triage flow", "next_version_number": 2, "nodes": [
      {"id": "n1", "type": "assistant", "label": "Answer", "assistant": "a"}, {"id": "n2", "type": "llm"}],
     "versions": [{"id": "p-triage-v1", "version_number": 1, "nodes": [
      {"id": "n1", "type": "assistant", "label": "Answer", "assistant": "a-v1"}]}]},
    {"id": "p-draft", "name": "Draft flow", "nodes": []},
    {"id": "p-legacy", "name": "Legacy flow", "is_archived": true, "nodes": []}
  ]
})";

const QString ExperimentVersionReadOnly =
    u"Released experiment versions are read-only. Edit the unreleased experiment instead."_s;
const QString PipelineVersionReadOnly = u"Pipeline versions are read-only. Edit the working pipeline instead."_s;
const QString ExperimentArchived = u"Archived experiments are read-only."_s;
const QString PipelineArchived = u"Archived pipelines are read-only."_s;
const QString UnknownExperiment = u"No experiment with id “e-nope” in this workspace."_s;
const QString UnknownPipeline = u"No pipeline with id “p-nope” in this workspace."_s;

QString ids(const QList<PipelineNode> &nodes)
{
    QStringList out;
    for (const auto &n : nodes)
        out << u"%1:%2:%3:%4"_s.arg(n.id, n.type, n.label, n.assistantId);
    return out.join(u' ');
}
} // namespace

class tst_ExperimentEdits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    // The change signals since the test began (the fixture imported).
    std::unique_ptr<QSignalSpy> m_experimentsChanged;
    std::unique_ptr<QSignalSpy> m_pipelinesChanged;

    QByteArray state() const { return Interchange::exportFrom(*m_ws, false, ExportTime); }
    Experiment experiment(const QString &id) const { return m_ws->experiment(id).value(); }
    Pipeline pipeline(const QString &id) const { return m_ws->pipeline(id).value(); }

    /// `status` is a refusal of `kind` reading `message`, and the workspace did not change.
    void verifyRefused(const Status &status, ErrorKind kind, const QString &message, const QByteArray &before)
    {
        QVERIFY(!status);
        QCOMPARE(int(status.error().kind), int(kind));
        QCOMPARE(status.error().message, message);
        QCOMPARE(state(), before);
    }

    /// The columns of a table of refusals: a QString column for each argument of the action, then the refusal's
    /// ErrorKind ("kind", an int) and its "message".
    static void refusalColumns(std::initializer_list<const char *> arguments)
    {
        for (const char *argument : arguments)
            QTest::addColumn<QString>(argument);
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_dir = std::make_unique<QTemporaryDir>();
        m_ws = openWorkspace(*m_dir);
        QVERIFY(m_ws);
        const Status imported = Interchange::importInto(*m_ws, Fixture);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().details.join(u'\n')));
        m_experimentsChanged = std::make_unique<QSignalSpy>(m_ws.get(), &Workspace::experimentsChanged);
        m_pipelinesChanged = std::make_unique<QSignalSpy>(m_ws.get(), &Workspace::pipelinesChanged);
    }

    void cleanup()
    {
        m_experimentsChanged.reset();
        m_pipelinesChanged.reset();
        m_ws.reset();
        m_dir.reset();
    }

    // --- experiments ------------------------------------------------------------------------------------------

    void createExperiment()
    {
        const auto created = m_ws->createExperiment(u"Onboarding bot"_s);
        QVERIFY(created);
        QVERIFY(created->id.startsWith(u"e-"_s));
        QCOMPARE(m_experimentsChanged->size(), 1);
        const Experiment stored = experiment(created->id);
        QCOMPARE(stored.name, u"Onboarding bot"_s);
        QVERIFY(!stored.isVersion());
        QVERIFY(!stored.published);
        QVERIFY(!stored.archived);
        QVERIFY(stored.assistantId.isEmpty() && stored.pipelineId.isEmpty());
        QCOMPARE(stored.versionNumber, 1);
        QVERIFY(m_ws->localIds().contains(created->id));
    }

    void createExperimentValidatesName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"Name: must not be empty"_s;
        QTest::newRow("spaces") << u"   "_s << u"Name: must not be empty"_s;
        QTest::newRow("too long") << QString(300, u'x') << u"Name: at most 256 characters (now 300)"_s;
    }

    void createExperimentValidatesName()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QByteArray before = state();
        const auto created = m_ws->createExperiment(name);
        QVERIFY(!created);
        QCOMPARE(created.error().kind, ErrorKind::Validation);
        QCOMPARE(created.error().message, message);
        QCOMPARE(state(), before);
        QCOMPARE(m_experimentsChanged->size(), 0);
        // Same rules for pipelines.
        const auto pipelineCreated = m_ws->createPipeline(name);
        QVERIFY(!pipelineCreated);
        QCOMPARE(pipelineCreated.error().message, message);
        QCOMPARE(state(), before);
    }

    void renameExperiment()
    {
        QVERIFY(m_ws->renameExperiment(u"e-support"_s, u"Support assistant"_s));
        QCOMPARE(m_experimentsChanged->size(), 1);
        QCOMPARE(experiment(u"e-support"_s).name, u"Support assistant"_s);
        // Versions show the family's name.
        QCOMPARE(experiment(u"e-support-v1"_s).name, u"Support assistant"_s);
    }

    void renameExperimentRefusals()
    {
        const QByteArray before = state();
        verifyRefused(m_ws->renameExperiment(u"e-support-v1"_s, u"X"_s), ErrorKind::Refused, ExperimentVersionReadOnly,
                      before);
        verifyRefused(m_ws->renameExperiment(u"e-old"_s, u"X"_s), ErrorKind::Refused, ExperimentArchived, before);
        verifyRefused(m_ws->renameExperiment(u"e-nope"_s, u"X"_s), ErrorKind::NotFound,
                      UnknownExperiment, before);
        verifyRefused(m_ws->renameExperiment(u"e-support"_s, u" "_s), ErrorKind::Validation,
                      u"Name: must not be empty"_s, before);
        QCOMPARE(m_experimentsChanged->size(), 0);
    }

    void setExperimentAssistant()
    {
        QVERIFY(m_ws->setExperimentAssistant(u"e-support"_s, u"a-v2"_s));   // a version is a valid reference
        QCOMPARE(experiment(u"e-support"_s).assistantId, u"a-v2"_s);
        QVERIFY(m_ws->setExperimentAssistant(u"e-sales"_s, u"b"_s));
        QCOMPARE(experiment(u"e-sales"_s).assistantId, u"b"_s);
        QCOMPARE(experiment(u"e-sales"_s).pipelineId, u"p-triage"_s);   // the other reference stays
        QVERIFY(m_ws->setExperimentAssistant(u"e-support"_s, QString()));   // "Remove assistant"
        QVERIFY(experiment(u"e-support"_s).assistantId.isEmpty());
        QCOMPARE(m_experimentsChanged->size(), 3);
    }

    void setExperimentAssistantRefusals_data()
    {
        refusalColumns({"experimentId", "assistantId"});
        QTest::newRow("unknown assistant") << u"e-support"_s << u"nope"_s << int(ErrorKind::Validation)
                                           << u"Assistant: no assistant “nope” in this workspace"_s;
        QTest::newRow("archived working") << u"e-support"_s << u"z"_s << int(ErrorKind::Validation)
                                          << u"Assistant: “Old (working)” is archived"_s;
        QTest::newRow("archived version") << u"e-support"_s << u"z-v1"_s << int(ErrorKind::Validation)
                                          << u"Assistant: “Old v1” is archived"_s;
        QTest::newRow("version record") << u"e-support-v2"_s << u"b"_s << int(ErrorKind::Refused)
                                        << ExperimentVersionReadOnly;
        QTest::newRow("version record, clearing") << u"e-support-v1"_s << QString() << int(ErrorKind::Refused)
                                                  << ExperimentVersionReadOnly;
        QTest::newRow("archived experiment") << u"e-old"_s << u"b"_s << int(ErrorKind::Refused) << ExperimentArchived;
        QTest::newRow("unknown experiment") << u"e-nope"_s << u"b"_s << int(ErrorKind::NotFound)
                                            << UnknownExperiment;
    }

    void setExperimentAssistantRefusals()
    {
        QFETCH(QString, experimentId);
        QFETCH(QString, assistantId);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const QByteArray before = state();
        verifyRefused(m_ws->setExperimentAssistant(experimentId, assistantId), ErrorKind(kind), message, before);
        QCOMPARE(m_experimentsChanged->size(), 0);
    }

    void setExperimentPipeline()
    {
        QVERIFY(m_ws->setExperimentPipeline(u"e-support"_s, u"p-triage-v1"_s));
        QCOMPARE(experiment(u"e-support"_s).pipelineId, u"p-triage-v1"_s);
        QVERIFY(m_ws->setExperimentPipeline(u"e-sales"_s, u"p-draft"_s));
        QCOMPARE(experiment(u"e-sales"_s).pipelineId, u"p-draft"_s);
        QVERIFY(m_ws->setExperimentPipeline(u"e-sales"_s, QString()));
        QVERIFY(experiment(u"e-sales"_s).pipelineId.isEmpty());
    }

    void setExperimentPipelineRefusals()
    {
        const QByteArray before = state();
        verifyRefused(m_ws->setExperimentPipeline(u"e-sales"_s, u"p-legacy"_s), ErrorKind::Validation,
                      u"Pipeline: “Legacy flow · working” is archived"_s, before);
        verifyRefused(m_ws->setExperimentPipeline(u"e-sales"_s, u"p-nope"_s), ErrorKind::Validation,
                      u"Pipeline: no pipeline “p-nope” in this workspace"_s, before);
        verifyRefused(m_ws->setExperimentPipeline(u"e-support-v2"_s, QString()), ErrorKind::Refused,
                      ExperimentVersionReadOnly, before);
        verifyRefused(m_ws->setExperimentPipeline(u"e-old"_s, u"p-draft"_s), ErrorKind::Refused, ExperimentArchived,
                      before);
        // A pipeline version of an archived family counts as archived.
        QVERIFY(m_ws->setExperimentPipeline(u"e-sales"_s, QString()));
        QVERIFY(m_ws->archiveExperiment(u"e-support-v2"_s));
        QVERIFY(m_ws->archivePipeline(u"p-triage"_s));
        const QByteArray archived = state();
        verifyRefused(m_ws->setExperimentPipeline(u"e-support"_s, u"p-triage-v1"_s), ErrorKind::Validation,
                      u"Pipeline: “Triage flow · v1” is archived"_s, archived);
    }

    void publishClearsTheFamilysOtherVersions()
    {
        QVERIFY(m_ws->publishExperiment(u"e-support-v2"_s));
        QVERIFY(experiment(u"e-support-v2"_s).published);
        QVERIFY(!experiment(u"e-support-v1"_s).published);
        QVERIFY(experiment(u"e-old-v1"_s).published);   // another family is untouched
        QVERIFY(m_ws->publishExperiment(u"e-support-v2"_s));   // again: still exactly one
        QVERIFY(experiment(u"e-support-v2"_s).published);
        QVERIFY(m_ws->unpublishExperiment(u"e-support-v2"_s));
        QVERIFY(!experiment(u"e-support-v2"_s).published);
        QVERIFY(!experiment(u"e-support-v1"_s).published);
        QVERIFY(m_ws->unpublishExperiment(u"e-support-v1"_s));   // not published: nothing to do, not an error
        QCOMPARE(m_experimentsChanged->size(), 4);
    }

    void publishRefusals()
    {
        const QByteArray before = state();
        const QString workingMessage = u"Only a released experiment version can be published or unpublished."_s;
        verifyRefused(m_ws->publishExperiment(u"e-support"_s), ErrorKind::Refused, workingMessage, before);
        verifyRefused(m_ws->unpublishExperiment(u"e-support"_s), ErrorKind::Refused, workingMessage, before);
        // e-old-v1's own flag is unset, but its working record is archived.
        verifyRefused(m_ws->unpublishExperiment(u"e-old-v1"_s), ErrorKind::Refused, ExperimentArchived, before);
        verifyRefused(m_ws->publishExperiment(u"e-nope"_s), ErrorKind::NotFound,
                      UnknownExperiment, before);
    }

    void archiveExperiment()
    {
        QVERIFY(m_ws->archiveExperiment(u"e-support-v1"_s));   // a version alone
        QVERIFY(experiment(u"e-support-v1"_s).archived);
        QVERIFY(experiment(u"e-support-v1"_s).published);   // left as it was
        QVERIFY(!experiment(u"e-support"_s).archived);
        const QByteArray before = state();
        verifyRefused(m_ws->archiveExperiment(u"e-support-v1"_s), ErrorKind::Refused, ExperimentArchived, before);
        verifyRefused(m_ws->publishExperiment(u"e-support-v1"_s), ErrorKind::Refused, ExperimentArchived, before);

        QVERIFY(m_ws->archiveExperiment(u"e-sales"_s));   // a working record
        QVERIFY(experiment(u"e-sales"_s).archived);
        QCOMPARE(m_experimentsChanged->size(), 2);
        const QByteArray after = state();
        verifyRefused(m_ws->renameExperiment(u"e-sales"_s, u"X"_s), ErrorKind::Refused, ExperimentArchived, after);
        verifyRefused(m_ws->archiveExperiment(u"e-old-v1"_s), ErrorKind::Refused, ExperimentArchived, after);
        verifyRefused(m_ws->archiveExperiment(u"e-nope"_s), ErrorKind::NotFound,
                      UnknownExperiment, after);
    }

    // --- pipelines --------------------------------------------------------------------------------------------

    void createAndRenamePipeline()
    {
        const auto created = m_ws->createPipeline(u"Escalation"_s);
        QVERIFY(created);
        QVERIFY(created->id.startsWith(u"p-"_s));
        QCOMPARE(pipeline(created->id).name, u"Escalation"_s);
        QVERIFY(pipeline(created->id).nodes.isEmpty());
        QVERIFY(!pipeline(created->id).isVersion());
        QVERIFY(m_ws->renamePipeline(created->id, u"Escalation flow"_s));
        QCOMPARE(pipeline(created->id).name, u"Escalation flow"_s);
        QCOMPARE(m_pipelinesChanged->size(), 2);

        const QByteArray before = state();
        verifyRefused(m_ws->renamePipeline(u"p-triage-v1"_s, u"X"_s), ErrorKind::Refused, PipelineVersionReadOnly,
                      before);
        verifyRefused(m_ws->renamePipeline(u"p-legacy"_s, u"X"_s), ErrorKind::Refused, PipelineArchived, before);
        verifyRefused(m_ws->renamePipeline(u"p-triage"_s, QString()), ErrorKind::Validation,
                      u"Name: must not be empty"_s, before);
        verifyRefused(m_ws->renamePipeline(u"p-nope"_s, u"X"_s), ErrorKind::NotFound,
                      UnknownPipeline, before);
        QCOMPARE(m_pipelinesChanged->size(), 2);
    }

    void addPipelineNode()
    {
        const auto added = m_ws->addPipelineNode(u"p-triage"_s, u"assistant"_s, u"Bill"_s, u"b"_s);
        QVERIFY(added);
        QCOMPARE(added->id, u"n3"_s);
        const auto second = m_ws->addPipelineNode(u"p-triage"_s, u"assistant"_s, QString());
        QVERIFY(second);
        QCOMPARE(second->id, u"n4"_s);
        QCOMPARE(ids(pipeline(u"p-triage"_s).nodes),
                 u"n1:assistant:Answer:a n2:llm:: n3:assistant:Bill:b n4:assistant::"_s);
        QVERIFY(m_ws->addPipelineNode(u"p-draft"_s, u"llm"_s, u"Summarise"_s));
        QCOMPARE(ids(pipeline(u"p-draft"_s).nodes), u"n1:llm:Summarise:"_s);
        QCOMPARE(m_pipelinesChanged->size(), 3);
    }

    void addPipelineNodeRefusals_data()
    {
        refusalColumns({"pipelineId", "type", "label", "assistantId"});
        QTest::newRow("no type") << u"p-triage"_s << QString() << QString() << QString() << int(ErrorKind::Validation)
                                 << u"Node: type must not be empty"_s;
        QTest::newRow("assistant on another type")
            << u"p-triage"_s << u"llm"_s << QString() << u"b"_s << int(ErrorKind::Validation)
            << u"Node: only nodes of type \"assistant\" may name an assistant"_s;
        QTest::newRow("label too long") << u"p-triage"_s << u"assistant"_s << QString(257, u'l') << QString()
                                        << int(ErrorKind::Validation) << u"Label: at most 256 characters (now 257)"_s;
        QTest::newRow("archived assistant") << u"p-triage"_s << u"assistant"_s << QString() << u"z-v1"_s
                                            << int(ErrorKind::Validation) << u"Assistant: “Old v1” is archived"_s;
        QTest::newRow("unknown assistant") << u"p-triage"_s << u"assistant"_s << QString() << u"nope"_s
                                           << int(ErrorKind::Validation)
                                           << u"Assistant: no assistant “nope” in this workspace"_s;
        QTest::newRow("version") << u"p-triage-v1"_s << u"assistant"_s << QString() << QString()
                                 << int(ErrorKind::Refused) << PipelineVersionReadOnly;
        QTest::newRow("archived") << u"p-legacy"_s << u"assistant"_s << QString() << QString()
                                  << int(ErrorKind::Refused) << PipelineArchived;
        QTest::newRow("unknown pipeline") << u"p-nope"_s << u"assistant"_s << QString() << QString()
                                          << int(ErrorKind::NotFound)
                                          << UnknownPipeline;
    }

    void addPipelineNodeRefusals()
    {
        QFETCH(QString, pipelineId);
        QFETCH(QString, type);
        QFETCH(QString, label);
        QFETCH(QString, assistantId);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const QByteArray before = state();
        const auto added = m_ws->addPipelineNode(pipelineId, type, label, assistantId);
        QVERIFY(!added);
        QCOMPARE(int(added.error().kind), kind);
        QCOMPARE(added.error().message, message);
        QCOMPARE(state(), before);
        QCOMPARE(m_pipelinesChanged->size(), 0);
    }

    void removePipelineNodes()
    {
        QVERIFY(m_ws->removePipelineNode(u"p-triage"_s, u"n1"_s));
        QCOMPARE(ids(pipeline(u"p-triage"_s).nodes), u"n2:llm::"_s);
        QCOMPARE(m_pipelinesChanged->size(), 1);
        // The next node id does not reuse a live one, and removed positions leave no trouble.
        const auto added = m_ws->addPipelineNode(u"p-triage"_s, u"assistant"_s, u"Again"_s, u"a"_s);
        QVERIFY(added);
        QCOMPARE(added->id, u"n3"_s);
        QCOMPARE(ids(pipeline(u"p-triage"_s).nodes), u"n2:llm:: n3:assistant:Again:a"_s);

        // All or none: one unknown id leaves every node in place.
        const QByteArray before = state();
        verifyRefused(m_ws->removePipelineNodes(u"p-triage"_s, {u"n2"_s, u"n9"_s}), ErrorKind::NotFound,
                      u"Node: no node “n9” in this pipeline"_s, before);
        verifyRefused(m_ws->removePipelineNode(u"p-triage-v1"_s, u"n1"_s), ErrorKind::Refused, PipelineVersionReadOnly,
                      before);
        QVERIFY(m_ws->removePipelineNodes(u"p-triage"_s, {u"n2"_s, u"n3"_s}));
        QVERIFY(pipeline(u"p-triage"_s).nodes.isEmpty());
    }

    void setNodeAssistant()
    {
        QVERIFY(m_ws->setNodeAssistant(u"p-triage"_s, u"n1"_s, u"a-v1"_s));
        QCOMPARE(ids(pipeline(u"p-triage"_s).nodes), u"n1:assistant:Answer:a-v1 n2:llm::"_s);
        QVERIFY(m_ws->setNodeAssistant(u"p-triage"_s, u"n1"_s, QString()));
        QCOMPARE(ids(pipeline(u"p-triage"_s).nodes), u"n1:assistant:Answer: n2:llm::"_s);
        QCOMPARE(m_pipelinesChanged->size(), 2);

        const QByteArray before = state();
        verifyRefused(m_ws->setNodeAssistant(u"p-triage"_s, u"n2"_s, u"a"_s), ErrorKind::Validation,
                      u"Node: only nodes of type \"assistant\" may name an assistant"_s, before);
        verifyRefused(m_ws->setNodeAssistant(u"p-triage"_s, u"n1"_s, u"z"_s), ErrorKind::Validation,
                      u"Assistant: “Old (working)” is archived"_s, before);
        verifyRefused(m_ws->setNodeAssistant(u"p-triage"_s, u"n9"_s, u"a"_s), ErrorKind::NotFound,
                      u"Node: no node “n9” in this pipeline"_s, before);
        verifyRefused(m_ws->setNodeAssistant(u"p-triage-v1"_s, u"n1"_s, u"a"_s), ErrorKind::Refused,
                      PipelineVersionReadOnly, before);
        QCOMPARE(m_pipelinesChanged->size(), 2);
    }

    void archivePipelineRefusedWhileUsed()
    {
        const QByteArray before = state();
        // The working pipeline: any record of the family counts (Support bot v2 uses its v1).
        const Status working = m_ws->archivePipeline(u"p-triage"_s);
        verifyRefused(working, ErrorKind::Blocked,
                      u"“Triage flow” is still used by Sales bot · unreleased, Support bot · v2. Change their pipeline "
                      u"or archive them first."_s,
                      before);
        QCOMPARE(working.error().details, (QStringList{u"Sales bot · unreleased"_s, u"Support bot · v2"_s}));
        // A version: only what uses that version.
        verifyRefused(m_ws->archivePipeline(u"p-triage-v1"_s), ErrorKind::Blocked,
                      u"“Triage flow · v1” is still used by Support bot · v2. Change their pipeline or archive them "
                      u"first."_s,
                      before);
        QCOMPARE(m_pipelinesChanged->size(), 0);

        // Clearing the users lifts the refusal: a pipeline change (working), archiving (released version).
        QVERIFY(m_ws->setExperimentPipeline(u"e-sales"_s, QString()));
        const QByteArray stillUsed = state();
        verifyRefused(m_ws->archivePipeline(u"p-triage"_s), ErrorKind::Blocked,
                      u"“Triage flow” is still used by Support bot · v2. Change their pipeline or archive them first."_s,
                      stillUsed);
        QVERIFY(m_ws->archiveExperiment(u"e-support-v2"_s));
        QVERIFY(m_ws->archivePipeline(u"p-triage"_s));
        QCOMPARE(m_pipelinesChanged->size(), 1);
        QVERIFY(pipeline(u"p-triage"_s).archived);
        QVERIFY(!pipeline(u"p-triage-v1"_s).archived);   // own flag unset; it counts as archived through its family
        const QByteArray after = state();
        verifyRefused(m_ws->archivePipeline(u"p-triage-v1"_s), ErrorKind::Refused, PipelineArchived, after);
        const auto added = m_ws->addPipelineNode(u"p-triage"_s, u"llm"_s, QString());
        QVERIFY(!added);
        verifyRefused(added.error(), ErrorKind::Refused, PipelineArchived, after);
    }

    void archivePipelineVersionAlone()
    {
        QVERIFY(m_ws->archiveExperiment(u"e-support-v2"_s));
        QVERIFY(m_ws->archivePipeline(u"p-triage-v1"_s));   // Sales bot uses the working record, not v1
        QVERIFY(pipeline(u"p-triage-v1"_s).archived);
        QVERIFY(!pipeline(u"p-triage"_s).archived);
        QVERIFY(m_ws->archivePipeline(u"p-draft"_s));   // used by nothing
        QVERIFY(pipeline(u"p-draft"_s).archived);
    }

    // --- transactionality -------------------------------------------------------------------------------------

    void storageFailureLeavesNothingApplied_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("changesBeforeFailure");
        QTest::newRow("publish: after clearing the other versions") << u"publish"_s << 1;
        QTest::newRow("remove nodes: after the first node") << u"remove"_s << 1;
        QTest::newRow("create experiment: after registering the id") << u"create"_s << 1;
        QTest::newRow("add node") << u"add"_s << 0;
    }

    void storageFailureLeavesNothingApplied()
    {
        QFETCH(QString, action);
        QFETCH(int, changesBeforeFailure);
        const QByteArray before = state();
        const QSet<QString> idsBefore = m_ws->localIds();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"storage error.*injected failure"_s));
        StorageAccess::database(*m_ws).failAfterChanges(changesBeforeFailure);
        ErrorKind kind = ErrorKind::Validation;
        if (action == u"publish"_s) {
            const Status s = m_ws->publishExperiment(u"e-support-v2"_s);
            kind = s ? ErrorKind::Validation : s.error().kind;
        } else if (action == u"remove"_s) {
            const Status s = m_ws->removePipelineNodes(u"p-triage"_s, {u"n1"_s, u"n2"_s});
            kind = s ? ErrorKind::Validation : s.error().kind;
        } else if (action == u"create"_s) {
            const auto s = m_ws->createExperiment(u"Never"_s);
            kind = s ? ErrorKind::Validation : s.error().kind;
        } else {
            const auto s = m_ws->addPipelineNode(u"p-triage"_s, u"assistant"_s, u"X"_s, u"b"_s);
            kind = s ? ErrorKind::Validation : s.error().kind;
        }
        QCOMPARE(int(kind), int(ErrorKind::Storage));
        QCOMPARE(state(), before);
        QCOMPARE(m_ws->localIds(), idsBefore);
        QCOMPARE(m_experimentsChanged->size(), 0);
        QCOMPARE(m_pipelinesChanged->size(), 0);
        QVERIFY(experiment(u"e-support-v1"_s).published);
    }
};

QTEST_GUILESS_MAIN(tst_ExperimentEdits)
#include "tst_experimentedits.moc"
