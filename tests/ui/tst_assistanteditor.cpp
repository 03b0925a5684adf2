// The assistant editor on its own: inline JSON validation of function tools, field problems next to the fields,
// files per tool (greyed while the tool is off, "Add files…" through the Dialogs seam), the character count.
#include "assistanteditor.h"
#include "differencestab.h"
#include "demo/demoworkspace.h"
#include "dialogs.h"
#include "guitest.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTreeWidget>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_AssistantEditor : public QObject, protected GuiTest::WindowFixture, protected GuiTest::WorkspaceFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void invalidFunctionJsonBlocksSaving();
    void prettyPrintFormatsParameters();
    void duplicateFunctionNamesShownNextToField();
    void filesOfDisabledToolAreGreyed();
    void addFilesAttachesThroughWorkspace();
    void characterCountFollowsInstructions();
    void openingDoesNotMarkModified();
    void applyTakesChosenRowsFromTheSnapshot();

private:
    template<typename T>
    T *child(const QString &name, const std::source_location &where = std::source_location::current()) const
    {
        return GuiTest::child<T>(m_editor.get(), name, where);
    }

    std::unique_ptr<AssistantEditor> m_editor;
};

void tst_AssistantEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AssistantEditor::init()
{
    GuiTest::initTest();
    startWorkspace();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(Demo::populate(*m_ws));
    startDialogs();
    m_editor = std::make_unique<AssistantEditor>(m_dialogs.get());
    m_editor->setWorkspace(m_ws.get());
    m_editor->resize(900, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    QVERIFY(m_editor->loadAssistant(u"demo-helpdesk"_s));
}

void tst_AssistantEditor::cleanup()
{
    m_editor.reset();
    stopWindow();
    stopWorkspace();
}

void tst_AssistantEditor::invalidFunctionJsonBlocksSaving()
{
    child<QTabWidget>(u"editorTabWidget"_s)->setCurrentIndex(1);   // Tools & files
    auto *functions = child<QListWidget>(u"functionList"_s);
    QCOMPARE(functions->count(), 2);
    functions->setCurrentRow(0);
    auto *params = child<QPlainTextEdit>(u"functionParametersEdit"_s);
    params->selectAll();
    QTest::keyClicks(params, u"{\"type\": \"object\", "_s);   // unfinished

    auto *error = child<QLabel>(u"functionParametersErrorLabel"_s);
    QVERIFY(error->isVisible());   // shown as you type, before any save
    QVERIFY2(error->text().contains(u"Parameters: invalid JSON"_s), qPrintable(error->text()));
    QVERIFY(m_editor->isModified());

    QSignalSpy saved(m_editor.get(), &AssistantEditor::saved);
    QVERIFY(!m_editor->save());
    QCOMPARE(saved.size(), 0);
    const auto stored = m_ws->assistant(u"demo-helpdesk"_s);
    QCOMPARE(stored->functions.first().parameters.value(u"type"_s).toString(), u"object"_s);

    // Fixing the JSON clears the message and saving works.
    QTest::keyClicks(params, u"\"properties\": {}}"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(m_editor->save());
    QCOMPARE(saved.size(), 1);
    QVERIFY(m_ws->assistant(u"demo-helpdesk"_s)->functions.first().parameters.value(u"required"_s).isUndefined());
}

void tst_AssistantEditor::prettyPrintFormatsParameters()
{
    auto *params = child<QPlainTextEdit>(u"functionParametersEdit"_s);
    params->setPlainText(u"{\"type\":\"object\",\"properties\":{}}"_s);
    QTest::mouseClick(child<QPushButton>(u"prettyPrintButton"_s), Qt::LeftButton);
    QVERIFY(params->toPlainText().contains(u"\n    \"properties\""_s));
    QVERIFY(!child<QLabel>(u"functionParametersErrorLabel"_s)->isVisible());
}

void tst_AssistantEditor::duplicateFunctionNamesShownNextToField()
{
    auto *functions = child<QListWidget>(u"functionList"_s);
    functions->setCurrentRow(1);
    auto *name = child<QLineEdit>(u"functionNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"lookup_order"_s);   // the name of function 1
    QVERIFY(!m_editor->save());
    auto *error = child<QLabel>(u"functionNameErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(!error->text().isEmpty(), "no message next to the function name");
}

void tst_AssistantEditor::filesOfDisabledToolAreGreyed()
{
    auto *codeInterpreter = child<QCheckBox>(u"codeInterpreterCheckBox"_s);
    auto *table = child<QTableWidget>(u"codeInterpreterFilesTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"prices.csv"_s);
    auto *note = child<QLabel>(u"codeInterpreterDisabledNoteLabel"_s);
    QVERIFY(note->isHidden());

    codeInterpreter->setChecked(false);
    QCOMPARE(note->text(), u"Not sent while this tool is off"_s);
    QVERIFY(!note->isHidden());
    QCOMPARE(table->item(0, 0)->toolTip(), u"Not sent while this tool is off"_s);
    QVERIFY(m_editor->save());
    const auto stored = m_ws->assistant(u"demo-helpdesk"_s);
    QVERIFY(!stored->codeInterpreter);
    QCOMPARE(stored->codeInterpreterFiles, QStringList{u"demo-f-prices"_s});   // the file stays in the record
}

void tst_AssistantEditor::addFilesAttachesThroughWorkspace()
{
    const QString path = m_dir->filePath(u"notes.txt"_s);
    TestSupport::writeAll(path, "some notes\n");
    m_dialogs->setNextFileNames({path});
    QTest::mouseClick(child<QPushButton>(u"addFileSearchFilesButton"_s), Qt::LeftButton);

    auto *table = child<QTableWidget>(u"fileSearchFilesTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 0)->text(), u"notes.txt"_s);
    QVERIFY(m_editor->isModified());
    QVERIFY(m_editor->save());
    const auto stored = m_ws->assistant(u"demo-helpdesk"_s);
    QCOMPARE(stored->fileSearchFiles.size(), 3);
    const auto file = m_ws->file(stored->fileSearchFiles.last());
    QCOMPARE(file->name, u"notes.txt"_s);
    QCOMPARE(file->size, 11);

    table->selectRow(2);
    QTest::mouseClick(child<QPushButton>(u"removeFileSearchFilesButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
}

void tst_AssistantEditor::characterCountFollowsInstructions()
{
    auto *instructions = child<QPlainTextEdit>(u"instructionsEdit"_s);
    instructions->clear();
    QTest::keyClicks(instructions, u"abcde"_s);
    QCOMPARE(child<QLabel>(u"instructionsCountLabel"_s)->text(), u"5 / 256,000 characters"_s);
}

void tst_AssistantEditor::openingDoesNotMarkModified()
{
    for (const QString &id : {u"demo-helpdesk"_s, u"demo-sales"_s, u"demo-clinic"_s, u"demo-onboarding"_s}) {
        QVERIFY(m_editor->loadAssistant(id));
        QVERIFY2(!m_editor->isModified(), qPrintable(id));
        QVERIFY2(m_editor->problems().isEmpty(), qPrintable(id));
    }
}


void tst_AssistantEditor::applyTakesChosenRowsFromTheSnapshot()
{
    // Linked, and OpenAI (as last fetched) has another name and temperature and no tools at all.
    const QString id = u"demo-helpdesk"_s;
    QVERIFY(m_ws->linkAssistant(id, u"asst_demo"_s));
    const Assistant local = m_ws->assistant(id).value();
    RemoteSnapshot snap;
    snap.assistant = QJsonObject{{u"id"_s, u"asst_demo"_s}, {u"object"_s, u"assistant"_s}, {u"created_at"_s, 1700000000},
                                 {u"name"_s, u"Helpdesk (edited in OpenAI)"_s}, {u"model"_s, local.model},
                                 {u"instructions"_s, local.instructions}, {u"description"_s, QJsonValue()},
                                 {u"temperature"_s, 0.25}, {u"top_p"_s, local.topP}, {u"tools"_s, QJsonArray()},
                                 {u"metadata"_s, QJsonObject{{u"assistant_desk_id"_s, id}}}};
    snap.fetchedAt = u"2026-11-25T10:42:00Z"_s;
    QVERIFY(m_ws->storeCheckResult(id, snap));
    QVERIFY(m_editor->loadAssistant(id));
    DifferencesTab *tab = m_editor->differencesTab();
    QVERIFY(tab->differenceCount() > 2);
    auto *apply = child<QPushButton>(u"differencesApplyButton"_s);
    QVERIFY(apply->isVisible() || !tab->isVisible());
    QVERIFY(!apply->isEnabled());   // every row starts at "Keep workspace"

    // The user picks "Take OpenAI" in the name row's combo box.
    auto *tree = child<QTreeWidget>(u"differencesTree"_s);
    QComboBox *nameChoice = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"name"_s)
            nameChoice = qobject_cast<QComboBox *>(tree->itemWidget(tree->topLevelItem(i), DifferencesTab::ResolveColumn));
    QVERIFY(nameChoice);
    nameChoice->setCurrentIndex(1);
    QCOMPARE(tab->takenFields(), QStringList{u"name"_s});
    QVERIFY(apply->isEnabled());
    QSignalSpy applied(m_editor.get(), &AssistantEditor::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    const int remaining = applied.first().at(1).toInt();
    QVERIFY(remaining > 0);
    Assistant after = m_ws->assistant(id).value();
    QCOMPARE(after.name, u"Helpdesk (edited in OpenAI)"_s);
    QCOMPARE(after.temperature, local.temperature);   // kept
    QVERIFY(after.notPushed);
    QCOMPARE(m_editor->formValue().name, after.name);   // the form shows the stored record again
    QCOMPARE(tab->differenceCount(), remaining);

    // Everything else taken too: no difference left, no longer Not pushed.
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY(tab->setTaken(tree->topLevelItem(i)->data(0, Qt::UserRole).toString(), true));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(applied.size(), 2);
    QCOMPARE(applied.last().at(1).toInt(), 0);
    after = m_ws->assistant(id).value();
    QVERIFY(!after.notPushed);
    QCOMPARE(after.temperature, 0.25);
    QVERIFY(!after.codeInterpreter && !after.fileSearch && after.functions.isEmpty());
    QCOMPARE(m_ws->syncState(id).current.status, SyncStatus::InSync);
    QVERIFY(!m_ws->files().isEmpty());   // detached, never deleted
}

QTEST_MAIN(tst_AssistantEditor)
#include "tst_assistanteditor.moc"
