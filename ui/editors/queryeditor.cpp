#include "ui/editors/queryeditor.h"

#include "model/query/parseresult.h"
#include "ui/editors/queryhighlighter.h"
#include "ui/style/palette.h"

#include <QHelpEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

namespace Berth::Gui {

QueryEditor::QueryEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("expression"));
    setLineWrapMode(NoWrap);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    setPlaceholderText(tr("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]"));
    new QueryHighlighter(document());
    connect(this, &QPlainTextEdit::textChanged, this, &QueryEditor::check);
}

void QueryEditor::setText(const QString &text)
{
    if (text == toPlainText())
        return;
    setPlainText(text);
}

QSize QueryEditor::sizeHint() const
{
    const int h = fontMetrics().height() + 2 * (frameWidth() + int(document()->documentMargin()));
    return QSize(320, h);
}

QSize QueryEditor::minimumSizeHint() const
{
    return QSize(120, sizeHint().height());
}

void QueryEditor::check()
{
    const QString text = toPlainText();
    m_error.clear();
    m_errorColumn = 0;
    m_errorLength = 0;
    if (!text.trimmed().isEmpty()) {
        const Model::Query::ParseResult result = Model::Query::Expression::parse(text);
        if (!result.isValid()) {
            m_error = result.error().message;
            m_errorColumn = std::max(1, result.error().column);
            m_errorLength = result.error().length;
        }
    }
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_error.isEmpty()) {
        QTextEdit::ExtraSelection marker;
        QTextCursor cursor(document());
        const int start = std::min<int>(m_errorColumn - 1, int(text.size()));
        int length = std::max(1, m_errorLength);
        // Something missing at the end: mark the last character, there is nothing after it.
        const int from = start >= text.size() ? std::max(0, int(text.size()) - 1) : start;
        length = std::min<int>(length, int(text.size()) - from);
        cursor.setPosition(from);
        cursor.setPosition(from + std::max(length, 1), QTextCursor::KeepAnchor);
        marker.cursor = cursor;
        marker.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        marker.format.setUnderlineColor(Palette::error);
        marker.format.setToolTip(m_error);
        selections << marker;
    }
    setExtraSelections(selections);
    Q_EMIT checked(m_error.isEmpty(), m_error, m_errorColumn);
}

void QueryEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT submitted();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void QueryEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT submitted();
}

void QueryEditor::insertFromMimeData(const QMimeData *source)
{
    // One line: a pasted expression's line breaks become spaces.
    QString text = source->text();
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    insertPlainText(text);
}

bool QueryEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_error.isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(viewport()->mapFromParent(help->pos())).position();
        const int start = m_errorColumn - 1;
        if (position >= start - 1 && position <= start + std::max(1, m_errorLength) + 1) {
            QToolTip::showText(help->globalPos(),
                               tr("Column %1: %2").arg(m_errorColumn).arg(m_error), this);
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

} // namespace Berth::Gui
