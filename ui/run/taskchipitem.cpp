#include "ui/run/taskchipitem.h"

#include "ui/style/palette.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QHash>
#include <QPainter>
#include <QPalette>

namespace Berth::Gui {

TaskChipItem::TaskChipItem(QGraphicsItem *parent, Hooks hooks)
    : QGraphicsItem(parent), m_hooks(std::move(hooks))
{
    setCacheMode(DeviceCoordinateCache);
    setZValue(5);
    setAcceptedMouseButtons(Qt::LeftButton);
}

TaskChipItem::~TaskChipItem()
{
    if (m_hooks.forget)
        m_hooks.forget(this);
}

void TaskChipItem::setChip(const TaskChip &chip)
{
    if (chip == m_chip)
        return;
    if (chip.toolTip != m_chip.toolTip)
        setToolTip(chip.toolTip);
    m_chip = chip;
    update();
}

void TaskChipItem::setSize(QSizeF size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

void TaskChipItem::setOverflow(int more)
{
    if (more == m_overflow)
        return;
    m_overflow = more;
    update();
}

QRectF TaskChipItem::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-1, -1, 1, 1);
}

QString TaskChipItem::shortStatus(const QString &status, qreal width, const QFont &font)
{
    const QFontMetricsF fm(font);
    if (fm.horizontalAdvance(status) <= width)
        return status;
    static const QHash<QString, QString> shorter{
        {QStringLiteral("PROVISIONING"), QStringLiteral("PROV")},
        {QStringLiteral("PENDING"), QStringLiteral("PEND")},
        {QStringLiteral("ACTIVATING"), QStringLiteral("ACTV")},
        {QStringLiteral("RUNNING"), QStringLiteral("RUN")},
        {QStringLiteral("DEACTIVATING"), QStringLiteral("DEACT")},
        {QStringLiteral("STOPPING"), QStringLiteral("STOP…")},
        {QStringLiteral("DEPROVISIONING"), QStringLiteral("DEPROV")},
        {QStringLiteral("STOPPED"), QStringLiteral("STOP")}};
    const QString s = shorter.value(status, status);
    return fm.horizontalAdvance(s) <= width ? s : s.left(1);
}

void TaskChipItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QRectF rect(QPointF(), m_size);
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = scene() ? scene()->font() : QFont();
    font.setPointSizeF(font.pointSizeF() * (m_size.height() < 15 ? 0.68 : 0.78));
    font.setBold(true);
    painter->setFont(font);
    if (m_overflow > 0) {
        painter->setPen(QPen(pal.color(QPalette::Mid), 1));
        painter->setBrush(pal.color(QPalette::AlternateBase));
        painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(rect, Qt::AlignCenter, tr("+%1").arg(m_overflow));
        return;
    }
    const QColor base = pal.color(QPalette::Base);
    QColor fill = m_chip.color;
    QColor text = qGray(fill.rgb()) > 150 ? Palette::textOnLightFill : Palette::textOnDarkFill;
    const bool running = m_chip.status == QLatin1String("RUNNING");
    if (m_chip.stopped()) {
        // Kept a while after it stopped: a pale outline in the service's colour.
        fill = base;
        text = pal.color(QPalette::PlaceholderText);
    } else if (!running) {
        fill = QColor::fromRgbF(fill.redF() * 0.45 + base.redF() * 0.55,
                                fill.greenF() * 0.45 + base.greenF() * 0.55,
                                fill.blueF() * 0.45 + base.blueF() * 0.55);
        text = pal.color(QPalette::Text);
    }
    QPen border(m_chip.color, 1.2);
    if (m_chip.goingDown()) {
        border = QPen(Palette::error, 1.4, Qt::DashLine);
    } else if (m_chip.health == QLatin1String("UNHEALTHY")) {
        border = QPen(Palette::error, 2);
    }
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setPen(text);
    QString label = m_chip.status;
    if (m_chip.goingDown())
        label = QStringLiteral("↓") + label;
    const QRectF textRect = rect.adjusted(3, 0, -3, 0);
    label = shortStatus(label, textRect.width(), font);
    painter->drawText(textRect, Qt::AlignCenter, label);
}

void TaskChipItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // The chip is not the card: a click selects the task, not the instance under it.
    event->accept();
    if (m_hooks.clicked && m_overflow == 0)
        m_hooks.clicked(m_chip.taskId, false);
}

void TaskChipItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    if (m_hooks.clicked && m_overflow == 0)
        m_hooks.clicked(m_chip.taskId, true);
}

} // namespace Berth::Gui
