#include "dialogs.h"

#include "core/logging.h"

#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<Dialogs::Answer, QMessageBox::StandardButton>, 6> ButtonMap{{
    {Dialogs::Save, QMessageBox::Save},
    {Dialogs::Discard, QMessageBox::Discard},
    {Dialogs::Cancel, QMessageBox::Cancel},
    {Dialogs::Yes, QMessageBox::Yes},
    {Dialogs::No, QMessageBox::No},
    {Dialogs::Ok, QMessageBox::Ok},
}};

QMessageBox::StandardButton toButton(Dialogs::Answer answer)
{
    for (const auto &[a, b] : ButtonMap)
        if (a == answer)
            return b;
    return QMessageBox::NoButton;
}

Dialogs::Answer fromButton(int button)
{
    for (const auto &[a, b] : ButtonMap)
        if (b == button)
            return a;
    return Dialogs::Cancel;
}
} // namespace

Dialogs::Dialogs(QObject *parent) : QObject(parent) {}

Dialogs::Answer Dialogs::ask(QWidget *parent, const QString &title, const QString &text, Answers buttons,
                             Answer defaultAnswer)
{
    m_history.append({QStringLiteral("ask"), title, text, {}});
    if (Answer answer = Cancel; takeAnswer(&answer, "question", text))
        return answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QMessageBox::StandardButtons standard;
    for (const auto &[a, b] : ButtonMap)
        if (buttons.testFlag(a))
            standard |= b;
    box.setStandardButtons(standard);
    box.setDefaultButton(toButton(defaultAnswer));
    return fromButton(box.exec());
}

Dialogs::Answer Dialogs::askUnsavedChanges(QWidget *parent, const QString &what)
{
    return ask(parent, tr("Unsaved changes"),
               tr("“%1” has unsaved changes. Save them before continuing?").arg(what),
               Answers(Save) | Discard | Cancel, Save);
}

Dialogs::Answer Dialogs::confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                            const QStringList &paragraphs, const QString &actionText)
{
    m_history.append({QStringLiteral("confirm"), title, text, paragraphs});
    if (Answer answer = Cancel; takeAnswer(&answer, "confirmation", title))
        return answer;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(paragraphs.join(QStringLiteral("\n\n")));
    QPushButton *action = box.addButton(actionText, QMessageBox::AcceptRole);
    action->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete"), box.style()->standardIcon(QStyle::SP_TrashIcon)));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == action ? Yes : Cancel;
}

void Dialogs::inform(QWidget *parent, const QString &title, const QString &text, const QStringList &details)
{
    m_history.append({QStringLiteral("inform"), title, text, details});
    if (!m_answers.isEmpty() && m_answers.head() == Ok) {
        m_answers.dequeue();
        return;
    }
    if (m_testMode)
        return;   // messages need no answer; tests read history()
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
}

bool Dialogs::takeAnswer(Answer *answer, const char *what, const QString &quoted)
{
    if (!m_answers.isEmpty()) {
        *answer = m_answers.dequeue();
        return true;
    }
    if (m_testMode) {
        qCWarning(lcUi, "Dialogs: unexpected %s \"%s\"; answering Cancel", what, qPrintable(quoted));
        *answer = Cancel;
        return true;
    }
    return false;
}

bool Dialogs::takeFileNames(QStringList *names)
{
    if (!m_fileNames.isEmpty()) {
        *names = m_fileNames.dequeue();
        return true;
    }
    if (m_testMode) {
        qCWarning(lcUi, "Dialogs: unexpected file dialog; answering Cancel");
        names->clear();
        return true;
    }
    return false;
}

QString Dialogs::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    m_history.append({QStringLiteral("openFile"), title, {}, {}});
    QStringList names;
    if (takeFileNames(&names))
        return names.value(0);
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList Dialogs::openFiles(QWidget *parent, const QString &title, const QString &filter)
{
    m_history.append({QStringLiteral("openFiles"), title, {}, {}});
    QStringList names;
    if (takeFileNames(&names))
        return names;
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString Dialogs::saveFile(QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
{
    m_history.append({QStringLiteral("saveFile"), title, {}, {}});
    QStringList names;
    if (takeFileNames(&names))
        return names.value(0);
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}
