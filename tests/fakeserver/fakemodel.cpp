// The fake server's deterministic "model" (fakeserver.h) and the helpers its streamed answers share.
#include "fakeserver.h"

#include "fakeserverinternal.h"

#include <QRegularExpression>

namespace FakeModel {

int words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return int(text.split(space, Qt::SkipEmptyParts).size());
}

Plan plan(const QString &userText, const QStringList &functions, bool codeInterpreter)
{
    static const QRegularExpression call(QStringLiteral("^call\\s+([A-Za-z0-9_-]+)(?:\\s+(.*))?$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    Plan p;
    const QRegularExpressionMatch m = call.match(userText.trimmed());
    if (m.hasMatch() && functions.contains(m.captured(1))) {
        p.functionName = m.captured(1);
        p.arguments = m.captured(2).trimmed();
        if (p.arguments.isEmpty())
            p.arguments = QStringLiteral("{}");
        return p;
    }
    p.runCode = codeInterpreter && userText.contains(QLatin1String("run code"), Qt::CaseInsensitive);
    p.answer = QStringLiteral("Echo: ") + userText;
    return p;
}

QString resultAnswer(const QStringList &outputs)
{
    return QStringLiteral("Result: ") + outputs.join(QStringLiteral("; "));
}

QString code(const QString &userText)
{
    QString quoted = userText;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("print(\"%1\")").arg(quoted);
}

QString codeLog(const QString &userText)
{
    return userText + QLatin1Char('\n');
}

QStringList deltas(const QString &answer)
{
    static const QRegularExpression word(QStringLiteral("\\s*\\S+"));
    QStringList out;
    qsizetype end = 0;
    for (auto it = word.globalMatch(answer); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out << m.captured();
        end = m.capturedEnd();
    }
    if (end < answer.size()) {
        if (out.isEmpty())
            out << answer.mid(end);
        else
            out.last() += answer.mid(end);
    }
    return out;
}

QString quote(const QByteArray &content)
{
    const qsizetype newline = content.indexOf('\n');
    return QString::fromUtf8(newline < 0 ? content : content.left(newline)).trimmed().left(80);
}

QString citationMarker(const QString &filename)
{
    return QStringLiteral("【4:0†%1】").arg(filename);
}

} // namespace FakeModel
