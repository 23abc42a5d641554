#pragma once

#include "model/entityref.h"

#include <QGraphicsView>

namespace Berth::Gui {

class ProjectScene;

/// The canvas: zoom (Ctrl+wheel, keys), pan (middle button, or Space and drag), rubber-band
/// selection, palette drops, click-to-place, arrow-key nudges and a grid that follows the
/// palette.
class CanvasView final : public QGraphicsView
{
    Q_OBJECT
public:
    /// The MIME type of a palette entry being dragged: the Model::EntityKind as a number.
    static QString paletteMimeType();

    explicit CanvasView(ProjectScene *scene, QWidget *parent = nullptr);

    ProjectScene *projectScene() const { return m_scene; }
    qreal zoom() const;
    void setZoom(qreal factor);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Shows the whole design, however small that makes it (View > Fit).
    void fitToContents();
    /// Shows the design as it opens: whole when it fits at readableZoom() or more, otherwise
    /// its top-left corner at readableZoom(), to scroll on from.
    void showContentsReadable();
    /// The smallest zoom at which a card's text can still be read.
    static qreal readableZoom();

    /// The next left click on the canvas places an entity of this kind (None: stop).
    void setPlacementKind(Model::EntityKind kind);
    Model::EntityKind placementKind() const { return m_placementKind; }
    /// Where a palette item activated without a position goes: the visible centre.
    QPointF visibleCenter() const;
    void showGrid(bool on);

Q_SIGNALS:
    void zoomChanged(qreal factor);
    void placementFinished();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Framing { None, Whole, Readable };

    void scaleBy(qreal factor);
    void frameContents(Framing framing);

    ProjectScene *m_scene;
    Model::EntityKind m_placementKind = Model::EntityKind::None;
    bool m_panning = false;
    bool m_spaceHeld = false;
    bool m_grid = true;
    Framing m_pendingFraming = Framing::None; ///< to apply once the viewport has its size
    Framing m_framing = Framing::None;        ///< framed and not zoomed or panned since
    QPoint m_lastPanPos;
};

} // namespace Berth::Gui
