#pragma once

#include "engine/lb/loadgenerator.h"
#include "engine/runtime/enginesnapshot.h"

#include <QDialog>
#include <QElapsedTimer>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QSlider;
class QSpinBox;
class QValueAxis;

namespace Berth::Engine {
class LoadRun;
}

namespace Berth::Gui {

/// Generate load... in run mode: open-loop HTTP requests at a rate (slider) for a duration
/// to a load balancer's listener (a path such as the demo app's /cpu or /mem), and two
/// charts over the same seconds: the load (answered rate, errors, latency p50/p90/p99) and
/// the service it reaches (average CPU utilization, desired and running counts).
class LoadDialog final : public QDialog
{
    Q_OBJECT
public:
    /// An alarm's state as CloudWatch names it (OK, ALARM, INSUFFICIENT_DATA).
    struct AlarmState
    {
        QString name;
        QString state;
    };

    /// \a service and \a loadBalancer preselect; either may be empty.
    LoadDialog(const Model::ProjectData &run, const QString &service, const QString &loadBalancer,
               QWidget *parent = nullptr);
    ~LoadDialog() override;

    /// A run snapshot: the service's CPU and counts, the listener's bound address.
    void addSnapshot(const Engine::EngineSnapshot &snapshot);
    /// A scaling policy's target value (drawn on the CPU axis) and its alarms' states; no
    /// value and no alarms draw nothing.
    void setScalingOverlay(std::optional<double> targetValue, const QList<AlarmState> &alarms);

    void start();
    void stop();
    bool isRunning() const;
    QString url() const;
    QString service() const;

    QSlider *rateSlider() const { return m_rateSlider; }
    QSpinBox *durationBox() const { return m_duration; }
    QComboBox *pathBox() const { return m_path; }
    /// Points in the load chart's series (tests).
    int loadPointCount() const;
    int servicePointCount() const;
    const Engine::LoadSummary &lastSummary() const { return m_summary; }

Q_SIGNALS:
    void loadFinished(const Berth::Engine::LoadSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onSample(const Engine::LoadSample &sample);
    void onFinished(const Engine::LoadSummary &summary);
    void updateButtons();
    void scrollTo(double seconds);
    QLineSeries *addSeries(QChartView *view, QValueAxis *y, const QString &name,
                           const QColor &colour, Qt::PenStyle style = Qt::SolidLine);

    Model::ProjectData m_run;
    Engine::EngineSnapshot m_snapshot;
    QComboBox *m_loadBalancer;
    QComboBox *m_serviceBox;
    QComboBox *m_path;
    QSlider *m_rateSlider;
    QSpinBox *m_rate;
    QSpinBox *m_duration;
    QPushButton *m_startStop;
    QLabel *m_status;
    QLabel *m_alarms;
    QChartView *m_loadChart;
    QChartView *m_serviceChart;
    QValueAxis *m_rateY = nullptr;
    QValueAxis *m_latencyY = nullptr;
    QValueAxis *m_cpuY = nullptr;
    QValueAxis *m_countY = nullptr;
    QLineSeries *m_answered;
    QLineSeries *m_errors;
    QLineSeries *m_p50;
    QLineSeries *m_p90;
    QLineSeries *m_p99;
    QLineSeries *m_cpu;
    QLineSeries *m_desired;
    QLineSeries *m_running;
    QLineSeries *m_target;
    std::optional<double> m_targetValue;
    Engine::LoadRun *m_loadRun = nullptr;
    Engine::LoadSummary m_summary;
    QElapsedTimer m_clock; ///< x axis: seconds since the dialog opened
    double m_loadStartedAt = 0;
    qint64 m_lastServiceSample = -1;
};

} // namespace Berth::Gui
