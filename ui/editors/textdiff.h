#pragma once

#include <QList>
#include <QStringList>

namespace Berth::Gui {

/// A line diff (longest common subsequence), for comparing task definition revisions.
class TextDiff
{
public:
    enum class Op { Same, Removed, Added };
    struct Line
    {
        Op op = Op::Same;
        QString text;
        bool operator==(const Line &) const = default;
    };

    static QList<Line> lines(const QStringList &before, const QStringList &after);
    /// The diff as text with "+ ", "- " and "  " prefixes.
    static QString unified(const QList<Line> &diff);
};

} // namespace Berth::Gui
