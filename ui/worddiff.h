// A word diff of two texts, for Compare (domain.md §12): which words of each side the other side lacks, as character
// ranges to highlight. Words are runs of non-space characters; a longest common subsequence of the words decides what
// is shared. Pure and fast enough for answers of a few thousand words (longer texts compare their first 2,000 words
// and mark the rest as different).
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace WordDiff {

using Ranges = QList<std::pair<qsizetype, qsizetype>>;   // [start, end) character offsets

struct Result {
    Ranges onlyLeft;    // in the left text
    Ranges onlyRight;   // in the right text
    int leftWords = 0;  // how many words each side has only
    int rightWords = 0;
    bool same() const { return leftWords == 0 && rightWords == 0; }
};

Result compare(const QString &left, const QString &right);

} // namespace WordDiff
