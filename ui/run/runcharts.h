#pragma once

#include "engine/metrics/ringbuffer.h"
#include "engine/runtime/enginesnapshot.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLineSeries;
class QValueAxis;

namespace Berth::Gui {

/// The run's charts, over the last 10 minutes at one sample a second: a container
/// instance's CPU and memory (registered, reserved by tasks, in use); each service's average
/// CPU and memory utilization (ECSServiceAverageCPUUtilization / MemoryUtilization); each
/// load balancer's requests and 5xx answers per second. Samples live in fixed-size ring
/// buffers and reach the series with QXYSeries::replace, only while the charts are seen.
class RunCharts final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSamples = 600;

    explicit RunCharts(QWidget *parent = nullptr);
    ~RunCharts() override;

    /// Takes a snapshot's figures, at most one sample a second (snapshots also follow
    /// Docker events, so they may come more often).
    void addSnapshot(const Engine::EngineSnapshot &snapshot);
    void clear();
    /// Whether the colour of a service is known to the chart (set by the run mode).
    void setServiceColors(const QHash<QString, QColor> &colors) { m_colors = colors; }

    QComboBox *instanceChooser() const { return m_instance; }
    /// Points in every series of the charts, for tests.
    int pointCount() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct ServiceHistory
    {
        Engine::RingBuffer<double> cpu{kSamples};
        Engine::RingBuffer<double> memory{kSamples};
        QLineSeries *cpuSeries = nullptr;
        QLineSeries *memorySeries = nullptr;
    };
    struct LoadBalancerHistory
    {
        QLineSeries *requests = nullptr;
        QLineSeries *errors = nullptr;
    };
    QChartView *makeChart(const QString &title, const QString &unit, QValueAxis **y);
    QLineSeries *addSeries(QChartView *view, QValueAxis *y, const QString &name,
                           const QColor &color, Qt::PenStyle style = Qt::SolidLine);
    void refresh();

    QComboBox *m_instance;
    QChartView *m_cpu;
    QChartView *m_memory;
    QChartView *m_services;
    QChartView *m_traffic;
    QValueAxis *m_cpuY = nullptr;
    QValueAxis *m_memoryY = nullptr;
    QValueAxis *m_servicesY = nullptr;
    QValueAxis *m_trafficY = nullptr;
    QLineSeries *m_cpuSeries[3] = {};
    QLineSeries *m_memorySeries[3] = {};
    QHash<QString, ServiceHistory> m_serviceHistory;
    QHash<QString, LoadBalancerHistory> m_lbSeries;
    QHash<QString, QColor> m_colors;
    QHash<QString, Engine::RingBuffer<Engine::InstanceUsage>> m_instanceHistory;
    Engine::EngineSnapshot m_last;
    QDateTime m_lastSample;
    bool m_dirty = false;
};

} // namespace Berth::Gui
