#pragma once

#include "model/jsonreader.h"

#include <QPointF>
#include <QStringList>

namespace Berth::Model {

/// An ALB listener rule: conditions (path-pattern, host-header, http-request-method,
/// source-ip, query-string, http-header; all must match, any value of one matches) and a
/// forward action.
struct ListenerRule
{
    int priority = 1;
    QStringList pathPatterns;
    QStringList hostHeaders;
    QString targetGroup; ///< forward to this target group
    QStringList httpRequestMethods; ///< GET, POST, ... (case-sensitive, as ALB)
    QStringList sourceIps;          ///< CIDR blocks, e.g. 10.0.0.0/8
    QStringList queryStrings;       ///< "key=value" or "value"; * and ? are wildcards
    QString httpHeaderName;         ///< with httpHeaderValues: an http-header condition
    QStringList httpHeaderValues;

    /// How many condition values the rule has (ALB allows 5 per rule).
    qsizetype conditionCount() const
    {
        return pathPatterns.size() + hostHeaders.size() + httpRequestMethods.size()
               + sourceIps.size() + queryStrings.size() + httpHeaderValues.size();
    }
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
