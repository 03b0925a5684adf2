#include "fielderrorlabel.h"

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
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
