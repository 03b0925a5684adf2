#include "fielderrorlabel.h"

#include "appearance.h"

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    Appearance::setTextColor(this, Appearance::statusColor(Appearance::Tone::Negative, palette()));
    hide();
}

void FieldErrorLabel::setProblems(const QStringList &problems)
{
    m_problems = problems;
    QStringList lines;
    for (const QString &p : problems)
        lines << QStringLiteral("⚠ ") + p;
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!problems.isEmpty());
}
