#include "ui/editors/queryhighlighter.h"

#include "model/query/expression.h"

#include <QApplication>
#include <QPalette>

namespace Berth::Gui {

using Model::Query::TokenKind;

QueryHighlighter::QueryHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
}

void QueryHighlighter::highlightBlock(const QString &text)
{
    const bool dark = QApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
    const QColor subject = dark ? QColor(0x7d, 0xd3, 0xfc) : QColor(0x03, 0x69, 0xa1);
    const QColor op = dark ? QColor(0xf0, 0xab, 0xfc) : QColor(0xa2, 0x1c, 0xaf);
    const QColor keyword = dark ? QColor(0xfd, 0xba, 0x74) : QColor(0xc2, 0x41, 0x0c);
    const QColor value = dark ? QColor(0x86, 0xef, 0xac) : QColor(0x15, 0x80, 0x3d);
    for (const Model::Query::Token &token : Model::Query::Expression::tokenize(text)) {
        QTextCharFormat format;
        switch (token.kind) {
        case TokenKind::Subject:
            format.setForeground(subject);
            break;
        case TokenKind::Operator:
            format.setForeground(op);
            break;
        case TokenKind::And:
        case TokenKind::Or:
        case TokenKind::Not:
            format.setForeground(keyword);
            format.setFontWeight(QFont::Bold);
            break;
        case TokenKind::Value:
        case TokenKind::QuotedValue:
            format.setForeground(value);
            break;
        default:
            continue;
        }
        setFormat(token.offset, token.length, format);
    }
}

} // namespace Berth::Gui
