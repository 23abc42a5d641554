#include "ui/editors/codeeditor.h"

#include "ui/style/palette.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QSet>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

namespace Berth::Gui {

namespace {

class Gutter final : public QWidget
{
public:
    explicit Gutter(CodeEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return QSize(m_editor->gutterWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeEditor *m_editor;
};

} // namespace

CodeEditor::CodeEditor(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int CodeEditor::gutterWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 12 + fontMetrics().horizontalAdvance(u'9') * std::max(3, digits);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    QSet<int> errorLines;
    QSet<int> warningLines;
    for (const Marker &m : std::as_const(m_markers))
        (m.error ? errorLines : warningLines).insert(m.line);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int height = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        if (block.isVisible() && top + height >= event->rect().top()) {
            if (errorLines.contains(line) || warningLines.contains(line)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(errorLines.contains(line) ? Palette::error : Palette::warning);
                painter.drawEllipse(QPointF(5, top + height / 2.0), 3, 3);
            }
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 4, height, Qt::AlignRight,
                             QString::number(line));
        }
        block = block.next();
        top += qRound(blockBoundingRect(block).height());
    }
}

void CodeEditor::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    m_ranges.clear();
    QList<QTextEdit::ExtraSelection> selections;
    for (const Marker &m : markers) {
        const QTextBlock block = document()->findBlockByNumber(std::max(0, m.line - 1));
        if (!block.isValid()) {
            m_ranges << qMakePair(-1, -1);
            continue;
        }
        const QString text = block.text();
        int from = std::clamp(m.column - 1, 0, std::max<int>(0, int(text.size()) - 1));
        int to = int(text.size());
        while (to > from + 1 && (text.at(to - 1) == u',' || text.at(to - 1).isSpace()))
            --to;
        if (to <= from)
            to = from + 1;
        QTextCursor cursor(document());
        cursor.setPosition(block.position() + from);
        cursor.setPosition(std::min(block.position() + to, document()->characterCount() - 1),
                           QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(m.error ? Palette::error : Palette::warning);
        selection.format.setToolTip(m.message);
        selections << selection;
        m_ranges << qMakePair(cursor.selectionStart(), cursor.selectionEnd());
    }
    setExtraSelections(selections);
    m_gutter->update();
}

QString CodeEditor::markerMessageAt(int position) const
{
    QStringList messages;
    for (qsizetype i = 0; i < m_ranges.size(); ++i) {
        if (position >= m_ranges.at(i).first && position <= m_ranges.at(i).second)
            messages << m_markers.at(i).message;
    }
    return messages.join(u'\n');
}

void CodeEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, int(block.length()) - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QString message = markerMessageAt(cursorForPosition(inViewport).position());
        if (!message.isEmpty())
            QToolTip::showText(help->globalPos(), message, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace Berth::Gui
