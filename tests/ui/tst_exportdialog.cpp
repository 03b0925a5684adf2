// The "Export for Responses API…" dialog (read-only monospace JSON, warnings, Copy, Save…) and the export/bundle
// actions of the real main window.
#include "assistanteditor.h"
#include "dialogs.h"
#include "export/responsesexport.h"
#include "interchange/interchange.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "navigatorpanel.h"
#include "responsesexportdialog.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "toolfilespanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {
Assistant sample()
{
    Assistant a = helpdeskDraft();
    a.id = QStringLiteral("a-1");
    a.fileSearch = true;   // no store yet: warned about, left out
    a.codeInterpreter = true;
    a.codeInterpreterFiles = {QStringLiteral("f-1")};
    a.metadata.insert(QStringLiteral("team"), QStringLiteral("support"));
    return a;
}

QStringList itemTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}
} // namespace

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Dialogs m_dialogs;

    QString exampleWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("example.adesk"));
        if (!QFile::exists(path)) {
            auto ws = Workspace::open(path);
            if (!ws || !Interchange::importInto(*ws.value(), fixture(QStringLiteral("domain-example.json"))))
                return {};
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dialogs.setTestMode(true);
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("^Dialogs:"))); }

    void cleanup()
    {
        QCOMPARE(m_dialogs.pendingAnswers(), 0);
    }

    void showsTheJsonReadOnlyInMonospace()
    {
        const ResponsesExport::Config expected = ResponsesExport::exportAssistant(sample(), {});
        ResponsesExportDialog dialog(sample(), {}, &m_dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Export “Helpdesk” for Responses API"));
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("responsesJsonEdit"));
        QVERIFY(edit);
        QVERIFY(edit->isReadOnly());
        QCOMPARE(edit->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
        QCOMPARE(edit->toPlainText().toUtf8(), expected.json);
        QCOMPARE(dialog.json(), expected.json);

        auto *warnings = dialog.findChild<QListWidget *>(QStringLiteral("responsesWarningsList"));
        QCOMPARE(itemTexts(warnings), (QStringList{QStringLiteral("File search has no vector store yet; push the assistant first"),
                                                   QStringLiteral("1 code interpreter files are not uploaded")}));
        for (const QString &w : itemTexts(warnings))
            QVERIFY(!edit->toPlainText().contains(w));
        auto *notCarried = dialog.findChild<QListWidget *>(QStringLiteral("notCarriedOverList"));
        const QStringList rows = itemTexts(notCarried);
        QCOMPARE(rows.value(0), QStringLiteral("Name: Helpdesk"));
        QCOMPARE(rows.value(1), QStringLiteral("Metadata: 1 pair(s)"));
        QVERIFY(rows.contains(QStringLiteral("Allow file downloads (local setting): off")));
    }

    void copyPutsTheJsonOnTheClipboard()
    {
        ResponsesExportDialog dialog(sample(), {}, &m_dialogs);
        dialog.show();
        QApplication::clipboard()->setText(QStringLiteral("something else"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text().toUtf8(), ResponsesExport::exportAssistant(sample(), {}).json);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("responsesStatusLabel"))->text(), QStringLiteral("Copied to the clipboard."));
    }

    void saveWritesExactlyTheJson()
    {
        ResponsesExportDialog dialog(sample(), {}, &m_dialogs);
        dialog.show();
        const QString path = m_dir.filePath(QStringLiteral("helpdesk-responses.json"));
        m_dialogs.setNextFileNames({path});
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(readAll(path), ResponsesExport::exportAssistant(sample(), {}).json);
        QCOMPARE(m_dialogs.history().last().kind, QStringLiteral("saveFile"));
    }

    void mainWindowExportsTheSelectedAssistant()
    {
        MainWindow w(&m_dialogs);
        w.show();
        QVERIFY(w.openWorkspace(exampleWorkspace()));
        QTRY_COMPARE(w.editor()->currentId(), QStringLiteral("a-help"));
        auto *action = w.findChild<QAction *>(QStringLiteral("exportResponsesAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        ResponsesExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ResponsesExportDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->json(), fixture(QStringLiteral("responses/domain-example-a-help.json")));
        QCOMPARE(dialog->warnings(), QStringList{QStringLiteral("1 code interpreter files are not uploaded")});
        dialog->close();

        // The form says which files the workspace holds a copy of.
        auto *ci = w.findChild<QTableWidget *>(QStringLiteral("codeInterpreterFilesTable"));
        auto *fs = w.findChild<QTableWidget *>(QStringLiteral("fileSearchFilesTable"));
        QVERIFY(ci && fs);
        QCOMPARE(ci->item(0, ToolFilesPanel::NameColumn)->text(), QStringLiteral("prices.csv"));
        QCOMPARE(ci->item(0, ToolFilesPanel::LocalCopyColumn)->text(), QStringLiteral("✓ Yes"));
        QVERIFY(ci->item(0, ToolFilesPanel::LocalCopyColumn)->toolTip().startsWith(QStringLiteral("The workspace keeps a copy")));
        QCOMPARE(fs->item(0, ToolFilesPanel::NameColumn)->text(), QStringLiteral("faq.pdf"));
        QCOMPARE(fs->item(0, ToolFilesPanel::LocalCopyColumn)->text(), QStringLiteral("Contents not available"));
        QVERIFY(fs->item(0, ToolFilesPanel::LocalCopyColumn)->toolTip().startsWith(QStringLiteral("Only the record is here")));
    }

    void bundleExportAndImportThroughTheMenus()
    {
        const QString zip = m_dir.filePath(QStringLiteral("helpdesk.zip"));
        {
            MainWindow w(&m_dialogs);
            w.show();
            QVERIFY(w.openWorkspace(exampleWorkspace()));
            QTRY_COMPARE(w.editor()->currentId(), QStringLiteral("a-help"));
            m_dialogs.setNextFileNames({zip});
            w.findChild<QAction *>(QStringLiteral("exportBundleAction"))->trigger();
            QVERIFY(readAll(zip).startsWith("PK\x03\x04"));
            // faq.pdf has no local copy in the example: the window says so.
            QCOMPARE(w.banner()->kind(), MessageBanner::Kind::Warning);
            QCOMPARE(w.banner()->details(), QStringList{QStringLiteral("faq.pdf")});
        }
        MainWindow w(&m_dialogs);
        w.show();
        QVERIFY(w.openWorkspace(m_dir.filePath(QStringLiteral("empty.adesk"))));
        auto *import = w.findChild<QAction *>(QStringLiteral("importBundleAction"));
        QVERIFY(import->isEnabled());

        // A damaged bundle: an error banner, nothing imported.
        const QString broken = m_dir.filePath(QStringLiteral("broken.zip"));
        writeAll(broken, readAll(zip).left(64));
        m_dialogs.setNextFileNames({broken});
        import->trigger();
        QCOMPARE(w.banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(w.banner()->text().startsWith(QStringLiteral("Cannot import the bundle “broken.zip”")), qPrintable(w.banner()->text()));
        QVERIFY(w.workspace()->isEmpty());

        m_dialogs.setNextFileNames({zip});
        import->trigger();
        QCOMPARE(w.banner()->kind(), MessageBanner::Kind::Positive);
        QCOMPARE(w.banner()->text(), QStringLiteral("Imported “Helpdesk” from helpdesk.zip."));
        QTRY_COMPARE(w.editor()->currentId(), QStringLiteral("a-help"));
        QCOMPARE(w.navigator()->selectedAssistantId(), QStringLiteral("a-help"));
        QCOMPARE(w.workspace()->versions(QStringLiteral("a-help")).size(), 1);
        QVERIFY(w.workspace()->file(QStringLiteral("f-prices"))->hasLocalCopy());
    }
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
