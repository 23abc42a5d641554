#pragma once

#include <QSyntaxHighlighter>

namespace Berth::Gui {

/// Colours the cluster query language by token: subjects, operators, keywords, values.
class QueryHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit QueryHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Berth::Gui
