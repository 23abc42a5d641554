#include "ui/run/loaddialog.h"

#include "engine/lb/loadrun.h"
#include "ui/style/palette.h"

#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Berth::Gui {

namespace {

constexpr double kWindowSeconds = 300; // the charts show the last 5 minutes
constexpr int kMaxRate = 5000;         // what the generator holds within 2 % (bench/)

// The load balancers whose listeners forward to a target group of \a service.
QStringList loadBalancersOf(const Model::ProjectData &run, const QString &service)
{
    QStringList groups;
    if (const Model::Service *s = run.service(service)) {
        for (const Model::ServiceLoadBalancer &l : s->loadBalancers)
            groups << l.targetGroup;
    }
    QStringList names;
    for (const Model::LoadBalancer &lb : run.loadBalancers) {
        for (const Model::Listener &l : lb.listeners) {
            bool forwards = groups.contains(l.defaultForward());
            for (const Model::ListenerRule &r : l.rules)
                forwards = forwards || groups.contains(r.targetGroup);
            if (forwards && !names.contains(lb.name))
                names << lb.name;
        }
    }
    return names;
}

void trim(QLineSeries *series, double from)
{
    int drop = 0;
    while (drop < series->count() && series->at(drop).x() < from)
        ++drop;
    if (drop > 0)
        series->removePoints(0, drop);
}

double maxY(const QList<QLineSeries *> &series, double floor)
{
    double m = floor;
    for (const QLineSeries *s : series) {
        for (const QPointF &p : s->points())
            m = std::max(m, p.y());
    }
    return std::ceil(m * 1.15);
}

QString msOf(qint64 us)
{
    return us < 0 ? QStringLiteral("-") : QString::number(double(us) / 1000.0, 'f', 1);
}

} // namespace

LoadDialog::LoadDialog(const Model::ProjectData &run, const QString &service,
                       const QString &loadBalancer, QWidget *parent)
    : QDialog(parent), m_run(run), m_loadBalancer(new QComboBox(this)),
      m_serviceBox(new QComboBox(this)), m_path(new QComboBox(this)),
      m_rateSlider(new QSlider(Qt::Horizontal, this)), m_rate(new QSpinBox(this)),
      m_duration(new QSpinBox(this)), m_startStop(new QPushButton(tr("&Start"), this)),
      m_status(new QLabel(this)), m_alarms(new QLabel(this))
{
    setObjectName(QStringLiteral("loadDialog"));
    setWindowTitle(tr("Generate Load"));
    m_clock.start();

    for (const Model::LoadBalancer &lb : run.loadBalancers)
        m_loadBalancer->addItem(lb.name);
    for (const Model::Service &s : run.services)
        m_serviceBox->addItem(s.name);
    QString chosenService = service;
    if (chosenService.isEmpty()) {
        // From a load balancer's menu: the first service behind it.
        for (const Model::Service &s : run.services) {
            if (chosenService.isEmpty() && loadBalancersOf(run, s.name).contains(loadBalancer))
                chosenService = s.name;
        }
    }
    m_serviceBox->setCurrentText(chosenService);
    const QStringList behind = loadBalancersOf(run, chosenService);
    m_loadBalancer->setCurrentText(!loadBalancer.isEmpty() ? loadBalancer
                                   : behind.isEmpty()      ? QString()
                                                           : behind.first());
    m_path->setEditable(true);
    m_path->addItems(
        {QStringLiteral("/"), QStringLiteral("/cpu?ms=20"), QStringLiteral("/mem?mb=16")});
    m_path->setToolTip(tr("The path and query to request. The demo app burns CPU for N ms on "
                          "/cpu?ms=N and holds N MiB on /mem?mb=N."));
    m_rateSlider->setRange(1, kMaxRate);
    m_rateSlider->setValue(100);
    m_rateSlider->setPageStep(100);
    m_rate->setRange(1, kMaxRate);
    m_rate->setValue(100);
    m_rate->setSuffix(tr(" requests/s"));
    connect(m_rateSlider, &QSlider::valueChanged, m_rate, &QSpinBox::setValue);
    connect(m_rate, &QSpinBox::valueChanged, m_rateSlider, &QSlider::setValue);
    m_duration->setRange(1, 3600);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" s"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Load balancer:"), m_loadBalancer);
    form->addRow(tr("&Path:"), m_path);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rateSlider, 1);
    rateRow->addWidget(m_rate);
    auto *rateLabel = new QLabel(tr("&Rate:"), this);
    rateLabel->setBuddy(m_rateSlider);
    form->addRow(rateLabel, rateRow);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("S&ervice charted:"), m_serviceBox);

    const auto makeChart = [this](const QString &title, QValueAxis **left, const QString &leftUnit,
                                  QValueAxis **right, const QString &rightUnit) {
        auto *chart = new QChart;
        chart->setTitle(title);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *x = new QValueAxis;
        x->setRange(0, kWindowSeconds / 5);
        x->setLabelFormat(QStringLiteral("%d s"));
        chart->addAxis(x, Qt::AlignBottom);
        *left = new QValueAxis;
        (*left)->setTitleText(leftUnit);
        (*left)->setLabelFormat(QStringLiteral("%.0f"));
        (*left)->setRange(0, 10);
        chart->addAxis(*left, Qt::AlignLeft);
        *right = new QValueAxis;
        (*right)->setTitleText(rightUnit);
        (*right)->setLabelFormat(QStringLiteral("%.1f"));
        (*right)->setRange(0, 1);
        chart->addAxis(*right, Qt::AlignRight);
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(420, 220);
        return view;
    };
    m_loadChart = makeChart(tr("Load"), &m_rateY, tr("per second"), &m_latencyY, tr("ms"));
    m_serviceChart = makeChart(tr("Service"), &m_cpuY, tr("CPU %"), &m_countY, tr("tasks"));
    m_loadChart->setObjectName(QStringLiteral("loadChart"));
    m_serviceChart->setObjectName(QStringLiteral("loadServiceChart"));
    m_cpuY->setRange(0, 100);
    m_countY->setLabelFormat(QStringLiteral("%.0f"));
    m_answered = addSeries(m_loadChart, m_rateY, tr("answered"), Palette::chartRequests);
    m_errors = addSeries(m_loadChart, m_rateY, tr("errors"), Palette::chartServerErrors);
    m_p50 = addSeries(m_loadChart, m_latencyY, tr("p50"), Palette::chartReserved, Qt::DotLine);
    m_p90 = addSeries(m_loadChart, m_latencyY, tr("p90"), Palette::chartUsed, Qt::DotLine);
    m_p99 = addSeries(m_loadChart, m_latencyY, tr("p99"), Palette::chartRegistered, Qt::DotLine);
    m_cpu = addSeries(m_serviceChart, m_cpuY, tr("CPU utilization"), Palette::chartUsed);
    m_target = addSeries(m_serviceChart, m_cpuY, tr("target"), Palette::warning, Qt::DashLine);
    m_desired =
        addSeries(m_serviceChart, m_countY, tr("desired"), Palette::chartRegistered, Qt::DashLine);
    m_running = addSeries(m_serviceChart, m_countY, tr("running"), Palette::chartReserved);
    m_serviceChart->chart()->legend()->markers(m_target).first()->setVisible(false);
    m_alarms->setObjectName(QStringLiteral("loadAlarms"));
    m_alarms->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_startStop, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (isRunning())
            stop();
        else
            start();
    });
    connect(m_serviceBox, &QComboBox::currentTextChanged, this, [this] {
        for (QLineSeries *s : {m_cpu, m_desired, m_running})
            s->clear();
        m_lastServiceSample = -1;
        addSnapshot(m_snapshot);
    });

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_loadChart, 1);
    charts->addWidget(m_serviceChart, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(charts, 1);
    layout->addWidget(m_alarms);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_status->setText(tr("Requests leave on time whatever the answers (open loop); errors are "
                         "HTTP 5xx answers, failed connections and timeouts."));
    m_status->setWordWrap(true);
    updateButtons();
}

LoadDialog::~LoadDialog()
{
    if (m_loadRun)
        m_loadRun->stop();
}

QLineSeries *LoadDialog::addSeries(QChartView *view, QValueAxis *y, const QString &name,
                                   const QColor &colour, Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(QPen(colour, 1.6, style));
    view->chart()->addSeries(series);
    series->attachAxis(view->chart()->axes(Qt::Horizontal).first());
    series->attachAxis(y);
    return series;
}

QString LoadDialog::service() const
{
    return m_serviceBox->currentText();
}

QString LoadDialog::url() const
{
    const QString lb = m_loadBalancer->currentText();
    QString path = m_path->currentText().trimmed();
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    // Where the run's load balancer really listens, when the run says.
    for (const Engine::LoadBalancerStatus &status : m_snapshot.loadBalancers) {
        if (status.name != lb)
            continue;
        for (const char *protocol : {"HTTP", "HTTPS", "TCP", "TLS"}) {
            for (const Engine::ListenerAddress &l : status.listeners) {
                if (l.protocol == QLatin1String(protocol) && !l.url.isEmpty()) {
                    QString base = l.url;
                    while (base.endsWith(u'/'))
                        base.chop(1);
                    return base + path;
                }
            }
        }
    }
    QString problem;
    return Engine::LoadGenerator::listenerUrl(m_run, lb, path, &problem);
}

bool LoadDialog::isRunning() const
{
    return m_loadRun && m_loadRun->isRunning();
}

void LoadDialog::start()
{
    if (isRunning())
        return;
    Engine::LoadSettings settings;
    settings.url = url();
    if (settings.url.isEmpty()) {
        m_status->setText(tr("Load balancer %1 has no listener to send requests to; add an "
                             "HTTP listener to it in the design.")
                              .arg(m_loadBalancer->currentText()));
        return;
    }
    settings.rate = m_rate->value();
    settings.durationSeconds = m_duration->value();
    delete m_loadRun;
    m_loadRun = new Engine::LoadRun(settings, this);
    connect(m_loadRun, &Engine::LoadRun::sampled, this, &LoadDialog::onSample);
    connect(m_loadRun, &Engine::LoadRun::finished, this, &LoadDialog::onFinished);
    m_loadStartedAt = double(m_clock.elapsed()) / 1000.0;
    m_loadRun->start();
    m_status->setText(tr("Sending %1 requests/s to %2 for %3 s…")
                          .arg(settings.rate)
                          .arg(settings.url)
                          .arg(settings.durationSeconds));
    updateButtons();
}

void LoadDialog::stop()
{
    if (m_loadRun)
        m_loadRun->stop();
}

void LoadDialog::updateButtons()
{
    const bool running = isRunning();
    m_startStop->setText(running ? tr("&Stop") : tr("&Start"));
    m_startStop->setEnabled(m_loadBalancer->count() > 0);
    for (QWidget *w : {static_cast<QWidget *>(m_loadBalancer), static_cast<QWidget *>(m_path),
                       static_cast<QWidget *>(m_rateSlider), static_cast<QWidget *>(m_rate),
                       static_cast<QWidget *>(m_duration)})
        w->setEnabled(!running);
}

void LoadDialog::scrollTo(double seconds)
{
    const double to = std::max(seconds, kWindowSeconds / 5);
    const double from = std::max(0.0, to - kWindowSeconds);
    for (QChartView *view : {m_loadChart, m_serviceChart})
        view->chart()->axes(Qt::Horizontal).first()->setRange(from, to);
    for (QLineSeries *s : {m_answered, m_errors, m_p50, m_p90, m_p99, m_cpu, m_desired, m_running})
        trim(s, from);
    if (m_targetValue)
        m_target->replace({QPointF(from, *m_targetValue), QPointF(to, *m_targetValue)});
}

void LoadDialog::onSample(const Engine::LoadSample &sample)
{
    const double x = m_loadStartedAt + sample.second;
    m_answered->append(x, sample.answered);
    m_errors->append(x, sample.errors());
    if (sample.latency.p50 >= 0) {
        m_p50->append(x, double(sample.latency.p50) / 1000.0);
        m_p90->append(x, double(sample.latency.p90) / 1000.0);
        m_p99->append(x, double(sample.latency.p99) / 1000.0);
    }
    scrollTo(std::max(x, double(m_clock.elapsed()) / 1000.0));
    m_rateY->setRange(0, maxY({m_answered, m_errors}, 10));
    m_latencyY->setRange(0, maxY({m_p50, m_p90, m_p99}, 1));
    m_status->setText(
        tr("%1 s: %2 answered/s, p50 %3 ms, p90 %4 ms, p99 %5 ms, %6 errors")
            .arg(sample.second)
            .arg(sample.answered)
            .arg(msOf(sample.latency.p50), msOf(sample.latency.p90), msOf(sample.latency.p99))
            .arg(sample.errors()));
}

void LoadDialog::onFinished(const Engine::LoadSummary &summary)
{
    m_summary = summary;
    const Engine::LoadSample &t = summary.totals;
    m_status->setText(tr("Sent %1, answered %2 (%3/s), %4 errors (HTTP 5xx %5, failed "
                         "connections %6, timeouts %7); p50 %8 ms, p99 %9 ms.")
                          .arg(t.sent)
                          .arg(t.answered)
                          .arg(summary.achievedRate, 0, 'f', 1)
                          .arg(t.errors())
                          .arg(t.status5xx)
                          .arg(t.connectionFailures)
                          .arg(t.timeouts)
                          .arg(msOf(t.latency.p50), msOf(t.latency.p99)));
    updateButtons();
    emit loadFinished(summary);
}

void LoadDialog::addSnapshot(const Engine::EngineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    // One point a second: snapshots also follow Docker events.
    const qint64 second = m_clock.elapsed() / 1000;
    if (second == m_lastServiceSample)
        return;
    for (const Engine::ServiceStatus &s : snapshot.services) {
        if (s.name != service())
            continue;
        m_lastServiceSample = second;
        const double x = double(m_clock.elapsed()) / 1000.0;
        m_cpu->append(x, s.cpuUtilization);
        m_desired->append(x, s.desiredCount);
        m_running->append(x, s.runningCount);
        m_serviceChart->chart()->setTitle(tr("Service %1").arg(s.name));
        m_cpuY->setRange(0, std::max(100.0, maxY({m_cpu}, 100)));
        m_countY->setRange(0, std::max(maxY({m_desired, m_running}, 2), 2.0));
        scrollTo(x);
    }
}

void LoadDialog::setScalingOverlay(std::optional<double> targetValue,
                                   const QList<AlarmState> &alarms)
{
    m_targetValue = targetValue;
    auto markers = m_serviceChart->chart()->legend()->markers(m_target);
    if (!markers.isEmpty())
        markers.first()->setVisible(targetValue.has_value());
    if (!targetValue)
        m_target->clear();
    else
        scrollTo(double(m_clock.elapsed()) / 1000.0);
    QStringList parts;
    for (const AlarmState &a : alarms) {
        const QColor colour = a.state == QLatin1String("ALARM") ? Palette::error
                              : a.state == QLatin1String("OK")  ? Palette::success
                                                                : Palette::targetInitial;
        parts << Palette::inColour(colour, a.name.toHtmlEscaped() + QStringLiteral(": ") +
                                               a.state.toHtmlEscaped());
    }
    m_alarms->setText(parts.join(QStringLiteral(" &nbsp; ")));
    m_alarms->setVisible(!parts.isEmpty());
}

int LoadDialog::loadPointCount() const
{
    return int(m_answered->count() + m_errors->count() + m_p50->count() + m_p90->count() +
               m_p99->count());
}

int LoadDialog::servicePointCount() const
{
    return int(m_cpu->count() + m_desired->count() + m_running->count());
}

void LoadDialog::closeEvent(QCloseEvent *event)
{
    stop();
    QDialog::closeEvent(event);
}

} // namespace Berth::Gui
