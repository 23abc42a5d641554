#include "ui/plan/planboard.h"

#include "ui/style/palette.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Berth::Gui {

namespace {

constexpr int kMargin = 12;
constexpr int kBoxWidth = 230;
constexpr int kGap = 12;
constexpr int kHeader = 28;
constexpr int kChipHeight = 20;
constexpr int kBarsHeight = 44;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

PlanBoard::PlanBoard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("planBoard"));
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QColor PlanBoard::serviceColour(const QString &service)
{
    // A stable hue per service, soft enough for text on it in either palette.
    const int hue = int(qHash(service) % 360);
    return Palette::planService(hue);
}

void PlanBoard::setPlan(const Engine::Plan &plan)
{
    m_plan = plan;
    m_boxes.clear();
    m_serviceOfTask.clear();
    QHash<QString, int> boxOfInstance;
    QString cluster;
    for (const Engine::InstancePlan &in : std::as_const(m_plan.instances)) {
        Box box;
        box.cluster = in.cluster;
        // An instance a capacity provider's group would launch during the run.
        box.title = in.launchedByScaling ? tr("%1 (managed)").arg(in.name) : in.name;
        box.instance = &in;
        boxOfInstance.insert(in.cluster + u'/' + in.name, int(m_boxes.size()));
        m_boxes << box;
    }
    for (const Engine::ServicePlan &s : std::as_const(m_plan.services)) {
        for (const Engine::PlannedTask &t : s.placed) {
            m_serviceOfTask.insert(t.task, s.name);
            if (t.instance.isEmpty()) {
                // Fargate: one box per cluster, after its instances.
                const QString key = s.cluster + QStringLiteral("/\x01fargate");
                if (!boxOfInstance.contains(key)) {
                    Box box;
                    box.cluster = s.cluster;
                    box.title = tr("Fargate");
                    boxOfInstance.insert(key, int(m_boxes.size()));
                    m_boxes << box;
                }
                m_boxes[boxOfInstance.value(key)].tasks << qMakePair(s.name, t.task);
            } else if (boxOfInstance.contains(s.cluster + u'/' + t.instance)) {
                m_boxes[boxOfInstance.value(s.cluster + u'/' + t.instance)].tasks
                    << qMakePair(s.name, t.task);
            }
        }
    }
    std::stable_sort(m_boxes.begin(), m_boxes.end(),
                     [](const Box &a, const Box &b) { return a.cluster < b.cluster; });
    layout(width());
    updateGeometry();
    update();
}

void PlanBoard::setHighlightedService(const QString &service)
{
    m_highlighted = service;
    update();
}

void PlanBoard::setWarnedServices(const QSet<QString> &services)
{
    m_warned = services;
    update();
}

int PlanBoard::layout(int width)
{
    m_headers.clear();
    m_chips.clear();
    const int columns = std::max(1, (width - 2 * kMargin + kGap) / (kBoxWidth + kGap));
    const int chipsPerRow = 2;
    int y = kMargin;
    QString cluster;
    int column = 0;
    int rowHeight = 0;
    for (Box &box : m_boxes) {
        if (box.cluster != cluster || m_headers.isEmpty()) {
            if (column > 0)
                y += rowHeight + kGap;
            cluster = box.cluster;
            m_headers << Header{tr("Cluster %1").arg(cluster), QRect(kMargin, y, width, kHeader)};
            y += kHeader;
            column = 0;
            rowHeight = 0;
        }
        const int chipRows = int((box.tasks.size() + chipsPerRow - 1) / chipsPerRow);
        const int height =
            26 + (box.instance ? kBarsHeight : 0) + std::max(1, chipRows) * (kChipHeight + 4) + 6;
        box.rect = QRect(kMargin + column * (kBoxWidth + kGap), y, kBoxWidth, height);
        const int chipWidth = (kBoxWidth - 16 - 4) / chipsPerRow;
        for (int i = 0; i < box.tasks.size(); ++i) {
            const int top = box.rect.top() + 26 + (box.instance ? kBarsHeight : 0) +
                            (i / chipsPerRow) * (kChipHeight + 4);
            m_chips.insert(box.tasks.at(i).second,
                           QRect(box.rect.left() + 8 + (i % chipsPerRow) * (chipWidth + 4), top,
                                 chipWidth, kChipHeight));
        }
        rowHeight = std::max(rowHeight, height);
        if (++column == columns) {
            column = 0;
            y += rowHeight + kGap;
            rowHeight = 0;
        }
    }
    if (column > 0)
        y += rowHeight + kGap;
    m_height = y + kMargin;
    return m_height;
}

int PlanBoard::heightForWidth(int width) const
{
    return const_cast<PlanBoard *>(this)->layout(width);
}

QSize PlanBoard::sizeHint() const
{
    return QSize(3 * (kBoxWidth + kGap) + 2 * kMargin, std::max(m_height, 200));
}

void PlanBoard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int before = m_height;
    layout(width());
    if (m_height != before)
        updateGeometry();
}

QRect PlanBoard::boxOf(const QString &cluster, const QString &instance) const
{
    for (const Box &box : m_boxes) {
        if (box.cluster == cluster && box.instance && box.instance->name == instance)
            return box.rect;
    }
    return {};
}

QString PlanBoard::taskAt(QPoint pos) const
{
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value().contains(pos))
            return it.key();
    }
    return {};
}

void PlanBoard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    QFont bold = font();
    bold.setBold(true);
    for (const Header &h : std::as_const(m_headers)) {
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(h.rect, Qt::AlignLeft | Qt::AlignVCenter, h.text);
    }
    for (const Box &box : std::as_const(m_boxes))
        paintBox(painter, box);
    if (m_boxes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No container instances to place tasks on."));
    }
}

void PlanBoard::paintBox(QPainter &painter, const Box &box)
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = box.instance ? Palette::containerInstance : Palette::fargate;
    // Dashed, as the canvas draws a managed instance: not there when the run starts.
    painter.setPen(QPen(mix(base, accent, 0.6), 1.2,
                        box.instance && box.instance->launchedByScaling ? Qt::DashLine
                                                                        : Qt::SolidLine));
    painter.setBrush(mix(base, accent, 0.06));
    painter.drawRoundedRect(QRectF(box.rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    const QRect title(box.rect.left() + 8, box.rect.top() + 4, box.rect.width() - 16, 18);
    painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, box.title);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    if (box.instance) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(title, Qt::AlignRight | Qt::AlignVCenter, box.instance->address);
        const auto bar = [&](int row, const QString &label, int reserved, int registered) {
            const QRect r(box.rect.left() + 8, box.rect.top() + 26 + row * 20,
                          box.rect.width() - 16, 16);
            const qreal fraction = registered > 0 ? std::min(1.0, qreal(reserved) / registered) : 0;
            painter.setPen(Qt::NoPen);
            painter.setBrush(mix(base, text, 0.1));
            painter.drawRoundedRect(r, 3, 3);
            const QColor fill = fraction > 0.9   ? Palette::error
                                : fraction > 0.7 ? Palette::warning
                                                 : Palette::roomLeft;
            painter.setBrush(mix(base, fill, 0.55));
            painter.drawRoundedRect(QRectF(r.left(), r.top(), r.width() * fraction, r.height()), 3,
                                    3);
            painter.setPen(text);
            painter.drawText(
                r.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                tr("%1 %2 / %3")
                    .arg(label, QLocale().toString(reserved), QLocale().toString(registered)));
        };
        bar(0, tr("CPU"), box.instance->cpuReserved, box.instance->cpuRegistered);
        bar(1, tr("MiB"), box.instance->memoryReserved, box.instance->memoryRegistered);
    }
    for (const auto &task : box.tasks) {
        const QRect chip = m_chips.value(task.second);
        const QColor colour = serviceColour(task.first);
        const bool highlighted = task.first == m_highlighted;
        painter.setPen(highlighted ? QPen(pal.color(QPalette::Highlight), 2.5) : QPen(colour, 1));
        painter.setBrush(mix(base, colour, 0.3));
        painter.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 9, 9);
        painter.setPen(text);
        QString label = task.second;
        if (m_warned.contains(task.first))
            label.prepend(QStringLiteral("⚠ "));
        painter.drawText(
            chip.adjusted(6, 0, -6, 0), Qt::AlignCenter,
            painter.fontMetrics().elidedText(label, Qt::ElideMiddle, chip.width() - 12));
    }
    if (box.tasks.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const int top = box.rect.top() + 26 + (box.instance ? kBarsHeight : 0);
        painter.drawText(QRect(box.rect.left() + 8, top, box.rect.width() - 16, kChipHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("no tasks"));
    }
}

void PlanBoard::mousePressEvent(QMouseEvent *event)
{
    const QString task = taskAt(event->position().toPoint());
    if (!task.isEmpty())
        Q_EMIT taskClicked(m_serviceOfTask.value(task), task);
    QWidget::mousePressEvent(event);
}

bool PlanBoard::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString task = taskAt(help->pos());
        if (task.isEmpty()) {
            QToolTip::hideText();
        } else {
            QString tip = tr("Task %1 of service %2").arg(task, m_serviceOfTask.value(task));
            if (m_warned.contains(m_serviceOfTask.value(task)))
                tip += u'\n' + tr("A rolling deployment of this service would stall.");
            QToolTip::showText(help->globalPos(), tip, this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Berth::Gui
