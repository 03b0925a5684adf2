// GUI tests of trying an assistant (domain.md §12) against the fake server, through the real MainWindow: the Try tab
// by both ways (a streamed answer with a citation named from the workspace, tokens), a function-call round trip with
// a result picked from a saved check, Stop, a cut stream kept as "incomplete" and Retry, a way shown disabled with its
// reason, "Save as check…" with inline validation, the Checks tab passing and failing, Run all checks, and Compare with
// two different answers.
#include "assistanteditor.h"
#include "assistantlistmodel.h"
#include "checkdialog.h"
#include "checkstab.h"
#include "comparedialog.h"
#include "conversationpane.h"
#include "guitest.h"
#include "interchange/interchange.h"
#include "mainwindow.h"
#include "openai/connection.h"
#include "runallchecksdialog.h"
#include "serverwindowfixture.h"
#include "storage/workspace.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "testwait.h"
#include "trycontroller.h"
#include "trytab.h"
#include "waypicker.h"
#include "worddiff.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using TestWait::run;

Q_DECLARE_METATYPE(ConversationWay)

class tst_TryUi : public QObject, protected ServerWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void streamedAnswerWithCitation_data() { ways(); }
    void streamedAnswerWithCitation();
    void functionCallRoundTrip_data() { ways(); }
    void functionCallRoundTrip();
    void stopCancelsAtOnce_data() { ways(); }
    void stopCancelsAtOnce();
    void cutStreamIsIncompleteWithRetry_data() { ways(); }
    void cutStreamIsIncompleteWithRetry();
    void unavailableWayIsDisabledWithItsReason();
    void assistantsWayDisabledWhenTheServerLacksIt();
    void newConversationClearsIt();
    void saveAsCheckValidatesAndSaves();
    void checksPassAndFail();
    void runAllChecksShowsEveryAssistant();
    void compareHighlightsDifferentAnswers();
    void wordDiffMarksWhatEachSideLacks();

private:
    void ways();
    /// A workspace bound to the fake server (key in the keychain): "Helpdesk", linked to the server's assistant
    /// (lookup_order, code interpreter, file search over the server's faq.txt, "Shipping FAQ.txt" in the workspace),
    /// with the checks "Echoes" (passes) and "Apologises" (fails), and the never-pushed "Draft bot". Opens the window
    /// on it with Helpdesk's Try tab shown. Without `assistantsApi` the server answers 404 on the Assistants API.
    void openPrepared(bool assistantsApi = true);
    void select(const QString &name);
    ConversationPane *tryPane() const { return child<ConversationPane>(u"tryPane"_s); }
    QString viewText(const ConversationPane *pane) const
    {
        return GuiTest::child<QTextBrowser>(pane, u"conversationView"_s)->toPlainText();
    }
    void type(const QString &text);
    void chooseWay(ConversationWay way);
    /// With ADESK_TEST_SHOTS=<folder> set, saves `widget` as <folder>/<name>.png (screenshots for review; the test
    /// asserts nothing about them).
    void shot(QWidget *widget, const QString &name);

    QString m_helpdeskId;
};

void tst_TryUi::initTestCase()
{
    GuiTest::initApplication(u"tst_tryui"_s);
}

void tst_TryUi::init()
{
    startServerAndDialogs({.timeout = std::chrono::milliseconds(5000), .connected = false});
}

void tst_TryUi::cleanup()
{
    // Requests still settling (a stopped stream's end, a conversation closed in the background) finish before the
    // client and its network manager go.
    if (m_client)
        QTRY_COMPARE_WITH_TIMEOUT(m_client->activeRequests() + m_client->waitingRequests(), 0, 10000);
    stopServerAndWindow();
}

void tst_TryUi::ways()
{
    QTest::addColumn<ConversationWay>("way");
    QTest::newRow("assistants") << ConversationWay::Assistants;
    QTest::newRow("responses") << ConversationWay::Responses;
}

void tst_TryUi::openPrepared(bool assistantsApi)
{
    const QString path = m_dir->filePath(u"try.adesk"_s);
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QVERIFY(OpenAi::Connection::make(m_server->baseUrl()).value().save(*ws.value()));
        QVERIFY(storeServerKey());
        connectClient();
        Assistant draft = TestSupport::helpdeskDraft();
        draft.functions = {TestSupport::lookupOrder()};
        const RemoteHelpdesk remote = createRemoteHelpdesk(draft);
        QVERIFY(!remote.assistantId.isEmpty());
        // The workspace names the FAQ differently than the server does ("faq.txt"): citations show the workspace's
        // name. The checks come with the interchange file: "Echoes" passes, "Apologises" fails.
        const QString json = uR"({"format": "assistant-desk-workspace", "format_version": 1,
          "files": [{"id": "f-faq", "name": "Shipping FAQ.txt", "size": 19, "remote_file_id": "%1"},
                    {"id": "f-prices", "name": "prices.csv", "size": 10, "remote_file_id": "%2"}],
          "assistants": [
            {"id": "a-help", "name": "Helpdesk", "model": "gpt-4o", "instructions": "Answer order questions.",
             "builtin_tools": ["code_interpreter", "file_search"],
             "functions": [{"name": "lookup_order", "description": "Find an order by number",
               "parameters": {"type": "object", "properties": {"number": {"type": "string"}}, "required": ["number"]}}],
             "files": {"code_interpreter": ["f-prices"], "file_search": ["f-faq"]},
             "vector_store_id": "%3", "remote_id": "%4",
             "checks": [
               {"id": "c-echo", "name": "Echoes", "messages": ["Hello there"],
                "function_results": {"lookup_order": "shipped yesterday"},
                "expect": [{"contains": "Echo: Hello there"}]},
               {"id": "c-sorry", "name": "Apologises", "messages": ["Where is my parcel?"],
                "expect": [{"contains": "sorry"}]}]},
            {"id": "a-draft", "name": "Draft bot", "model": "gpt-4o"}]})"_s
                                 .arg(remote.faqId, remote.pricesId, remote.storeId, remote.assistantId);
        const Status imported = Interchange::importInto(*ws.value(), json.toUtf8());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().details.join(u'\n')));
        m_helpdeskId = u"a-help"_s;
    }
    if (!assistantsApi) {
        // After the sunset: the Assistants endpoints answer 404.
        FakeOpenAiServer::Fault gone;
        gone.path = QRegularExpression(u"^/(assistants|threads)"_s);
        gone.action = FakeOpenAiServer::Fault::Action::Status;
        gone.status = 404;
        gone.count = 1000;
        gone.message = u"Invalid URL (GET /v1/assistants)"_s;
        m_server->addFault(gone);
    }
    openWindow(path);
    m_window->resize(1200, 780);
    QTRY_VERIFY(m_window->syncController()->isOnline());
    select(u"Helpdesk"_s);
    m_window->editor()->showTry();
}

void tst_TryUi::select(const QString &name)
{
    GuiTest::clickRow(child<QTreeView>(u"assistantView"_s), name, AssistantListModel::NameColumn);
    QTRY_COMPARE(m_window->editor()->formValue().name, name);
}

void tst_TryUi::type(const QString &text)
{
    auto *edit = child<QPlainTextEdit>(u"messageEdit"_s);
    edit->setFocus();
    edit->setPlainText(text);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);   // Ctrl+Enter sends
}

void tst_TryUi::shot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ADESK_TEST_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + u".png"_s));
}

void tst_TryUi::chooseWay(ConversationWay way)
{
    auto *picker = child<WayPicker>(u"wayCombo"_s);
    picker->setCurrentIndex(way == ConversationWay::Assistants ? 0 : 1);
    QCOMPARE(picker->way(), way);
    QVERIFY2(picker->canRun(), qPrintable(picker->reasonText()));
}

void tst_TryUi::streamedAnswerWithCitation()
{
    QFETCH(ConversationWay, way);
    openPrepared();
    chooseWay(way);
    m_server->setStreamEventDelay(40);
    type(u"Where can I read the FAQ?"_s);
    ConversationPane *pane = tryPane();
    // The answer shows while it is still arriving, then completes.
    QTRY_VERIFY(pane->state() == ConversationState::Streaming && viewText(pane).contains(u"Echo:"_s));
    QVERIFY(child<QPushButton>(u"stopButton"_s)->isEnabled());
    QTRY_COMPARE(pane->state(), ConversationState::Done);
    const QString text = viewText(pane);
    QVERIFY2(text.contains(u"Where can I read the FAQ?"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Echo: Where can I read the FAQ?"_s), qPrintable(text));
    // The citation names the file as the workspace does, not as the server ("faq.txt").
    QVERIFY2(text.contains(u"Sources:"_s) && text.contains(u"[1] Shipping FAQ.txt — “Q: where?”"_s), qPrintable(text));
    const Turn turn = pane->turns().last();
    QVERIFY(turn.usage.input > 0 && turn.usage.output > 0);
    QVERIFY2(text.contains(u"%1 tokens in · %2 out"_s.arg(turn.usage.input).arg(turn.usage.output)), qPrintable(text));
    QVERIFY(!text.contains(u"▍"_s));
    QVERIFY(!child<QPushButton>(u"stopButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"conversationStateLabel"_s)->text().startsWith(u"This conversation: "_s));
    shot(m_window.get(), u"try-citation-"_s + QLatin1String(QTest::currentDataTag()));
}

void tst_TryUi::functionCallRoundTrip()
{
    QFETCH(ConversationWay, way);
    openPrepared();
    chooseWay(way);
    type(u"call lookup_order {\"number\": \"42\"}"_s);
    ConversationPane *pane = tryPane();
    QTRY_COMPARE(pane->state(), ConversationState::WaitingForFunctionResult);
    auto *panel = child<QWidget>(u"functionCallPanel"_s);
    QVERIFY(panel->isVisible());
    QCOMPARE(child<QLabel>(u"functionNameLabel"_s)->text(), u"<b>lookup_order</b>"_s);
    QCOMPARE(child<QLabel>(u"conversationStateLabel"_s)->text(),
             u"lookup_order was called: give its result below and submit it to go on."_s);
    QVERIFY2(viewText(pane).contains(u"(waiting for its result)"_s), qPrintable(viewText(pane)));
    QCOMPARE(child<QPlainTextEdit>(u"functionArgumentsView"_s)->toPlainText(), u"{\n    \"number\": \"42\"\n}"_s);
    // The result saved in the check "Echoes" can be picked.
    auto *saved = child<QComboBox>(u"savedResultsCombo"_s);
    QVERIFY(saved->isEnabled());
    QCOMPARE(saved->count(), 2);
    QCOMPARE(saved->itemData(1).toString(), u"shipped yesterday"_s);
    shot(m_window.get(), u"try-function-call-"_s + QLatin1String(QTest::currentDataTag()));
    saved->setCurrentIndex(1);
    emit saved->activated(1);
    QCOMPARE(child<QPlainTextEdit>(u"functionResultEdit"_s)->toPlainText(), u"shipped yesterday"_s);
    QTest::mouseClick(child<QPushButton>(u"submitResultButton"_s), Qt::LeftButton);
    QTRY_COMPARE(pane->state(), ConversationState::Done);
    QVERIFY(!panel->isVisible());
    const QString text = viewText(pane);
    QVERIFY2(text.contains(u"Called lookup_order with:"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Returned: shipped yesterday"_s), qPrintable(text));
    QCOMPARE(pane->lastAnswer(), u"Result: shipped yesterday"_s);
}

void tst_TryUi::stopCancelsAtOnce()
{
    QFETCH(ConversationWay, way);
    openPrepared();
    chooseWay(way);
    m_server->setStreamEventDelay(300);
    type(u"Tell me a long story"_s);
    ConversationPane *pane = tryPane();
    QTRY_VERIFY(pane->state() == ConversationState::Streaming && viewText(pane).contains(u"Echo:"_s));
    QTest::mouseClick(child<QPushButton>(u"stopButton"_s), Qt::LeftButton);
    // At once, without waiting for the server.
    QCOMPARE(pane->state(), ConversationState::Stopped);
    QVERIFY(!child<QPushButton>(u"stopButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(u"retryButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(u"sendButton"_s)->isEnabled() == false);   // the message box is empty
    QTRY_VERIFY(viewText(pane).contains(u"■ stopped"_s));
    QTRY_COMPARE(m_server->openStreams(), 0);   // the stream was aborted
    QVERIFY(!viewText(pane).contains(u"Tell me a long story"_s.prepend(u"Echo: "_s)));
    if (way == ConversationWay::Assistants) {
        // The run is cancelled at the server in the background.
        QTRY_VERIFY(!m_server->runs().isEmpty()
                    && m_server->runs().last().value(u"status"_s).toString() == u"cancelled"_s);
    }
}

void tst_TryUi::cutStreamIsIncompleteWithRetry()
{
    QFETCH(ConversationWay, way);
    openPrepared();
    chooseWay(way);
    // Cut after the first two words of the answer (the events before it: run or response, file search, message).
    const bool assistants = way == ConversationWay::Assistants;
    m_server->addStreamFault({.path = QRegularExpression(assistants ? u"/runs$"_s : u"^/responses$"_s),
                              .action = FakeOpenAiServer::StreamFault::Action::Cut,
                              .afterEvents = assistants ? 12 : 11,
                              .count = 1});
    type(u"Please answer with several words"_s);
    ConversationPane *pane = tryPane();
    QTRY_COMPARE(pane->state(), ConversationState::Incomplete);
    const Turn cut = pane->turns().last();
    QVERIFY2(!cut.answer.isEmpty() && !cut.answer.endsWith(u"words"_s), qPrintable(cut.answer));
    QVERIFY(viewText(pane).contains(cut.answer));   // the partial text stays
    QVERIFY(viewText(pane).contains(u"⚠ incomplete"_s));
    QVERIFY(child<QLabel>(u"conversationStateLabel"_s)->text().startsWith(u"Incomplete: "_s));
    auto *retry = child<QPushButton>(u"retryButton"_s);
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(pane->state(), ConversationState::Done);
    QCOMPARE(pane->lastAnswer().left(14), u"Echo: Please a"_s);
    QVERIFY(pane->lastAnswer().contains(u"several words"_s));
    QVERIFY(!viewText(pane).contains(u"incomplete"_s));
    QVERIFY(!retry->isVisible());
    QCOMPARE(pane->turns().size(), 1);
}

void tst_TryUi::unavailableWayIsDisabledWithItsReason()
{
    openPrepared();
    select(u"Draft bot"_s);
    auto *picker = child<WayPicker>(u"wayCombo"_s);
    const auto *items = qobject_cast<QStandardItemModel *>(picker->model());
    QVERIFY(!items->item(0)->isEnabled());   // Assistants: never pushed
    QVERIFY(items->item(1)->isEnabled());
    QCOMPARE(picker->way(), ConversationWay::Responses);
    QVERIFY(picker->reason(ConversationWay::Assistants).startsWith(u"Push the assistant first"_s));
    QVERIFY2(child<QLabel>(u"wayReasonLabel"_s)->text().contains(u"Push the assistant first"_s),
             qPrintable(child<QLabel>(u"wayReasonLabel"_s)->text()));
    QCOMPARE(items->item(0)->toolTip(), picker->reason(ConversationWay::Assistants));
    // The never-pushed working copy runs by the Responses way.
    type(u"Hi"_s);
    QTRY_COMPARE(tryPane()->state(), ConversationState::Done);
    QCOMPARE(tryPane()->lastAnswer(), u"Echo: Hi"_s);

    // Working offline rules out both, with the reason.
    m_window->syncController()->setWorkOffline(true);
    QTRY_VERIFY(!picker->canRun());
    QCOMPARE(picker->reason(ConversationWay::Responses), u"Not available offline."_s);
    QVERIFY(!child<QPushButton>(u"sendButton"_s)->isEnabled());
    m_window->syncController()->setWorkOffline(false);
}

void tst_TryUi::assistantsWayDisabledWhenTheServerLacksIt()
{
    openPrepared(false);
    auto *picker = child<WayPicker>(u"wayCombo"_s);
    const auto *items = qobject_cast<QStandardItemModel *>(picker->model());
    // The capabilities probe found no Assistants API (404): that way is shown disabled with the reason, although
    // Helpdesk is pushed.
    const QString reason = u"This server does not offer the Assistants API."_s;
    QTRY_COMPARE(picker->reason(ConversationWay::Assistants), reason);
    QVERIFY(!items->item(0)->isEnabled());
    QCOMPARE(items->item(0)->toolTip(), reason);
    QVERIFY2(child<QLabel>(u"wayReasonLabel"_s)->text().contains(reason),
             qPrintable(child<QLabel>(u"wayReasonLabel"_s)->text()));
    QVERIFY(items->item(1)->isEnabled());
    QCOMPARE(picker->way(), ConversationWay::Responses);
    // The Responses way works against this server.
    type(u"Hello after the sunset"_s);
    QTRY_COMPARE(tryPane()->state(), ConversationState::Done);
    QCOMPARE(tryPane()->lastAnswer(), u"Echo: Hello after the sunset"_s);
    // The Checks tab and Compare offer the same.
    auto *checksPicker = child<WayPicker>(u"checksWayCombo"_s);
    QCOMPARE(checksPicker->reason(ConversationWay::Assistants), reason);
    QCOMPARE(checksPicker->way(), ConversationWay::Responses);
    GuiTest::triggerAction(m_window.get(), u"compareAction"_s);
    CompareDialog *dialog = m_window->tryController()->compareDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->wayPicker(CompareDialog::Left)->reason(ConversationWay::Assistants), reason);
    QVERIFY2(GuiTest::child<QLabel>(dialog, u"leftTitleLabel"_s)->text().contains(reason),
             qPrintable(GuiTest::child<QLabel>(dialog, u"leftTitleLabel"_s)->text()));
    dialog->close();
}

void tst_TryUi::newConversationClearsIt()
{
    openPrepared();
    chooseWay(ConversationWay::Assistants);
    type(u"First"_s);
    QTRY_COMPARE(tryPane()->state(), ConversationState::Done);
    QVERIFY(!child<WayPicker>(u"wayCombo"_s)->isEnabled());   // the way belongs to the conversation
    QCOMPARE(m_server->threads().size(), 1);
    QTest::mouseClick(child<QPushButton>(u"newConversationButton"_s), Qt::LeftButton);
    QVERIFY(!tryPane()->hasConversation());
    QVERIFY(viewText(tryPane()).isEmpty());
    QVERIFY(child<WayPicker>(u"wayCombo"_s)->isEnabled());
    QTRY_VERIFY(m_server->threads().isEmpty());   // the old thread is deleted in the background

    // Leaving the assistant closes its conversation too.
    type(u"Second"_s);
    QTRY_COMPARE(tryPane()->state(), ConversationState::Done);
    QCOMPARE(m_server->threads().size(), 1);
    select(u"Draft bot"_s);
    QVERIFY(!tryPane()->hasConversation());
    QTRY_VERIFY(m_server->threads().isEmpty());
}

void tst_TryUi::saveAsCheckValidatesAndSaves()
{
    openPrepared();
    chooseWay(ConversationWay::Responses);
    type(u"call lookup_order {\"number\": \"7\"}"_s);
    QTRY_COMPARE(tryPane()->state(), ConversationState::WaitingForFunctionResult);
    child<QPlainTextEdit>(u"functionResultEdit"_s)->setPlainText(u"{\"status\": \"lost\"}"_s);
    QTest::keyClick(child<QPlainTextEdit>(u"functionResultEdit"_s), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(tryPane()->state(), ConversationState::Done);

    QTest::mouseClick(child<QPushButton>(u"saveAsCheckButton"_s), Qt::LeftButton);
    auto *dialog = m_window->findChild<CheckDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = GuiTest::child<QLineEdit>(dialog, u"checkNameEdit"_s);
    QCOMPARE(name->text(), u"call lookup_order {\"number\": \"7\"}"_s);
    QCOMPARE(GuiTest::child<QListWidget>(dialog, u"checkMessagesList"_s)->item(0)->text(),
             u"call lookup_order {\"number\": \"7\"}"_s);
    auto *results = GuiTest::child<QTableWidget>(dialog, u"functionResultsTable"_s);
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->item(0, 0)->text(), u"lookup_order"_s);
    QCOMPARE(results->item(0, 1)->text(), u"{\"status\": \"lost\"}"_s);
    auto *expectations = GuiTest::child<QListWidget>(dialog, u"expectationsList"_s);
    QCOMPARE(expectations->count(), 1);
    QCOMPARE(expectations->item(0)->text(), u"calls lookup_order"_s);

    // A schema is checked as it is typed; Save waits until it is right.
    auto *save = GuiTest::child<QPushButton>(dialog, u"saveCheckButton"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(GuiTest::child<QPushButton>(dialog, u"addExpectationButton"_s), Qt::LeftButton);
    auto *kind = GuiTest::child<QComboBox>(dialog, u"expectationKindCombo"_s);
    auto *value = GuiTest::child<QPlainTextEdit>(dialog, u"expectationValueEdit"_s);
    auto *problem = GuiTest::child<QLabel>(dialog, u"expectationProblemLabel"_s);
    kind->setCurrentIndex(3);   // is JSON valid for the schema
    value->setPlainText(u"{\"type\": \"objekt\"}"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"\"objekt\" is not a type"_s), qPrintable(problem->text()));
    QVERIFY(!save->isEnabled());
    value->setPlainText(u"{\"type\": \"object\""_s);
    QVERIFY2(problem->text().startsWith(u"Not JSON:"_s), qPrintable(problem->text()));
    QVERIFY(!save->isEnabled());
    // Back to plain text: "contains".
    kind->setCurrentIndex(0);
    value->setPlainText(u"Result: "_s);
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());
    name->setText(u"Lost order"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<CheckDialog *>());

    const QList<Check> checks = m_window->workspace()->checks(m_helpdeskId);
    QCOMPARE(checks.size(), 3);
    const Check &c = checks.last();
    QCOMPARE(c.name, u"Lost order"_s);
    QCOMPARE(c.messages, QStringList{u"call lookup_order {\"number\": \"7\"}"_s});
    QCOMPARE(c.functionResults.value(u"lookup_order"_s), u"{\"status\": \"lost\"}"_s);
    QCOMPARE(c.expect.size(), 2);
    QCOMPARE(c.expect.at(1).kind, CheckExpectation::Kind::Contains);
    QCOMPARE(c.expect.at(1).text, u"Result: "_s);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Lost order"_s));
    // It is listed in the Checks tab, selected.
    auto *tree = child<QTreeWidget>(u"checksTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->currentItem()->text(ChecksTab::NameColumn), u"Lost order"_s);
}

void tst_TryUi::checksPassAndFail()
{
    openPrepared();
    m_window->editor()->showChecks();
    ChecksTab *tab = m_window->editor()->checksTab();
    auto *tree = child<QTreeWidget>(u"checksTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(ChecksTab::ResultColumn), u"Not run"_s);
    QCOMPARE(tab->title(), u"Checks (2)"_s);
    QTest::mouseClick(child<QPushButton>(u"runAllChecksButton"_s), Qt::LeftButton);
    QVERIFY(tab->isRunning());
    QTRY_VERIFY(!tab->isRunning());
    QCOMPARE(child<QLabel>(u"checksProgressLabel"_s)->text(), u"Passed 1 · failed 1"_s);
    QCOMPARE(tree->topLevelItem(0)->text(ChecksTab::ResultColumn), u"✓ Passed"_s);
    QCOMPARE(tree->topLevelItem(1)->text(ChecksTab::ResultColumn), u"✕ Failed"_s);
    QCOMPARE(tree->topLevelItem(1)->toolTip(ChecksTab::ResultColumn), u"The answer does not contain “sorry”."_s);
    auto *tabs = m_window->editor()->findChild<QTabWidget *>(u"editorTabWidget"_s);
    QCOMPARE(tabs->tabText(tabs->indexOf(tab)), u"Checks (2 · 1 failed)"_s);
    tree->setCurrentItem(tree->topLevelItem(1));
    const QString details = child<QTextBrowser>(u"checkDetailsView"_s)->toPlainText();
    QVERIFY2(details.contains(u"✕ contains “sorry” — The answer does not contain “sorry”."_s), qPrintable(details));
    QVERIFY2(details.contains(u"Echo: Where is my parcel?"_s), qPrintable(details));
    shot(m_window.get(), u"checks-one-failure"_s);
    // Stored as the checks' last results by this way; nothing left at the server.
    const QList<CheckOutcome> stored = m_window->workspace()->checkOutcomes(m_helpdeskId);
    QCOMPARE(stored.size(), 2);
    QVERIFY(stored.at(0).passed && !stored.at(1).passed);
    QTRY_VERIFY(m_server->responses().isEmpty());

    // Run the passing one alone by the Assistants way: its own result, the other shows "Not run" for that way.
    child<WayPicker>(u"checksWayCombo"_s)->setWay(ConversationWay::Assistants);
    QCOMPARE(tree->topLevelItem(0)->text(ChecksTab::ResultColumn), u"Not run"_s);
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(u"runCheckButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!tab->isRunning());
    QCOMPARE(tree->topLevelItem(0)->text(ChecksTab::ResultColumn), u"✓ Passed"_s);
    QCOMPARE(tree->topLevelItem(1)->text(ChecksTab::ResultColumn), u"Not run"_s);
    QTRY_VERIFY(m_server->threads().isEmpty());

    // Delete asks first.
    m_dialogs->setNextAnswer(Dialogs::Yes);
    tree->setCurrentItem(tree->topLevelItem(1));
    QTest::mouseClick(child<QPushButton>(u"deleteCheckButton"_s), Qt::LeftButton);
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(m_dialogs->history().last().text, u"Delete the check “Apologises”?"_s);
}

void tst_TryUi::runAllChecksShowsEveryAssistant()
{
    openPrepared();
    Check greets;
    greets.name = u"Greets"_s;
    greets.messages = {u"Hi"_s};
    greets.expect = {CheckExpectation{CheckExpectation::Kind::Contains, u"Echo: Hi"_s, {}}};
    QString botId;
    for (const AssistantSummary &s : m_window->workspace()->assistantSummaries())
        if (s.name == u"Draft bot"_s)
            botId = s.id;
    QVERIFY(m_window->workspace()->saveCheck(botId, greets));

    GuiTest::triggerAction(m_window.get(), u"runAllChecksAction"_s);
    auto *dialog = m_window->tryController()->runAllDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isRunning());
    QTRY_VERIFY(!dialog->isRunning());
    QCOMPARE(dialog->passed(), 2);
    QCOMPARE(dialog->failed(), 1);
    QCOMPARE(GuiTest::child<QLabel>(dialog, u"runAllSummaryLabel"_s)->text(), u"Passed 2 · failed 1"_s);
    QTreeWidget *tree = dialog->tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *a = tree->topLevelItem(i);
        for (int j = 0; j < a->childCount(); ++j)
            rows << u"%1/%2: %3"_s.arg(a->text(0), a->child(j)->text(0), a->child(j)->text(1));
    }
    rows.sort();
    QCOMPARE(rows, (QStringList{u"Draft bot/Greets: ✓ Passed"_s, u"Helpdesk/Apologises: ✕ Failed"_s,
                                u"Helpdesk/Echoes: ✓ Passed"_s}));
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), u"Run all checks: Passed 2 · failed 1"_s);
    // The first failure is selected, its details shown.
    QVERIFY(GuiTest::child<QTextBrowser>(dialog, u"runAllDetailsView"_s)->toPlainText().contains(u"sorry"_s));
    shot(dialog, u"run-all-checks"_s);
}

void tst_TryUi::compareHighlightsDifferentAnswers()
{
    openPrepared();
    GuiTest::triggerAction(m_window.get(), u"compareAction"_s);
    CompareDialog *dialog = m_window->tryController()->compareDialog();
    QVERIFY(dialog);
    // Helpdesk has lookup_order, the draft bot has no function: the same message gets two different answers.
    QVERIFY(dialog->choose(CompareDialog::Left, u"Helpdesk · working copy"_s, ConversationWay::Assistants));
    QVERIFY(dialog->choose(CompareDialog::Right, u"Draft bot"_s, ConversationWay::Responses));
    QVERIFY2(!GuiTest::child<QLabel>(dialog, u"leftTitleLabel"_s)->text().contains(u"—"_s),
             qPrintable(GuiTest::child<QLabel>(dialog, u"leftTitleLabel"_s)->text()));
    auto *edit = GuiTest::child<QPlainTextEdit>(dialog, u"compareMessageEdit"_s);
    edit->setPlainText(u"call lookup_order {\"number\": \"42\"}"_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    ConversationPane *left = dialog->pane(CompareDialog::Left);
    ConversationPane *right = dialog->pane(CompareDialog::Right);
    QTRY_COMPARE(left->state(), ConversationState::WaitingForFunctionResult);
    QTRY_COMPARE(right->state(), ConversationState::Done);
    QCOMPARE(dialog->differenceText(), u"Waiting for both answers…"_s);
    GuiTest::child<QPlainTextEdit>(left, u"functionResultEdit"_s)->setPlainText(u"shipped yesterday"_s);
    QTest::mouseClick(GuiTest::child<QPushButton>(left, u"submitResultButton"_s), Qt::LeftButton);
    QTRY_COMPARE(left->state(), ConversationState::Done);
    QCOMPARE(left->lastAnswer(), u"Result: shipped yesterday"_s);
    QCOMPARE(right->lastAnswer(), u"Echo: call lookup_order {\"number\": \"42\"}"_s);
    QTRY_VERIFY(dialog->differenceText().startsWith(u"≠ The final answers differ: 3 word(s) only on the left"_s));
    QVERIFY2(dialog->differenceText().contains(u"5 word(s) only on the right"_s), qPrintable(dialog->differenceText()));
    // The words each side lacks are marked in its answer (no translator in tests: "word(s)", not "words").
    const QString leftHtml = GuiTest::child<QTextBrowser>(left, u"conversationView"_s)->toHtml();
    QVERIFY(leftHtml.contains(u"background-color"_s));
    const QString rightHtml = GuiTest::child<QTextBrowser>(right, u"conversationView"_s)->toHtml();
    QVERIFY(rightHtml.contains(u"background-color"_s));
    shot(dialog, u"compare-different-answers"_s);

    // The migration check: one assistant by both ways; the same echo on both sides.
    QTest::mouseClick(GuiTest::child<QPushButton>(dialog, u"migrationCheckButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->wayPicker(CompareDialog::Left)->way(), ConversationWay::Assistants);
    QCOMPARE(dialog->wayPicker(CompareDialog::Right)->way(), ConversationWay::Responses);
    QVERIFY(!left->hasConversation() && !right->hasConversation());
    dialog->send(u"Hello"_s);
    QTRY_VERIFY(left->state() == ConversationState::Done && right->state() == ConversationState::Done);
    QTRY_VERIFY(!dialog->differenceText().startsWith(u"Waiting"_s));
}

void tst_TryUi::wordDiffMarksWhatEachSideLacks()
{
    const WordDiff::Result same = WordDiff::compare(u"Echo: hi there"_s, u"Echo:  hi there"_s);
    QVERIFY(same.same());
    const WordDiff::Result d = WordDiff::compare(u"Your order ships today."_s, u"Your order ships tomorrow, sorry."_s);
    QCOMPARE(d.leftWords, 1);
    QCOMPARE(d.rightWords, 2);
    QCOMPARE(d.onlyLeft, (WordDiff::Ranges{{17, 23}}));
    QCOMPARE(d.onlyRight, (WordDiff::Ranges{{17, 33}}));   // neighbours join into one range
}

QTEST_MAIN(tst_TryUi)
#include "tst_tryui.moc"
