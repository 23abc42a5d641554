#include "ui/run/runcharts.h"

#include "ui/style/palette.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Berth::Gui {

namespace {

template <typename T, typename F> QList<QPointF> pointsOf(int size, F value)
{
    QList<QPointF> points;
    points.reserve(size);
    for (int i = 0; i < size; ++i)
        points.append(QPointF(i - (size - 1), value(i)));
    return points;
}

qreal niceMaximum(qreal value, qreal floor)
{
    const qreal v = std::max(value * 1.1, floor);
    const qreal step = v > 1000 ? 500 : v > 200 ? 50 : v > 20 ? 10 : 1;
    return std::ceil(v / step) * step;
}

} // namespace

RunCharts::RunCharts(QWidget *parent) : QWidget(parent), m_instance(new QComboBox(this))
{
    setObjectName(QStringLiteral("runCharts"));
    m_instance->setObjectName(QStringLiteral("chartsInstance"));
    m_instance->setMinimumContentsLength(18);
    m_cpu = makeChart(tr("Instance CPU"), tr("CPU units"), &m_cpuY);
    m_memory = makeChart(tr("Instance memory"), tr("MiB"), &m_memoryY);
    m_services = makeChart(tr("Service average utilization"), tr("%"), &m_servicesY);
    m_traffic = makeChart(tr("Load balancer traffic"), tr("per second"), &m_trafficY);
    m_cpuSeries[0] =
        addSeries(m_cpu, m_cpuY, tr("registered"), Palette::chartRegistered, Qt::DashLine);
    m_cpuSeries[1] = addSeries(m_cpu, m_cpuY, tr("reserved"), Palette::chartReserved);
    m_cpuSeries[2] = addSeries(m_cpu, m_cpuY, tr("used"), Palette::chartUsed);
    m_memorySeries[0] =
        addSeries(m_memory, m_memoryY, tr("registered"), Palette::chartRegistered, Qt::DashLine);
    m_memorySeries[1] = addSeries(m_memory, m_memoryY, tr("reserved"), Palette::chartReserved);
    m_memorySeries[2] = addSeries(m_memory, m_memoryY, tr("used"), Palette::chartUsed);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Instance:"), this);
    label->setBuddy(m_instance);
    top->addWidget(label);
    top->addWidget(m_instance);
    top->addWidget(new QLabel(tr("last 10 minutes, one sample a second"), this), 1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(2, 2, 2, 2);
    grid->setSpacing(2);
    grid->addLayout(top, 0, 0, 1, 4);
    grid->addWidget(m_cpu, 1, 0);
    grid->addWidget(m_memory, 1, 1);
    grid->addWidget(m_services, 1, 2);
    grid->addWidget(m_traffic, 1, 3);
    connect(m_instance, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
}

RunCharts::~RunCharts() = default;

QChartView *RunCharts::makeChart(const QString &title, const QString &unit, QValueAxis **y)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    auto *x = new QValueAxis;
    x->setRange(-kSamples, 0);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%d s"));
    x->setLabelsFont(small);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(unit);
    yAxis->setTitleFont(small);
    yAxis->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    *y = yAxis;
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(220, 170);
    return view;
}

QLineSeries *RunCharts::addSeries(QChartView *view, QValueAxis *y, const QString &name,
                                  const QColor &color, Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(QPen(color, 1.6, style));
    view->chart()->addSeries(series);
    series->attachAxis(view->chart()->axes(Qt::Horizontal).first());
    series->attachAxis(y);
    return series;
}

void RunCharts::clear()
{
    for (auto it = m_serviceHistory.begin(); it != m_serviceHistory.end(); ++it) {
        m_services->chart()->removeSeries(it->cpuSeries);
        m_services->chart()->removeSeries(it->memorySeries);
        delete it->cpuSeries;
        delete it->memorySeries;
    }
    m_serviceHistory.clear();
    for (auto it = m_lbSeries.begin(); it != m_lbSeries.end(); ++it) {
        m_traffic->chart()->removeSeries(it->requests);
        m_traffic->chart()->removeSeries(it->errors);
        delete it->requests;
        delete it->errors;
    }
    m_lbSeries.clear();
    for (QLineSeries *s : m_cpuSeries)
        s->clear();
    for (QLineSeries *s : m_memorySeries)
        s->clear();
    m_instance->clear();
    m_instanceHistory.clear();
    m_last = {};
    m_lastSample = {};
}

void RunCharts::addSnapshot(const Engine::EngineSnapshot &s)
{
    m_last = s;
    if (m_lastSample.isValid() && s.takenAt.isValid() && s.takenAt < m_lastSample.addMSecs(900))
        return;
    m_lastSample = s.takenAt.isValid() ? s.takenAt : QDateTime::currentDateTimeUtc();
    for (const Engine::InstanceUsage &u : s.instances) {
        const QString key = u.cluster + u'/' + u.name;
        auto it = m_instanceHistory.find(key);
        if (it == m_instanceHistory.end())
            it = m_instanceHistory.insert(key, Engine::RingBuffer<Engine::InstanceUsage>(kSamples));
        it->append(u);
    }
    for (const Engine::ServiceStatus &st : s.services) {
        auto it = m_serviceHistory.find(st.name);
        if (it == m_serviceHistory.end()) {
            it = m_serviceHistory.insert(st.name, ServiceHistory());
            const QColor c = m_colors.value(st.name, Palette::serviceColour(0));
            it->cpuSeries = addSeries(m_services, m_servicesY, tr("%1 CPU").arg(st.name), c);
            it->memorySeries =
                addSeries(m_services, m_servicesY, tr("%1 memory").arg(st.name), c, Qt::DashLine);
        }
        it->cpu.append(st.cpuUtilization);
        it->memory.append(st.memoryUtilization);
    }
    for (const Engine::LoadBalancerStatus &lb : s.loadBalancers) {
        if (m_lbSeries.contains(lb.name))
            continue;
        LoadBalancerHistory h;
        h.requests = addSeries(m_traffic, m_trafficY, tr("%1 requests").arg(lb.name),
                               Palette::chartRequests);
        h.errors = addSeries(m_traffic, m_trafficY, tr("%1 5xx").arg(lb.name),
                             Palette::chartServerErrors);
        m_lbSeries.insert(lb.name, h);
    }
    // The instance chooser lists the instances of the design as the engine sees them.
    QStringList keys;
    for (const Engine::InstanceUsage &u : s.instances)
        keys << u.cluster + u'/' + u.name;
    QStringList shown;
    for (int i = 0; i < m_instance->count(); ++i)
        shown << m_instance->itemData(i).toString();
    if (keys != shown) {
        const QString current = m_instance->currentData().toString();
        const QSignalBlocker blocker(m_instance);
        m_instance->clear();
        for (const QString &k : std::as_const(keys))
            m_instance->addItem(k.section(u'/', 1), k);
        m_instance->setCurrentIndex(qMax(0, m_instance->findData(current)));
    }
    m_dirty = true;
    if (isVisible())
        refresh();
}

void RunCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void RunCharts::refresh()
{
    m_dirty = false;
    // Instance CPU and memory from the ring buffers kept here.
    const QString key = m_instance->currentData().toString();
    static const Engine::RingBuffer<Engine::InstanceUsage> none(1);
    const auto found = m_instanceHistory.constFind(key);
    const Engine::RingBuffer<Engine::InstanceUsage> &history =
        found == m_instanceHistory.cend() ? none : *found;
    const int n = int(history.size());
    qreal cpuMax = 0, memoryMax = 0;
    for (int i = 0; i < n; ++i) {
        const Engine::InstanceUsage &u = history.at(i);
        cpuMax = std::max({cpuMax, qreal(u.registeredCpu), u.usedCpu});
        memoryMax = std::max({memoryMax, qreal(u.registeredMemory), u.usedMemory});
    }
    m_cpuSeries[0]->replace(pointsOf<int>(n, [&](int i) { return history.at(i).registeredCpu; }));
    m_cpuSeries[1]->replace(pointsOf<int>(n, [&](int i) { return history.at(i).reservedCpu; }));
    m_cpuSeries[2]->replace(pointsOf<double>(n, [&](int i) { return history.at(i).usedCpu; }));
    m_memorySeries[0]->replace(
        pointsOf<int>(n, [&](int i) { return history.at(i).registeredMemory; }));
    m_memorySeries[1]->replace(
        pointsOf<int>(n, [&](int i) { return history.at(i).reservedMemory; }));
    m_memorySeries[2]->replace(
        pointsOf<double>(n, [&](int i) { return history.at(i).usedMemory; }));
    m_cpuY->setRange(0, niceMaximum(cpuMax, 100));
    m_memoryY->setRange(0, niceMaximum(memoryMax, 100));
    m_cpu->chart()->setTitle(key.isEmpty() ? tr("Instance CPU")
                                           : tr("%1: CPU").arg(key.section(u'/', 1)));
    m_memory->chart()->setTitle(key.isEmpty() ? tr("Instance memory")
                                              : tr("%1: memory").arg(key.section(u'/', 1)));

    qreal utilMax = 0;
    for (const ServiceHistory &h : std::as_const(m_serviceHistory)) {
        h.cpuSeries->replace(pointsOf<double>(h.cpu.size(), [&](int i) {
            utilMax = std::max(utilMax, h.cpu.at(i));
            return h.cpu.at(i);
        }));
        h.memorySeries->replace(pointsOf<double>(h.memory.size(), [&](int i) {
            utilMax = std::max(utilMax, h.memory.at(i));
            return h.memory.at(i);
        }));
    }
    m_servicesY->setRange(0, niceMaximum(utilMax, 100));

    qreal trafficMax = 0;
    for (const Engine::LoadBalancerStatus &lb : std::as_const(m_last.loadBalancers)) {
        const auto it = m_lbSeries.constFind(lb.name);
        if (it == m_lbSeries.cend())
            continue;
        const QList<Engine::LoadBalancerSample> &samples = lb.samples;
        const int count = int(std::min<qsizetype>(samples.size(), kSamples));
        const qsizetype first = samples.size() - count;
        it->requests->replace(pointsOf<qint64>(count, [&](int i) {
            const qreal v = samples.at(first + i).requests;
            trafficMax = std::max(trafficMax, v);
            return v;
        }));
        it->errors->replace(pointsOf<qint64>(
            count, [&](int i) { return qreal(samples.at(first + i).responses5xx); }));
    }
    m_trafficY->setRange(0, niceMaximum(trafficMax, 10));
}

int RunCharts::pointCount() const
{
    int n = 0;
    for (QChartView *view : {m_cpu, m_memory, m_services, m_traffic}) {
        for (QAbstractSeries *s : view->chart()->series())
            n += int(static_cast<QXYSeries *>(s)->count());
    }
    return n;
}

} // namespace Berth::Gui
