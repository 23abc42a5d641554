#pragma once

#include <QPlainTextEdit>

namespace Berth::Gui {

/// A plain-text editor for JSON with line numbers and underlined findings whose messages
/// show as tooltips.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct Marker
    {
        int line = 0;   ///< 1-based
        int column = 0; ///< 1-based
        bool error = true;
        QString message;
    };

    explicit CodeEditor(QWidget *parent = nullptr);

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    /// The message of the marker at a text position, if any.
    QString markerMessageAt(int position) const;
    /// Moves the cursor to a 1-based line and column and shows it.
    void goTo(int line, int column);

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QWidget *m_gutter;
    QList<Marker> m_markers;
    QList<QPair<int, int>> m_ranges; ///< text range of each marker
};

} // namespace Berth::Gui
