// Editing experiments and pipelines through the real main window (offscreen): every edit is driven through the
// widgets and checked in the workspace; the blocker dialog's "Open" highlights what blocks; the assistant's Versions
// tab lists its versions and the experiments using each.
#include "archivecontroller.h"
#include "assistanteditor.h"
#include "blockerdialog.h"
#include "dialogs.h"
#include "guitest.h"
#include "experimentlistmodel.h"
#include "experimentview.h"
#include "interchange/interchange.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "pipelinelistmodel.h"
#include "pipelineview.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "versionstab.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
// "Helpdesk" a (v1, v2), "Billing" b. "Support bot": unreleased → a; v1 [published] → a-v1; v2 → a-v2 and pipeline
// "Triage flow" v1. "Sales bot": unreleased → working "Triage flow" (n1 Answer → a, n2 llm); its v1: n1 → a-v1.
const QByteArray Fixture = R"({
  "format": "assistant-desk-workspace", "format_version": 1, "files": [],
  "assistants": [
    {"id": "a", "name": "Helpdesk", "model": "gpt-4o", "remote_id": "asst_A", "next_version_number": 3, "versions": [
      {"id": "a-v1", "version_number": 1, "name": "Helpdesk v1", "model": "gpt-4o", "remote_id": "asst_AV1"},
      {"id": "a-v2", "version_number": 2, "name": "Helpdesk v2", "model": "gpt-4o"}]},
    {"id": "b", "name": "Billing", "model": "gpt-4o"}
  ],
  "experiments": [
    {"id": "e-support", "name": "Support bot", "assistant": "a", "next_version_number": 3, "versions": [
      {"id": "e-support-v1", "version_number": 1, "published": true, "assistant": "a-v1"},
      {"id": "e-support-v2", "version_number": 2, "assistant": "a-v2", "pipeline": "p-triage-v1"}]},
    {"id": "e-sales", "name": "Sales bot", "pipeline": "p-triage"}
  ],
  "pipelines": [
    {"id": "p-triage", "name": "Triage flow", "next_version_number": 2, "nodes": [
      {"id": "n1", "type": "assistant", "label": "Answer", "assistant": "a"}, {"id": "n2", "type": "llm"}],
     "versions": [{"id": "p-triage-v1", "version_number": 1, "nodes": [
      {"id": "n1", "type": "assistant", "label": "Answer", "assistant": "a-v1"}]}]},
    {"id": "p-draft", "name": "Draft flow", "nodes": []}
  ]
})";
} // namespace

class tst_ExperimentUi : public QObject, protected GuiTest::LocalWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void experimentViewEditsTheWorkingRecord();
    void experimentNameIsValidatedInline();
    void releasedVersionOffersPublishAndArchive();
    void pipelineViewEditsNodes();
    void archivePipelineRefusalNamesTheExperiments();
    void newExperimentAndPipelineFromTheNavigator();
    void blockerOpenHighlightsWhatBlocks();
    void versionsTabListsVersionsAndTheirUsers();

private:
    Workspace &ws() const { return *m_window->workspace(); }
    Experiment experiment(const QString &id) const { return ws().experiment(id).value(); }
    Pipeline pipeline(const QString &id) const { return ws().pipeline(id).value(); }
    void clickRecord(const QString &viewName, int idRole, const QString &id);
    void openExperiment(const QString &id) { clickRecord(u"experimentListView"_s, ExperimentListModel::IdRole, id); }
    void openPipeline(const QString &id) { clickRecord(u"pipelineListView"_s, PipelineListModel::IdRole, id); }
    void click(const QString &buttonName);
    void choose(const QString &comboName, const QString &text);
    void selectNodeRow(int row);
    QString nodeSummary(const QString &pipelineId) const;
};

void tst_ExperimentUi::initTestCase()
{
    GuiTest::initApplication(u"tst_experimentui"_s);
}

void tst_ExperimentUi::init()
{
    startLocalWindowTest();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(TestSupport::importedWorkspace(*m_dir, Fixture));   // closed again at once
    openWindow(m_dir->filePath(u"ws.adesk"_s));
}

void tst_ExperimentUi::cleanup()
{
    stopLocalWindowTest();
}

void tst_ExperimentUi::clickRecord(const QString &viewName, int idRole, const QString &id)
{
    auto *sections = child<QListWidget>(u"sectionList"_s);
    sections->setCurrentRow(viewName == u"experimentListView"_s ? NavigatorPanel::Experiments : NavigatorPanel::Pipelines);
    auto *view = child<QTreeView>(viewName);
    QVERIFY(view);
    QModelIndex found;
    for (int row = 0; row < view->model()->rowCount() && !found.isValid(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(idRole).toString() == id)
            found = index;
    }
    QVERIFY2(found.isValid(), qPrintable(id));
    view->scrollTo(found);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(found).center());
    QCOMPARE(view->currentIndex().data(idRole).toString(), id);
}

void tst_ExperimentUi::click(const QString &buttonName)
{
    auto *button = child<QAbstractButton>(buttonName);
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(buttonName));
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Picks an item the way a user does: open the popup and click the item.
void tst_ExperimentUi::choose(const QString &comboName, const QString &text)
{
    auto *combo = child<QComboBox>(comboName);
    QVERIFY(combo);
    QVERIFY2(combo->isEnabled(), qPrintable(comboName));
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    const QModelIndex item = view->model()->index(index, combo->modelColumn());
    view->scrollTo(item);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(item).center());
    QTRY_VERIFY(!view->isVisible());
}

void tst_ExperimentUi::selectNodeRow(int row)
{
    auto *table = child<QTableWidget>(u"pipelineNodesTable"_s);
    QVERIFY(table);
    const QModelIndex index = table->model()->index(row, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

QString tst_ExperimentUi::nodeSummary(const QString &pipelineId) const
{
    QStringList out;
    for (const PipelineNode &n : pipeline(pipelineId).nodes)
        out << u"%1:%2:%3"_s.arg(n.id, n.label, n.assistantId);
    return out.join(u' ');
}

void tst_ExperimentUi::experimentViewEditsTheWorkingRecord()
{
    openExperiment(u"e-support"_s);
    auto *view = child<ExperimentView>(u"experimentView"_s);
    QVERIFY(view->isVisible());
    QCOMPARE(child<QLabel>(u"experimentVersionLabel"_s)->text(), u"unreleased"_s);
    QCOMPARE(child<QComboBox>(u"experimentAssistantCombo"_s)->currentText(), u"Helpdesk (working)"_s);

    // Rename: typed, saved on Return, shown in the list, the row stays selected.
    auto *name = child<QLineEdit>(u"experimentNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Support assistant"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(experiment(u"e-support"_s).name, u"Support assistant"_s);
    auto *list = child<QTreeView>(u"experimentListView"_s);
    QCOMPARE(list->currentIndex().data(ExperimentListModel::IdRole).toString(), u"e-support"_s);
    QCOMPARE(list->currentIndex().siblingAtColumn(ExperimentListModel::NameColumn).data().toString(),
             u"Support assistant"_s);

    // Choose a version as the direct assistant, then remove it.
    choose(u"experimentAssistantCombo"_s, u"Helpdesk v2"_s);
    QCOMPARE(experiment(u"e-support"_s).assistantId, u"a-v2"_s);
    click(u"removeAssistantButton"_s);
    QVERIFY(experiment(u"e-support"_s).assistantId.isEmpty());
    QCOMPARE(child<QComboBox>(u"experimentAssistantCombo"_s)->currentText(), u"None"_s);
    QVERIFY(!child<QPushButton>(u"removeAssistantButton"_s)->isEnabled());

    // Choose a pipeline, then remove it.
    choose(u"experimentPipelineCombo"_s, u"Draft flow · working"_s);
    QCOMPARE(experiment(u"e-support"_s).pipelineId, u"p-draft"_s);
    choose(u"experimentPipelineCombo"_s, u"Triage flow · v1"_s);
    QCOMPARE(experiment(u"e-support"_s).pipelineId, u"p-triage-v1"_s);
    click(u"removePipelineButton"_s);
    QVERIFY(experiment(u"e-support"_s).pipelineId.isEmpty());

    // Release… only asks for the release flow.
    QSignalSpy release(view, &ExperimentView::releaseRequested);
    QVERIFY(!child<QPushButton>(u"publishButton"_s)->isVisible());
    click(u"releaseButton"_s);
    QCOMPARE(release.size(), 1);
    QCOMPARE(release.first().first().toString(), u"e-support"_s);

    // Archive… asks first; Cancel keeps it, Archive archives it.
    m_dialogs->setNextAnswer(Dialogs::Cancel);
    click(u"archiveExperimentButton"_s);
    QCOMPARE(m_dialogs->history().last().kind, u"confirm"_s);
    QCOMPARE(m_dialogs->history().last().title, u"Archive “Support assistant · unreleased”?"_s);
    QVERIFY(!experiment(u"e-support"_s).archived);
    m_dialogs->setNextAnswer(Dialogs::Yes);
    click(u"archiveExperimentButton"_s);
    QVERIFY(experiment(u"e-support"_s).archived);
    QCOMPARE(child<QLabel>(u"experimentArchivedLabel"_s)->text(), u"Yes"_s);
    QVERIFY(child<QLineEdit>(u"experimentNameEdit"_s)->isReadOnly());
    QVERIFY(!child<QComboBox>(u"experimentAssistantCombo"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"archiveExperimentButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"releaseButton"_s)->isEnabled());
}

void tst_ExperimentUi::experimentNameIsValidatedInline()
{
    openExperiment(u"e-sales"_s);
    auto *name = child<QLineEdit>(u"experimentNameEdit"_s);
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QTest::keyClick(name, Qt::Key_Return);
    auto *error = child<QLabel>(u"experimentNameError"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"⚠ Name: must not be empty"_s);
    QCOMPARE(experiment(u"e-sales"_s).name, u"Sales bot"_s);
    QTest::keyClicks(name, u"Sales assistant"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!error->isVisible());
    QCOMPARE(experiment(u"e-sales"_s).name, u"Sales assistant"_s);
}

void tst_ExperimentUi::releasedVersionOffersPublishAndArchive()
{
    openExperiment(u"e-support-v1"_s);
    QCOMPARE(child<QLabel>(u"experimentVersionLabel"_s)->text(), u"v1 [published]"_s);
    QVERIFY(child<QLabel>(u"experimentReadOnlyLabel"_s)->isVisible());
    QVERIFY(child<QLineEdit>(u"experimentNameEdit"_s)->isReadOnly());
    QVERIFY(!child<QComboBox>(u"experimentAssistantCombo"_s)->isEnabled());
    QVERIFY(!child<QComboBox>(u"experimentPipelineCombo"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"releaseButton"_s)->isVisible());
    QVERIFY(!child<QPushButton>(u"publishButton"_s)->isVisible());

    click(u"unpublishButton"_s);
    QVERIFY(!experiment(u"e-support-v1"_s).published);
    QCOMPARE(child<QLabel>(u"experimentVersionLabel"_s)->text(), u"v1"_s);

    // Publishing v2 (from its own page) leaves v1 unpublished; publishing v1 again unpublishes v2.
    openExperiment(u"e-support-v2"_s);
    click(u"publishButton"_s);
    QVERIFY(experiment(u"e-support-v2"_s).published);
    QVERIFY(child<QPushButton>(u"unpublishButton"_s)->isVisible());
    openExperiment(u"e-support-v1"_s);
    click(u"publishButton"_s);
    QVERIFY(experiment(u"e-support-v1"_s).published);
    QVERIFY(!experiment(u"e-support-v2"_s).published);

    m_dialogs->setNextAnswer(Dialogs::Yes);
    click(u"archiveExperimentButton"_s);
    QCOMPARE(m_dialogs->history().last().title, u"Archive “Support bot · v1 [published]”?"_s);
    QVERIFY(experiment(u"e-support-v1"_s).archived);
    QVERIFY(!experiment(u"e-support"_s).archived);
    QVERIFY(!child<QPushButton>(u"unpublishButton"_s)->isEnabled());
}

void tst_ExperimentUi::pipelineViewEditsNodes()
{
    openPipeline(u"p-triage"_s);
    auto *table = child<QTableWidget>(u"pipelineNodesTable"_s);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 3)->text(), u"Helpdesk (working)"_s);
    QVERIFY(!child<QComboBox>(u"nodeAssistantCombo"_s)->isEnabled());   // nothing selected

    // Add an assistant node with a label; it is selected, ready to get its assistant.
    QTest::keyClicks(child<QLineEdit>(u"newNodeLabelEdit"_s), u"Escalate"_s);
    click(u"addNodeButton"_s);
    QCOMPARE(nodeSummary(u"p-triage"_s), u"n1:Answer:a n2:: n3:Escalate:"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(child<PipelineView>(u"pipelineView"_s)->selectedNodeIds(), QStringList{u"n3"_s});
    choose(u"nodeAssistantCombo"_s, u"Billing (working)"_s);
    QCOMPARE(nodeSummary(u"p-triage"_s), u"n1:Answer:a n2:: n3:Escalate:b"_s);
    QCOMPARE(table->item(2, 3)->text(), u"Billing (working)"_s);

    // Point n1 at a version; an llm node cannot get an assistant.
    selectNodeRow(0);
    choose(u"nodeAssistantCombo"_s, u"Helpdesk v1"_s);
    QCOMPARE(nodeSummary(u"p-triage"_s), u"n1:Answer:a-v1 n2:: n3:Escalate:b"_s);
    selectNodeRow(1);
    QVERIFY(!child<QComboBox>(u"nodeAssistantCombo"_s)->isEnabled());
    QVERIFY(child<QPushButton>(u"removeNodeButton"_s)->isEnabled());

    // Remove the llm node, then rename the pipeline.
    click(u"removeNodeButton"_s);
    QCOMPARE(nodeSummary(u"p-triage"_s), u"n1:Answer:a-v1 n3:Escalate:b"_s);
    QCOMPARE(table->rowCount(), 2);
    auto *name = child<QLineEdit>(u"pipelineNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Triage"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(pipeline(u"p-triage"_s).name, u"Triage"_s);

    // A version is read-only.
    openPipeline(u"p-triage-v1"_s);
    QVERIFY(child<QLabel>(u"pipelineReadOnlyLabel"_s)->isVisible());
    QVERIFY(!child<QPushButton>(u"addNodeButton"_s)->isEnabled());
    selectNodeRow(0);
    QVERIFY(!child<QComboBox>(u"nodeAssistantCombo"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"removeNodeButton"_s)->isEnabled());
}

void tst_ExperimentUi::archivePipelineRefusalNamesTheExperiments()
{
    openPipeline(u"p-triage"_s);
    QCOMPARE(child<QLabel>(u"pipelineUsedByLabel"_s)->text(),
             u"Sales bot · unreleased\nSupport bot · v2 (uses Triage flow · v1)"_s);
    const QByteArray before = Interchange::exportFrom(ws(), false, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    const qsizetype asked = m_dialogs->history().size();
    click(u"archivePipelineButton"_s);
    auto *banner = child<MessageBanner>(u"pipelineBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"“Triage flow” is still used by Sales bot · unreleased, Support bot · v2. Change their "
                             u"pipeline or archive them first."_s);
    QCOMPARE(m_dialogs->history().size(), asked);   // nothing to confirm when it will be refused
    QCOMPARE(Interchange::exportFrom(ws(), false, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)), before);

    // Unused: confirmed, then archived.
    openPipeline(u"p-draft"_s);
    QCOMPARE(child<QLabel>(u"pipelineUsedByLabel"_s)->text(), u"no experiment"_s);
    m_dialogs->setNextAnswer(Dialogs::Yes);
    click(u"archivePipelineButton"_s);
    QCOMPARE(m_dialogs->history().last().title, u"Archive “Draft flow”?"_s);
    QVERIFY(pipeline(u"p-draft"_s).archived);
    QCOMPARE(child<QLabel>(u"pipelineArchivedLabel"_s)->text(), u"Yes"_s);
}

void tst_ExperimentUi::newExperimentAndPipelineFromTheNavigator()
{
    child<QListWidget>(u"sectionList"_s)->setCurrentRow(NavigatorPanel::Experiments);
    QVERIFY(!child<QToolButton>(u"newPipelineButton"_s)->isVisible());
    const qsizetype experimentsBefore = ws().experiments().size();
    click(u"newExperimentButton"_s);
    QCOMPARE(ws().experiments().size(), experimentsBefore + 1);
    auto *view = child<ExperimentView>(u"experimentView"_s);
    QVERIFY(view->isVisible());
    const QString id = view->currentId();
    QCOMPARE(experiment(id).name, u"New experiment"_s);
    QCOMPARE(child<QTreeView>(u"experimentListView"_s)->currentIndex().data(ExperimentListModel::IdRole).toString(), id);
    auto *name = child<QLineEdit>(u"experimentNameEdit"_s);
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, u"Onboarding bot"_s);   // the name was selected: typing replaces it
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(experiment(id).name, u"Onboarding bot"_s);

    child<QListWidget>(u"sectionList"_s)->setCurrentRow(NavigatorPanel::Pipelines);
    QVERIFY(!child<QToolButton>(u"newExperimentButton"_s)->isVisible());
    click(u"newPipelineButton"_s);
    auto *pipelineView = child<PipelineView>(u"pipelineView"_s);
    QVERIFY(pipelineView->isVisible());
    QCOMPARE(pipeline(pipelineView->currentId()).name, u"New pipeline"_s);
    QVERIFY(pipeline(pipelineView->currentId()).nodes.isEmpty());
}

void tst_ExperimentUi::blockerOpenHighlightsWhatBlocks()
{
    auto *assistants = child<QTreeView>(u"assistantView"_s);
    const auto matches = assistants->model()->match(assistants->model()->index(0, 1), Qt::DisplayRole, u"Helpdesk"_s,
                                                    1, Qt::MatchExactly);
    QVERIFY(!matches.isEmpty());
    QTest::mouseClick(assistants->viewport(), Qt::LeftButton, {}, assistants->visualRect(matches.first()).center());
    auto *archive = child<QAction>(u"archiveAction"_s);
    QTRY_VERIFY(archive->isEnabled());
    archive->trigger();
    BlockerDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BlockerDialog *>()) && dialog->isVisible());
    const auto openRow = [dialog](const QString &section, const QString &recordId) {
        for (QWidget *row : dialog->findChildren<QWidget *>(u"blockerRow"_s)) {
            if (row->property("recordId").toString() == recordId && row->parentWidget()
                && row->parentWidget()->objectName() == section) {
                QTest::mouseClick(row->findChild<QPushButton *>(u"openButton"_s), Qt::LeftButton);
                return true;
            }
        }
        return false;
    };

    // Pipelines row: the pipeline view with the node using Helpdesk selected; remove it there.
    QVERIFY(openRow(u"pipelinesGroupBox"_s, u"p-triage"_s));
    auto *pipelineView = child<PipelineView>(u"pipelineView"_s);
    QTRY_VERIFY(pipelineView->isVisible());
    QCOMPARE(pipelineView->currentId(), u"p-triage"_s);
    QCOMPARE(pipelineView->selectedNodeIds(), QStringList{u"n1"_s});
    click(u"removeNodeButton"_s);
    QCOMPARE(nodeSummary(u"p-triage"_s), u"n2::"_s);

    // Experiments row: the experiment view with the direct reference highlighted, until it is removed.
    QVERIFY(openRow(u"experimentsGroupBox"_s, u"e-support"_s));
    auto *experimentView = child<ExperimentView>(u"experimentView"_s);
    QTRY_VERIFY(experimentView->isVisible());
    QCOMPARE(experimentView->currentId(), u"e-support"_s);
    auto *combo = child<QComboBox>(u"experimentAssistantCombo"_s);
    QVERIFY(combo->property("highlighted").toBool());
    QVERIFY(!child<QComboBox>(u"experimentPipelineCombo"_s)->property("highlighted").toBool());
    QVERIFY(child<QLabel>(u"highlightNoteLabel"_s)->isVisible());
    click(u"removeAssistantButton"_s);
    QVERIFY(experiment(u"e-support"_s).assistantId.isEmpty());
    QVERIFY(!combo->property("highlighted").toBool());
    QVERIFY(!child<QLabel>(u"highlightNoteLabel"_s)->isVisible());

    // The published version: Unpublish from its page; then "Check again" finds what is left.
    QVERIFY(openRow(u"experimentsGroupBox"_s, u"e-support-v1"_s));
    QTRY_COMPARE(experimentView->currentId(), u"e-support-v1"_s);
    QVERIFY(combo->property("highlighted").toBool());
    click(u"unpublishButton"_s);
    QVERIFY(!experiment(u"e-support-v1"_s).published);
    QVERIFY(dialog->isVisible());
    // Sales bot used Helpdesk only through the node that is gone now: nothing blocks, the confirmation follows.
    m_dialogs->setNextAnswer(Dialogs::Cancel);
    QVERIFY(dialog->checkAgain());
    QCOMPARE(m_dialogs->history().last().kind, u"confirm"_s);
    QVERIFY(!ws().assistant(u"a"_s)->archived);
}

void tst_ExperimentUi::versionsTabListsVersionsAndTheirUsers()
{
    auto *tabs = child<QTabWidget>(u"editorTabWidget"_s);
    auto *versionsTab = child<VersionsTab>(u"versionsTab"_s);
    auto *assistants = child<QTreeView>(u"assistantView"_s);
    const auto matches = assistants->model()->match(assistants->model()->index(0, 1), Qt::DisplayRole, u"Helpdesk"_s,
                                                    1, Qt::MatchExactly);
    QVERIFY(!matches.isEmpty());
    QTest::mouseClick(assistants->viewport(), Qt::LeftButton, {}, assistants->visualRect(matches.first()).center());
    QCOMPARE(m_window->editor()->currentId(), u"a"_s);
    const int index = tabs->indexOf(versionsTab);
    QVERIFY(tabs->isTabVisible(index));
    QCOMPARE(tabs->tabText(index), u"Versions (2)"_s);
    tabs->setCurrentIndex(index);
    auto *table = child<QTableWidget>(u"versionsTable"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, VersionsTab::VersionColumn)->text(), u"v2"_s);
    QCOMPARE(table->item(0, VersionsTab::NameColumn)->text(), u"Helpdesk v2"_s);
    QCOMPARE(table->item(0, VersionsTab::RemoteIdColumn)->text(), u"—"_s);
    QCOMPARE(table->item(0, VersionsTab::UsedByColumn)->text(), u"Support bot · v2"_s);
    QCOMPARE(table->item(1, VersionsTab::VersionColumn)->text(), u"v1"_s);
    QCOMPARE(table->item(1, VersionsTab::RemoteIdColumn)->text(), u"asst_AV1"_s);
    QVERIFY(table->item(1, VersionsTab::StatusColumn)->text().contains(u"Not checked"_s));
    QCOMPARE(table->item(1, VersionsTab::UsedByColumn)->text(),
             u"Support bot · v1 [published]\nSupport bot · v2 (via Triage flow · v1)"_s);

    // An edit elsewhere shows up at once: unpublish v1 from the experiment page.
    openExperiment(u"e-support-v1"_s);
    click(u"unpublishButton"_s);
    QCOMPARE(table->item(1, VersionsTab::UsedByColumn)->text(),
             u"Support bot · v1\nSupport bot · v2 (via Triage flow · v1)"_s);

    // Activating a row opens that version; a version's page has no Versions tab.
    child<QListWidget>(u"sectionList"_s)->setCurrentRow(NavigatorPanel::Assistants);
    tabs->setCurrentIndex(index);
    QTRY_VERIFY(table->isVisible());
    const QModelIndex v1 = table->model()->index(1, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(v1).center());
    QTest::keyClick(table, Qt::Key_Return);   // activation: Return, or a double click
    QCOMPARE(m_window->editor()->currentId(), u"a-v1"_s);
    QVERIFY(!tabs->isTabVisible(index));
}

QTEST_MAIN(tst_ExperimentUi)
#include "tst_experimentui.moc"
