#pragma once

#include "model/projectdata.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Berth::Engine {

/// A target written into the configuration as a static server (so a reload keeps it).
struct HaproxyServer
{
    QString name;
    QString address;
    int port = 0;
    bool operator==(const HaproxyServer &) const = default;
};

/// Generates HAProxy's configuration for a project's load balancers: one frontend per
/// listener on the load balancer's loopback address, ALB rules as ACLs in priority order,
/// one round-robin backend per target group with the target group's health check.
class HaproxyConfig
{
public:
    struct Options
    {
        QString statsSocket;
        /// "LB:PORT" -> the port the listener really binds (privileged ports move).
        QHash<QString, int> boundPorts;
        /// Target group name -> targets registered now.
        QHash<QString, QList<HaproxyServer>> servers;
        /// Load balancer name -> a second address it listens on, reachable from containers
        /// (the gateway of a Docker network of its own).
        QHash<QString, QString> insideAddresses;
        /// Load balancer name -> its certificate (PEM, key included) for HTTPS and TLS
        /// listeners; a secure listener without one is not served (never as plain text).
        QHash<QString, QString> certificates;
    };

    /// Whether a listener's protocol terminates TLS (HTTPS on an ALB, TLS on an NLB).
    static bool isSecure(const QString &protocol);
    /// Whether the listener is served locally: not UDP (HAProxy balances no UDP), and a
    /// secure listener only with a certificate.
    static bool isServed(const Model::LoadBalancer &lb, const Model::Listener &listener,
                         const Options &options);

    static QString generate(const Model::ProjectData &project, const Options &options);

    /// 127.79.0.L for the load balancer at index L - 1.
    static QString loadBalancerAddress(int index);
    static QString frontendName(const QString &loadBalancer, int port);
    static QString backendName(const QString &targetGroup);
    static QString portKey(const QString &loadBalancer, int port);
    /// A privileged listener port that cannot be bound moves here.
    static int unprivilegedPort(int port) { return port + 8000; }
    static bool isTcp(const QString &protocol);

    /// An ALB path pattern (case-sensitive; * any run, ? one character) as an ACL criterion.
    static QString pathCondition(const QString &pattern);
    /// An ALB host-header pattern (case-insensitive, wildcards) as an ACL criterion.
    static QString hostCondition(const QString &pattern);
    /// A query-string condition value ("key=value" or "value") as an HAProxy ACL.
    static QString queryCondition(const QString &pair);
    /// An http-header condition value as an HAProxy ACL.
    static QString headerCondition(const QString &name, const QString &value);
    /// ALB wildcards to an anchored regular expression.
    static QString wildcardRegex(const QString &pattern);
    /// The health check matcher ("200", "200-299", "200,302") as an http-check expect line.
    static QString expectLine(const QString &matcher);
    /// Per-server check options: "check inter 30s rise 5 fall 2" (+ " port N").
    static QString serverOptions(const Model::TargetGroup &targetGroup);

    /// Text as one double-quoted word of HAProxy's configuration.
    static QString quoted(const QString &text);
    /// A redirect action's Location as a log-format string (#{...} become the request's
    /// parts); withQuery: the request has a query string to carry over.
    static QString redirectLocation(const Model::Redirect &redirect,
                                    const Model::LoadBalancer &lb,
                                    const Model::Listener &listener, const Options &options,
                                    bool withQuery);

private:
    static void writeAction(QStringList &out, const Model::LoadBalancer &lb,
                            const Model::Listener &listener, const Model::ListenerRule &rule,
                            const QStringList &conditions, bool marked, const Options &options);
    static void writeFrontend(QStringList &out, const Model::LoadBalancer &lb, int index,
                              const Model::Listener &listener, const Options &options);
    static void writeBackend(QStringList &out, const Model::TargetGroup &tg,
                             const Options &options);
};

} // namespace Berth::Engine
