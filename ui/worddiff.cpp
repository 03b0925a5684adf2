#include "worddiff.h"

#include <QRegularExpression>

#include <vector>

namespace WordDiff {
namespace {
constexpr qsizetype MaxWords = 2000;

struct Word {
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Word> words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QList<Word> out;
    for (const QRegularExpressionMatch &m : word.globalMatch(text))
        out << Word{m.captured(), m.capturedStart(), m.capturedEnd()};
    return out;
}

/// Adds [start, end) to `ranges`, joining it to the previous range when only spaces lie between them.
void add(Ranges &ranges, const QString &text, const Word &w)
{
    if (!ranges.isEmpty() && text.mid(ranges.last().second, w.start - ranges.last().second).trimmed().isEmpty()) {
        ranges.last().second = w.end;
        return;
    }
    ranges.append({w.start, w.end});
}
} // namespace

Result compare(const QString &left, const QString &right)
{
    const QList<Word> a = words(left);
    const QList<Word> b = words(right);
    const qsizetype n = std::min(a.size(), MaxWords);
    const qsizetype m = std::min(b.size(), MaxWords);
    // lcs[i][j]: the longest common subsequence of a[i..n) and b[j..m).
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = a.at(i).text == b.at(j).text ? lcs[at(i + 1, j + 1)] + 1
                                                         : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    Result r;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i).text == b.at(j).text) {
            ++i;
            ++j;
        } else if (j >= m || (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
            add(r.onlyLeft, left, a.at(i++));
            ++r.leftWords;
        } else {
            add(r.onlyRight, right, b.at(j++));
            ++r.rightWords;
        }
    }
    for (qsizetype k = n; k < a.size(); ++k, ++r.leftWords)
        add(r.onlyLeft, left, a.at(k));
    for (qsizetype k = m; k < b.size(); ++k, ++r.rightWords)
        add(r.onlyRight, right, b.at(k));
    return r;
}

} // namespace WordDiff
