#include "ui/editors/queryhighlighter.h"

#include "model/query/expression.h"
#include "ui/style/palette.h"

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
    const QColor subject = Palette::querySubject.on(dark);
    const QColor op = Palette::queryOperator.on(dark);
    const QColor keyword = Palette::queryKeyword.on(dark);
    const QColor value = Palette::queryValue.on(dark);
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
