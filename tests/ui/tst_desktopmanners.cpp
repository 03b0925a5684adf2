// Desktop manners of the main window: every main action has a unique shortcut, Help → Keyboard shortcuts
// lists them from the actions themselves, About states the version and libraries, controls without visible text
// have accessible names, icons come with bundled fallbacks, and status colours follow a dark palette.
#include "aboutdialog.h"
#include "appearance.h"
#include "assistanteditor.h"
#include "badgedelegate.h"
#include "about/buildinfo.h"
#include "demo/demoworkspace.h"
#include "dialogs.h"
#include "guitest.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "shortcutsdialog.h"
#include "storage/workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
/// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The actions of a menu and its submenus, without separators and submenu entries.
void collectActions(QMenu *menu, QList<QAction *> *out)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        if (QMenu *sub = QMenu::menuInAction(a)) {
            if (sub->objectName() != "recentMenu"_L1)   // recent files: generated entries, not actions of the app
                collectActions(sub, out);
            continue;
        }
        out->append(a);
    }
}

QString describe(const QWidget *w)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}
} // namespace

class tst_DesktopManners : public QObject, protected GuiTest::LocalWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainActionsHaveUniqueShortcuts();
    void shortcutsWork();
    void shortcutsDialogListsTheActions();
    void shortcutsDialogFilters();
    void aboutStatesVersionAndLibraries();
    void unlabelledControlsHaveAccessibleNames();
    void themeIconsHaveBundledFallbacks();
    void statusColoursReadOnLightAndDark_data();
    void statusColoursReadOnLightAndDark();
    void darkPaletteReachesBadgesAndBanners();

private:
    QList<QAction *> menuActions() const;
    void openDemo();

    QPalette m_originalPalette;
};

void tst_DesktopManners::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"assistant-desk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_desktopmanners"_s);
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    m_originalPalette = QApplication::palette();
}

void tst_DesktopManners::init()
{
    startLocalWindowTest();
}

void tst_DesktopManners::cleanup()
{
    stopLocalWindowTest();
    QApplication::setPalette(m_originalPalette);
}

void tst_DesktopManners::openDemo()
{
    const QString path = m_dir->filePath(u"demo.adesk"_s);
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QVERIFY(Demo::populate(*ws.value()));
    }
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY(m_window->editor()->hasRecord());
}

QList<QAction *> tst_DesktopManners::menuActions() const
{
    QList<QAction *> actions;
    const QList<QAction *> top = m_window->menuBar()->actions();
    for (QAction *a : top) {
        if (QMenu *menu = QMenu::menuInAction(a))
            collectActions(menu, &actions);
    }
    return actions;
}

void tst_DesktopManners::mainActionsHaveUniqueShortcuts()
{
    openDemo();
    const QList<QAction *> actions = menuActions();
    QVERIFY(actions.size() >= 20);
    QHash<QKeySequence, QString> owner;
    for (QAction *a : actions) {
        const QString name = a->objectName().isEmpty() ? a->text() : a->objectName();
        if (a->objectName() == "aboutAction"_L1)   // About is the one menu entry without a key (like most apps)
            continue;
        QVERIFY2(!a->shortcuts().isEmpty(), qPrintable(u"%1 has no shortcut"_s.arg(name)));
        for (const QKeySequence &key : a->shortcuts()) {
            QVERIFY2(!key.isEmpty(), qPrintable(name));
            QVERIFY2(!owner.contains(key), qPrintable(u"%1 of %2 is also the shortcut of %3"_s.arg(
                                               key.toString(), name, owner.value(key))));
            owner.insert(key, name);
        }
    }
    // No main shortcut takes a key that text fields use, here or on the X11 desktops (emacs-style keys): the form
    // has the focus most of the time and would swallow it.
    QList<QKeySequence> editing{QKeySequence(u"Ctrl+D"_s), QKeySequence(u"Ctrl+E"_s), QKeySequence(u"Ctrl+K"_s),
                                QKeySequence(u"Ctrl+U"_s), QKeySequence(u"Ctrl+Shift+A"_s), QKeySequence(u"Ctrl+Y"_s),
                                QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Del"_s)};
    for (const auto standard : {QKeySequence::Delete, QKeySequence::Cut, QKeySequence::Copy, QKeySequence::Paste,
                                QKeySequence::Undo, QKeySequence::Redo, QKeySequence::SelectAll,
                                QKeySequence::MoveToEndOfLine, QKeySequence::MoveToStartOfLine,
                                QKeySequence::DeleteEndOfLine, QKeySequence::DeleteCompleteLine,
                                QKeySequence::DeleteStartOfWord, QKeySequence::DeleteEndOfWord, QKeySequence::Deselect})
        editing << QKeySequence::keyBindings(standard);
    for (const QKeySequence &key : std::as_const(editing))
        QVERIFY2(!owner.contains(key), qPrintable(u"%1 (%2) is a text-editing key"_s.arg(owner.value(key), key.toString())));

    // The standard keys where the platform has them.
    const auto action = [this](const char *objectName) {
        return m_window->findChild<QAction *>(QLatin1String(objectName));
    };
    QCOMPARE(action("saveAction")->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(action("openWorkspaceAction")->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(action("newAssistantAction")->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(action("findAction")->shortcut(), QKeySequence(QKeySequence::Find));
    QVERIFY(action("shortcutsAction"));
    QVERIFY(action("aboutAction"));
}

void tst_DesktopManners::shortcutsWork()
{
    openDemo();
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    m_window->editor()->setFocus();
    QVERIFY(!search->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    QVERIFY(!m_window->findChild<ShortcutsDialog *>());
    QTest::keyClick(m_window.get(), Qt::Key_Question, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<ShortcutsDialog *>());
}

void tst_DesktopManners::shortcutsDialogListsTheActions()
{
    openDemo();
    auto *dialog = GuiTest::openedBy<ShortcutsDialog>(m_window.get(), u"shortcutsAction"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    // One row per action with a shortcut, with exactly the keys the action has.
    QHash<QString, QString> expected;
    for (QAction *a : menuActions()) {
        if (!a->shortcuts().isEmpty())
            expected.insert(ShortcutsDialog::plainText(a->text()), ShortcutsDialog::keysText(a->shortcuts()));
    }
    const QList<ShortcutsDialog::Row> rows = dialog->rows();
    QCOMPARE(rows.size(), expected.size());
    for (const ShortcutsDialog::Row &row : rows)
        QCOMPARE(row.keys, expected.value(row.action, u"<missing: %1>"_s.arg(row.action)));

    const auto rowOf = [&rows](const QString &action) {
        for (const ShortcutsDialog::Row &row : rows) {
            if (row.action == action)
                return row;
        }
        return ShortcutsDialog::Row{};
    };
    QCOMPARE(rowOf(u"Save"_s).group, u"Assistant"_s);
    QCOMPARE(rowOf(u"Save"_s).keys, QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QCOMPARE(rowOf(u"Push"_s).keys, u"Ctrl+Shift+P"_s);
    QCOMPARE(rowOf(u"Duplicate"_s).keys, u"Ctrl+Shift+D"_s);
    QCOMPARE(rowOf(u"Open workspace"_s).group, u"File"_s);

    // The tree shows the same: a group per menu, then its actions.
    auto *tree = dialog->findChild<QTreeWidget *>(u"shortcutsTree"_s);
    int listed = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        listed += tree->topLevelItem(g)->childCount();
    QCOMPARE(listed, rows.size());
    QCOMPARE(tree->topLevelItem(0)->text(0), u"File"_s);

    // Asking again raises the same dialog instead of opening a second one.
    m_window->showShortcuts();
    QCOMPARE(m_window->findChildren<ShortcutsDialog *>().size(), 1);
}

void tst_DesktopManners::shortcutsDialogFilters()
{
    QMenu menu(u"&Things"_s);
    QAction *push = menu.addAction(u"&Push…"_s);
    push->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *save = menu.addAction(u"&Save"_s);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    QAction *noKey = menu.addAction(u"No key"_s);
    QAction *deep = menu.addAction(u"Deep && inside"_s);
    deep->setShortcut(QKeySequence(Qt::Key_F7));
    ShortcutsDialog dialog({{menu.title(), {push, save, noKey, deep}}});
    QCOMPARE(dialog.rows().size(), 3);
    QCOMPARE(dialog.rows().at(0).action, u"Push"_s);
    QCOMPARE(dialog.rows().at(0).group, u"Things"_s);
    QCOMPARE(dialog.rows().at(2).action, u"Deep & inside"_s);
    QCOMPARE(dialog.rows().at(2).keys, u"F7"_s);

    auto *tree = dialog.findChild<QTreeWidget *>(u"shortcutsTree"_s);
    auto *filter = dialog.findChild<QLineEdit *>(u"shortcutsFilterEdit"_s);
    QTreeWidgetItem *group = tree->topLevelItem(0);
    QCOMPARE(group->childCount(), 3);
    QTest::keyClicks(filter, u"f7"_s);   // by key
    QVERIFY(group->child(0)->isHidden());
    QVERIFY(group->child(1)->isHidden());
    QVERIFY(!group->child(2)->isHidden());
    filter->clear();
    QVERIFY(!group->child(0)->isHidden());
    QTest::keyClicks(filter, u"SAVE"_s);   // by action, any case
    QVERIFY(group->child(0)->isHidden());
    QVERIFY(!group->child(1)->isHidden());
    QVERIFY(group->child(2)->isHidden());
    filter->clear();
    QTest::keyClicks(filter, u"nothing like this"_s);
    QVERIFY(group->isHidden());
}

void tst_DesktopManners::aboutStatesVersionAndLibraries()
{
    openDemo();
    auto *dialog = GuiTest::openedBy<AboutDialog>(m_window.get(), u"aboutAction"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString version = QStringLiteral(ADESK_VERSION);
    QVERIFY(!version.isEmpty());
    QCOMPARE(dialog->findChild<QLabel *>(u"aboutVersionLabel"_s)->text(), u"Version %1"_s.arg(version));
    QVERIFY(dialog->findChild<QLabel *>(u"aboutLicenceLabel"_s)->text().startsWith(u"Licence: "_s));

    const QString details = dialog->details();
    QVERIFY2(details.contains(u"Assistant Desk %1"_s.arg(version)), qPrintable(details));
    QVERIFY2(details.contains(u"Qt %1"_s.arg(QString::fromLatin1(qVersion()))), qPrintable(details));
    QVERIFY2(details.contains(QRegularExpression(u"^SQLite 3\\.\\d+\\.\\d+$"_s, QRegularExpression::MultilineOption)),
             qPrintable(details));
    QVERIFY2(details.contains(QRegularExpression(u"^QtKeychain \\d+\\.\\d+"_s, QRegularExpression::MultilineOption)),
             qPrintable(details));
    QVERIFY2(details.contains(QRegularExpression(u"^QCoro \\d+\\.\\d+"_s, QRegularExpression::MultilineOption)),
             qPrintable(details));
    // Every library is shown in the dialog, not only in the copied text.
    for (const BuildInfo::Component &c : BuildInfo::components()) {
        bool shown = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            shown = shown || label->text().startsWith(c.version);
        QVERIFY2(shown, qPrintable(c.name));
    }
}

void tst_DesktopManners::unlabelledControlsHaveAccessibleNames()
{
    openDemo();
    auto *tabs = m_window->editor()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList missing;
    const auto checkVisible = [this, &missing] {
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || w->window() != m_window.get())
                continue;
            // Parts of composite widgets (a combo's line edit, a spin box's editor, viewports) speak for their owner.
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            const bool needsName = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QProgressBar *>(w)
                || qobject_cast<QPlainTextEdit *>(w)
                || (qobject_cast<QAbstractButton *>(w)
                    && static_cast<QAbstractButton *>(w)->text().remove(QRegularExpression(u"[^\\p{L}]"_s)).isEmpty());
            if (!needsName || w->inherits("QScrollBar") || w->inherits("QHeaderView"))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                missing << describe(w);
        }
    };
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabEnabled(i))
            continue;
        tabs->setCurrentIndex(i);
        checkVisible();
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(u"no accessible name: "_s + missing.join(u", "_s)));
}

void tst_DesktopManners::themeIconsHaveBundledFallbacks()
{
    // The offscreen platform has no icon theme at all, so every icon shown here comes from the bundled fallbacks.
    openDemo();
    QList<QAction *> actions;
    const QList<QToolBar *> toolbars = m_window->findChildren<QToolBar *>();
    for (QToolBar *bar : toolbars)
        actions << bar->actions();
    for (const char *name : {"connectionAction", "workOfflineAction", "importAllAction", "cleanupAction",
                             "shortcutsAction", "aboutAction"})
        actions << m_window->findChild<QAction *>(QLatin1String(name));
    int shown = 0;
    for (QAction *a : std::as_const(actions)) {
        QVERIFY(a);
        if (a->isSeparator())
            continue;
        QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
        QVERIFY2(QFile::exists(u":/icons/fallback/%1.svg"_s.arg(a->icon().name())), qPrintable(a->objectName()));
        ++shown;
    }
    QVERIFY(shown >= 14);

    // Every theme icon the widgets ask for by a literal name has a bundled SVG.
    const QDir ui(QStringLiteral(ADESK_TEST_DATA_DIR "/../../ui"));
    const QRegularExpression fromTheme(uR"re(fromTheme\(\s*(?:QStringLiteral\(|u)"([\w-]+)")re"_s);
    int names = 0;
    for (const QString &file : ui.entryList({u"*.cpp"_s}, QDir::Files)) {
        QFile source(ui.filePath(file));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(source.readAll());
        for (const QRegularExpressionMatch &m : fromTheme.globalMatch(text)) {
            const QString name = m.captured(1);
            ++names;
            if (name == "assistant-desk"_L1)
                QVERIFY(QFile::exists(u":/icons/assistant-desk.svg"_s));
            else
                QVERIFY2(QFile::exists(u":/icons/fallback/%1.svg"_s.arg(name)), qPrintable(u"%1 in %2"_s.arg(name, file)));
        }
    }
    QVERIFY(names >= 10);
    // The bundled SVGs render sharp at any size (needs Qt's SVG icon engine at run time).
    const QIcon save(u":/icons/fallback/document-save.svg"_s);
    const QPixmap big = save.pixmap(QSize(64, 64));
    QCOMPARE(big.size(), QSize(64, 64));
    QVERIFY(!QIcon(u":/icons/assistant-desk.svg"_s).pixmap(QSize(128, 128)).isNull());
}

void tst_DesktopManners::statusColoursReadOnLightAndDark_data()
{
    QTest::addColumn<int>("tone");
    QTest::newRow("positive") << int(Appearance::Tone::Positive);
    QTest::newRow("warning") << int(Appearance::Tone::Warning);
    QTest::newRow("negative") << int(Appearance::Tone::Negative);
    QTest::newRow("neutral") << int(Appearance::Tone::Neutral);
    QTest::newRow("accent") << int(Appearance::Tone::Accent);
}

void tst_DesktopManners::statusColoursReadOnLightAndDark()
{
    QFETCH(int, tone);
    const QPalette dark = Appearance::darkPalette();
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    QVERIFY(Appearance::isDark(dark));
    QVERIFY(!Appearance::isDark(light));
    const QColor onDark = Appearance::statusColor(Appearance::Tone(tone), dark);
    const QColor onLight = Appearance::statusColor(Appearance::Tone(tone), light);
    QVERIFY(onDark != onLight);
    for (const auto role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase}) {
        QVERIFY2(contrast(onDark, dark.color(role)) >= 4.5, qPrintable(u"%1 on dark"_s.arg(onDark.name())));
        QVERIFY2(contrast(onLight, light.color(role)) >= 4.5, qPrintable(u"%1 on light"_s.arg(onLight.name())));
    }
}

void tst_DesktopManners::darkPaletteReachesBadgesAndBanners()
{
    QApplication::setPalette(Appearance::darkPalette());
    openDemo();
    const QPalette palette = m_window->palette();
    QVERIFY(Appearance::isDark(palette));
    // Badges drawn in the list and the editor header take the dark shades.
    QCOMPARE(BadgeDelegate::badgeFor(syncStatusFromWireName(u"in_sync"_s)).color,
             Appearance::statusColor(Appearance::Tone::Positive, Appearance::darkPalette()));
    QCOMPARE(BadgeDelegate::notPushedColor(), Appearance::statusColor(Appearance::Tone::Accent, palette));
    // The banner blends its colour into the dark window: still dark, text still light.
    m_window->banner()->showError(u"Something failed"_s);
    QVERIFY(Appearance::isDark(m_window->banner()->palette()));
    QVERIFY(contrast(m_window->banner()->palette().color(QPalette::WindowText),
                     m_window->banner()->palette().color(QPalette::Window))
            >= 4.5);

    // Back to a light palette while the banner is shown: it blends again.
    QPalette light = QApplication::style()->standardPalette();
    QVERIFY(!Appearance::isDark(light));
    QApplication::setPalette(light);
    QTRY_VERIFY(!Appearance::isDark(m_window->banner()->palette()));
}

QTEST_MAIN(tst_DesktopManners)
#include "tst_desktopmanners.moc"
