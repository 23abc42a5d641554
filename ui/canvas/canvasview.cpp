#include "ui/canvas/canvasview.h"

#include "ui/canvas/itemmetrics.h"
#include "ui/canvas/projectscene.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Berth::Gui {

using Model::EntityKind;

namespace {
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kStep = 1.2;
// A card's detail lines are 80 % of the UI font: at 80 % zoom a 9 pt font gives them 7.7 px,
// still read without leaning in (at 50 % the cards drop those lines altogether). The sample
// design fits whole at this zoom in the first window on a 1920x1080 screen.
constexpr qreal kReadableZoom = 0.8;
constexpr qreal kFrameMargin = 40;
} // namespace

QString CanvasView::paletteMimeType()
{
    return QStringLiteral("application/x-berth-palette-kind");
}

CanvasView::CanvasView(ProjectScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("canvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setCacheMode(CacheBackground);
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::setZoom(qreal factor)
{
    m_framing = Framing::None;
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    Q_EMIT zoomChanged(factor);
}

void CanvasView::scaleBy(qreal factor)
{
    setZoom(zoom() * factor);
}

void CanvasView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(kStep);
    setTransformationAnchor(anchor);
}

void CanvasView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(1 / kStep);
    setTransformationAnchor(anchor);
}

void CanvasView::resetZoom()
{
    setZoom(1.0);
}

void CanvasView::fitToContents()
{
    frameContents(Framing::Whole);
}

void CanvasView::showContentsReadable()
{
    frameContents(Framing::Readable);
}

qreal CanvasView::readableZoom()
{
    return kReadableZoom;
}

void CanvasView::frameContents(Framing framing)
{
    // Before the window is shown the viewport has no real size yet: frame when it has.
    if (!isVisible()) {
        m_pendingFraming = framing;
        return;
    }
    m_pendingFraming = Framing::None;
    const QRectF rect = m_scene->contentRect();
    if (rect.isEmpty()) {
        resetZoom();
        centerOn(0, 0);
        return;
    }
    const QRectF framed = rect.adjusted(-kFrameMargin, -kFrameMargin, kFrameMargin, kFrameMargin);
    const QSizeF room = viewport()->size();
    const qreal fit = std::min(room.width() / framed.width(), room.height() / framed.height());
    // Never blow a small design up past 100 %: text would look unlike the rest of the UI.
    qreal factor = std::min(fit, 1.0);
    const bool cropped = framing == Framing::Readable && factor < kReadableZoom;
    if (cropped)
        factor = kReadableZoom;
    setZoom(factor);
    if (cropped) {
        // Clusters and their instances are drawn from the top left, and the rest hangs off
        // them: that corner is where a reader starts. Along a side the design fits, it is
        // centred as a whole.
        const QSizeF visible = room / factor;
        const auto along = [](qreal start, qreal length, qreal view) {
            return length <= view ? start + length / 2 : start - kFrameMargin + view / 2;
        };
        centerOn(along(rect.left(), rect.width(), visible.width()),
                 along(rect.top(), rect.height(), visible.height()));
    } else {
        centerOn(rect.center());
    }
    // Until the user zooms or pans, the design stays framed when the viewport changes size
    // (docks restored after the window first shows, the window resized).
    m_framing = framing;
}

void CanvasView::setPlacementKind(EntityKind kind)
{
    m_placementKind = kind;
    if (kind == EntityKind::None)
        viewport()->unsetCursor();
    else
        viewport()->setCursor(Qt::CrossCursor);
}

QPointF CanvasView::visibleCenter() const
{
    return mapToScene(viewport()->rect().center());
}

void CanvasView::showGrid(bool on)
{
    m_grid = on;
    resetCachedContent();
    viewport()->update();
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    m_framing = Framing::None;
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        scaleBy(std::pow(kStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    m_framing = Framing::None;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_lastPanPos = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_placementKind != EntityKind::None) {
        const EntityKind kind = m_placementKind;
        setPlacementKind(EntityKind::None);
        m_scene->place(kind, mapToScene(event->position().toPoint()));
        Q_EMIT placementFinished();
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_lastPanPos;
        m_lastPanPos = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    const qreal step = (event->modifiers() & Qt::ShiftModifier) ? 1 : Metrics::kGrid;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    case Qt::Key_Escape:
        if (m_placementKind != EntityKind::None) {
            setPlacementKind(EntityKind::None);
            Q_EMIT placementFinished();
        } else {
            m_scene->clearSelection();
        }
        event->accept();
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (!m_scene->selectedItems().isEmpty()) {
        m_scene->nudgeSelection(delta);
        event->accept();
    } else {
        m_framing = Framing::None; // the arrows scroll the view
        QGraphicsView::keyPressEvent(event);
    }
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(paletteMimeType()))
        event->acceptProposedAction();
    else
        event->ignore(); // files: the main window opens or imports them
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(paletteMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(paletteMimeType())) {
        event->ignore();
        return;
    }
    const auto kind = EntityKind(event->mimeData()->data(paletteMimeType()).toInt());
    m_scene->place(kind, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
    setFocus();
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!isVisible())
        return;
    if (m_pendingFraming != Framing::None)
        frameContents(m_pendingFraming);
    else if (m_framing != Framing::None)
        frameContents(m_framing);
}

void CanvasView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_pendingFraming != Framing::None)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_pendingFraming != Framing::None)
                    frameContents(m_pendingFraming);
            },
            Qt::QueuedConnection);
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    painter->fillRect(rect, base);
    if (!m_grid)
        return;
    const qreal spacing = Metrics::kGrid * (zoom() < 0.5 ? 5 : 1);
    if (spacing * zoom() < 6)
        return;
    QColor dot = pal.color(QPalette::Text);
    dot.setAlphaF(base.lightnessF() > 0.5 ? 0.13 : 0.2);
    // Dots as small squares on whole device pixels: round dots would be stroked one by one
    // (a curve each), and a full view has thousands.
    const QTransform toDevice = painter->worldTransform();
    const int size = zoom() >= 0.75 ? 2 : 1;
    const qreal left = std::floor(rect.left() / spacing) * spacing;
    const qreal top = std::floor(rect.top() / spacing) * spacing;
    QVarLengthArray<QRect, 4096> dots;
    for (qreal x = left; x < rect.right(); x += spacing) {
        for (qreal y = top; y < rect.bottom(); y += spacing) {
            const QPointF at = toDevice.map(QPointF(x, y));
            dots.append(QRect(qRound(at.x() - size / 2.0), qRound(at.y() - size / 2.0), size,
                              size));
        }
    }
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dot);
    painter->drawRects(dots.constData(), int(dots.size()));
    painter->restore();
}

} // namespace Berth::Gui
