#pragma once

#include <QPlainTextEdit>

namespace Berth::Gui {

/// A one-line editor for cluster query language expressions (memberOf constraints):
/// highlighted as you type, with the parse error underlined at its column.
class QueryEditor final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit QueryEditor(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    void setText(const QString &text);
    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    /// 1-based column of the error, 0 when the text parses.
    int errorColumn() const { return m_errorColumn; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// After every change: whether the text parses, and if not what and where.
    void checked(bool valid, const QString &message, int column);
    /// Enter, or the focus left the editor.
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    bool event(QEvent *event) override;

private:
    void check();

    QString m_error;
    int m_errorColumn = 0;
    int m_errorLength = 0;
};

} // namespace Berth::Gui
