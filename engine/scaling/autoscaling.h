#pragma once

#include "engine/runtime/enginesnapshot.h"
#include "engine/scaling/servicescaler.h"
#include "model/projectdata.h"

#include <QHash>

#include <functional>
#include <memory>

namespace Berth::Engine {

/// A service's Application Auto Scaling as the window, the charts and the API read it.
struct ServiceScalingStatus
{
    QString service;
    QString resourceId; ///< service/CLUSTER/SERVICE
    int minCapacity = 0;
    int maxCapacity = 0;
    std::optional<double> targetValue; ///< the first target tracking policy's
    QList<ScalingAlarmStatus> alarms;
};

/// Application Auto Scaling over a run: one ServiceScaler per service that scales, fed from
/// the engine's snapshots (service CPU and memory utilisation, the load balancers' requests
/// per target), on the lab clock: ECS time runs `timeScale` times faster than the real
/// clock from the moment the run started. What it decides comes back as desired counts to
/// set and activities to record; the run session sets them through the design, as
/// `berth service` and UpdateService do.
class AutoScaling
{
public:
    using Clock = std::function<qint64()>; ///< real milliseconds since the epoch

    explicit AutoScaling(double timeScale = 1.0, Clock clock = {});

    double timeScale() const { return m_timeScale; }
    /// ECS time now, in milliseconds since the epoch.
    qint64 now() const;
    /// The design (again): a service whose scaling changed starts afresh, the others keep
    /// their alarms and cooldowns.
    void setDesign(const Model::ProjectData &project);

    struct Change
    {
        QString service;
        int desiredCount = 0;
    };
    /// Feeds the snapshot's metrics (at most one sample a real second) and runs the
    /// decisions; returns the desired counts to set. Activities are recorded.
    QList<Change> observe(const EngineSnapshot &snapshot);

    QList<ServiceScalingStatus> status() const;
    std::optional<ServiceScalingStatus> status(const QString &service) const;
    /// Newest first; every service when empty.
    QList<ScalingActivity> activities(const QString &service = {}) const;
    /// The activities recorded since the last call, oldest first, with their service.
    QList<QPair<QString, ScalingActivity>> takeNewActivities();
    /// RegisterScalableTarget on a running target.
    void setCapacity(const QString &service, int minCapacity, int maxCapacity);

    static constexpr int kKeptActivities = 100;

private:
    struct Entry
    {
        Model::ServiceAutoScaling config;
        std::shared_ptr<ServiceScaler> scaler;
        QString targetGroup;               ///< the one ALBRequestCountPerTarget counts
        QList<ScalingActivity> activities; ///< newest first
    };

    double m_timeScale;
    Clock m_clock;
    qint64 m_realStartMs;
    qint64 m_lastFeedMs = 0;
    QString m_cluster;
    QHash<QString, Entry> m_services;
    QHash<QString, QDateTime> m_lastLoadBalancerSample;
    QList<QPair<QString, ScalingActivity>> m_new;
};

} // namespace Berth::Engine
