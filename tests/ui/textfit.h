#pragma once

// Finds visible text that does not fit where it is drawn: a label, button, tab, dock title or
// header section narrower than its text (cut off or elided).

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QStyle>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

namespace BerthTest {

inline QString describe(const QWidget *w, const QString &text, int needed, int available)
{
    return QStringLiteral("%1 \"%2\" %3: needs %4 px, has %5")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             QString(text).replace(u'\n', u' ').left(60))
        .arg(needed)
        .arg(available);
}

inline QString withoutMnemonic(QString text)
{
    // "&File" shows "File"; Japanese "ファイル(&F)" shows "ファイル(F)"; "&&" is one "&".
    text.replace(QLatin1String("&&"), QString(QChar(0xe000)));
    text.remove(u'&');
    return text.replace(QChar(0xe000), u'&');
}

/// How wide \a w shows: its width, less what an enclosing scroll area or dock hides.
inline int shownWidth(const QWidget *w)
{
    return qMin(w->width(), w->visibleRegion().boundingRect().width());
}

/// Every text under \a root that is cut off, one line each; empty when all fit.
inline QStringList clippedTexts(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->visibleRegion().isEmpty() || w->width() <= 0)
            continue;
        const QFontMetrics fm = w->fontMetrics();
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            if (text.isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap() || Qt::mightBeRichText(text)) {
                // Wrapped or rich text: the label must be tall enough for its lines.
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    out << describe(w, text, needed, label->height()) + QStringLiteral(" (height)");
                if (label->width() > shownWidth(label) + 1 ||
                    label->geometry().right() > label->parentWidget()->contentsRect().right())
                    out << describe(w, text, label->width(), shownWidth(label)) +
                               QStringLiteral(" (width)");
                continue;
            }
            const int margin = 2 * label->margin() + qMax(0, label->indent());
            int needed = 0;
            for (const QString &line : withoutMnemonic(text).split(u'\n'))
                needed = qMax(needed, fm.horizontalAdvance(line));
            const int available =
                label->contentsRect().width() - margin - (label->width() - shownWidth(label));
            if (needed > available)
                out << describe(w, text, needed, available);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            const auto *tool = qobject_cast<QToolButton *>(w);
            if (button->text().isEmpty() ||
                (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
                continue;
            if (qobject_cast<QTabBar *>(w->parentWidget()))
                continue; // a tab bar's scroll buttons
            const int needed = button->sizeHint().width();
            if (needed > shownWidth(button))
                out << describe(w, button->text(), needed, shownWidth(button));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i))
                    continue;
                const QString text = withoutMnemonic(tabs->tabText(i));
                const int needed = fm.horizontalAdvance(text);
                // The tab's own padding is the style's; its text area is at most the tab.
                const int available = tabs->tabRect(i).width() - 8;
                if (needed > available)
                    out << describe(w, text, needed, available) + QStringLiteral(" (tab)");
            }
        } else if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            if (dock->isFloating() || dock->titleBarWidget())
                continue;
            const QString text = withoutMnemonic(dock->windowTitle());
            const int needed = fm.horizontalAdvance(text);
            // The title shares its bar with the float and close buttons.
            const int buttons =
                2 * dock->style()->pixelMetric(QStyle::PM_TitleBarButtonSize, nullptr, dock) +
                4 * dock->style()->pixelMetric(QStyle::PM_DockWidgetTitleMargin, nullptr, dock);
            if (needed > dock->width() - buttons)
                out << describe(w, text, needed, dock->width() - buttons) +
                           QStringLiteral(" (dock title)");
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            const QString text = withoutMnemonic(group->title());
            if (!text.isEmpty() && fm.horizontalAdvance(text) + 16 > group->width())
                out << describe(w, text, fm.horizontalAdvance(text) + 16, group->width());
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            if (bar->sizeHint().width() > bar->width())
                out << describe(w, QStringLiteral("menus"), bar->sizeHint().width(), bar->width());
        } else if (auto *list = qobject_cast<QListView *>(w)) {
            // A list elides what does not fit (the palette's entries).
            if (!list->model() || list->viewMode() != QListView::ListMode)
                continue;
            const int viewport = list->viewport()->width();
            for (int row = 0; row < list->model()->rowCount(list->rootIndex()); ++row) {
                const QModelIndex index = list->model()->index(row, 0, list->rootIndex());
                const QString text = index.data().toString();
                const QRect rect = list->visualRect(index);
                const int needed = list->sizeHintForIndex(index).width();
                if (!text.isEmpty() && needed > qMin(rect.width(), viewport - rect.x()))
                    out << describe(w, text, needed, qMin(rect.width(), viewport - rect.x())) +
                               QStringLiteral(" (list entry)");
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            const int margin =
                2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i))
                    continue;
                const int x = header->sectionViewportPosition(i);
                const int size = header->sectionSize(i);
                if (x < 0 || x + size > header->viewport()->width())
                    continue; // scrolled away, not cut
                const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
                const int needed = fm.horizontalAdvance(text) + margin;
                if (needed > size)
                    out << describe(w, text, needed, size) + QStringLiteral(" (header)");
            }
        }
    }
    return out;
}

} // namespace BerthTest
