#pragma once

#include "model/jsonreader.h"

#include <QPointF>
#include <QStringList>

#include <optional>

namespace Berth::Model {

/// One target group of a weighted forward action (ELBv2's TargetGroupTuple).
struct WeightedTargetGroup
{
    QString targetGroup;
    int weight = 1; ///< 0 to 999; a group gets weight / sum of the weights of the requests
    bool operator==(const WeightedTargetGroup &) const = default;
};

/// ELBv2's FixedResponseConfig: the load balancer answers by itself.
struct FixedResponse
{
    QString statusCode = QStringLiteral("200"); ///< 2XX, 4XX or 5XX
    QString contentType = QStringLiteral("text/plain");
    QString messageBody;
    bool operator==(const FixedResponse &) const = default;
};

/// ELBv2's RedirectConfig. Each part keeps the request's own value by default; #{protocol},
/// #{host}, #{port}, #{path} (without its leading /) and #{query} stand for it.
struct Redirect
{
    QString protocol = QStringLiteral("#{protocol}"); ///< HTTP, HTTPS or #{protocol}
    QString host = QStringLiteral("#{host}");
    QString port = QStringLiteral("#{port}");
    QString path = QStringLiteral("/#{path}");
    QString query = QStringLiteral("#{query}");
    QString statusCode = QStringLiteral("HTTP_301"); ///< HTTP_301 (permanent) or HTTP_302

    /// Whether every part is the request's own: such a redirect would loop.
    bool isIdentity() const;
    bool operator==(const Redirect &) const = default;
};

/// An ALB listener rule: conditions (path-pattern, host-header, http-request-method,
/// source-ip, query-string, http-header; all must match, any value of one matches) and an
/// action: forward (to one target group, or weighted to several), fixed-response or redirect.
struct ListenerRule
{
    enum class Action { Forward, FixedResponse, Redirect };

    int priority = 1;
    QStringList pathPatterns;
    QStringList hostHeaders;
    QString targetGroup; ///< forward to this target group (when targetGroups is empty)
    QStringList httpRequestMethods; ///< GET, POST, ... (case-sensitive, as ALB)
    QStringList sourceIps;          ///< CIDR blocks, e.g. 10.0.0.0/8
    QStringList queryStrings;       ///< "key=value" or "value"; * and ? are wildcards
    QString httpHeaderName;         ///< with httpHeaderValues: an http-header condition
    QStringList httpHeaderValues;
    Action action = Action::Forward;
    /// A weighted forward (ForwardConfig.TargetGroups); empty: forward to targetGroup alone.
    QList<WeightedTargetGroup> targetGroups;
    /// ForwardConfig.TargetGroupStickinessConfig: 0 is off, else the cookie's lifetime.
    int stickinessSeconds = 0;
    FixedResponse fixedResponse;
    Redirect redirect;

    /// The target groups a forward action sends requests to, with their weights.
    QList<WeightedTargetGroup> forwards() const;
    static QString actionName(Action action); ///< forward, fixed-response, redirect
    static std::optional<Action> actionFromName(const QString &name);

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
    QString defaultTargetGroup; ///< the default action's target group, when it forwards
    QList<ListenerRule> rules;
    /// The default action, taken when no rule matches (ELBv2's DefaultActions): forward to
    /// defaultTargetGroup, answer by itself (application load balancers) or redirect.
    ListenerRule::Action defaultAction = ListenerRule::Action::Forward;
    FixedResponse defaultFixedResponse;
    Redirect defaultRedirect;

    /// After every numbered rule (ALB allows priorities up to 50000).
    static constexpr int kDefaultPriority = 50001;
    /// The default action as a rule with no conditions, ranked after every other rule.
    ListenerRule defaultRule() const;
    /// The target group the default action forwards to; empty when it answers or redirects.
    QString defaultForward() const
    {
        return defaultAction == ListenerRule::Action::Forward ? defaultTargetGroup : QString();
    }

    /// Every target group the listener forwards to: the default one and each forward rule's.
    QStringList targetGroups() const;
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
