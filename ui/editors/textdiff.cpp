#include "ui/editors/textdiff.h"

#include <vector>

namespace Berth::Gui {

QList<TextDiff::Line> TextDiff::lines(const QStringList &a, const QStringList &b)
{
    // Common head and tail first: revisions usually differ in a few lines in the middle.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(head + i) == b.at(head + j) ? lcs[i + 1][j + 1] + 1
                                                         : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QList<Line> out;
    for (qsizetype i = 0; i < head; ++i)
        out << Line{Op::Same, a.at(i)};
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
            out << Line{Op::Same, a.at(head + i)};
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out << Line{Op::Removed, a.at(head + i)};
            ++i;
        } else {
            out << Line{Op::Added, b.at(head + j)};
            ++j;
        }
    }
    for (qsizetype k = a.size() - tail; k < a.size(); ++k)
        out << Line{Op::Same, a.at(k)};
    return out;
}

QString TextDiff::unified(const QList<Line> &diff)
{
    QStringList out;
    for (const Line &line : diff) {
        const char *prefix = line.op == Op::Added ? "+ " : line.op == Op::Removed ? "- " : "  ";
        out << QLatin1String(prefix) + line.text;
    }
    return out.join(u'\n');
}

} // namespace Berth::Gui
