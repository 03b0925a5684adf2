#include "fielderrorlabel.h"

#include "appearance.h"

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, Appearance::statusColor(Appearance::Tone::Negative, pal));
    setPalette(pal);
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
