#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Berth::Engine {

/// A registered target and its health, in Elastic Load Balancing's terms.
struct TargetHealth
{
    QString targetGroup;
    QString taskId;
    QString service;
    QString address;
    int port = 0;
    QString state = QStringLiteral("initial"); ///< initial, healthy, unhealthy, draining
    QString reason; ///< e.g. "Health checks failed with these codes: [503]"
    bool operator==(const TargetHealth &) const = default;
};

/// One target's share of a one-second sample.
struct TargetSample
{
    QString taskId;
    QString targetGroup;
    qint64 requests = 0;
    QString state;
    bool operator==(const TargetSample &) const = default;
};

/// What a load balancer did in one second.
struct LoadBalancerSample
{
    QDateTime at;
    qint64 requests = 0;
    qint64 responses2xx = 0;
    qint64 responses4xx = 0;
    qint64 responses5xx = 0;
    QList<TargetSample> targets;
    bool operator==(const LoadBalancerSample &) const = default;
};

struct ListenerAddress
{
    QString protocol;
    int port = 0;      ///< as designed
    int boundPort = 0; ///< where it listens: port + 8000 when the port needs privilege
    QString url;
    QString insideUrl; ///< the URL tasks use: NAME.lb.berth resolves inside their containers
    bool moved() const { return boundPort != port; }
    bool operator==(const ListenerAddress &) const = default;
};

/// A running load balancer: where it listens, its targets and its recent samples.
struct LoadBalancerStatus
{
    QString name;
    QString type; ///< application, network
    QString address;
    bool running = false;
    QList<ListenerAddress> listeners;
    QList<TargetHealth> targets;
    QList<LoadBalancerSample> samples; ///< oldest first, one a second, the last 10 minutes
    bool operator==(const LoadBalancerStatus &) const = default;
};

} // namespace Berth::Engine
