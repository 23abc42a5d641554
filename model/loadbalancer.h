#pragma once

#include "model/jsonreader.h"

#include <QPointF>
#include <QStringList>

namespace Berth::Model {

/// An ALB listener rule: conditions (path-pattern, host-header) and a forward action.
struct ListenerRule
{
    int priority = 1;
    QStringList pathPatterns;
    QStringList hostHeaders;
    QString targetGroup; ///< forward to this target group
    bool operator==(const ListenerRule &) const = default;
};

struct Listener
{
    QString protocol = QStringLiteral("HTTP"); ///< HTTP, HTTPS (ALB); TCP, UDP, TLS (NLB)
    int port = 80;
    QString defaultTargetGroup; ///< the default action: forward here
    QList<ListenerRule> rules;
    bool operator==(const Listener &) const = default;
};

/// An Elastic Load Balancing load balancer: application (HTTP) or network (TCP).
struct LoadBalancer
{
    enum class Type { Application, Network };

    QString name;
    Type type = Type::Application;
    QList<Listener> listeners;
    QPointF position;

    static QString typeName(Type t);
    QJsonObject toJson() const;
    static LoadBalancer fromJson(const JsonReader &in);
    bool operator==(const LoadBalancer &) const = default;
};

} // namespace Berth::Model
