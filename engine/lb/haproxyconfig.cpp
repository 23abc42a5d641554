#include "engine/lb/haproxyconfig.h"
#include <QSet>

#include <algorithm>

namespace Berth::Engine {

namespace {

QString safeName(const QString &name)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString s = name;
    return s.replace(bad, QStringLiteral("_"));
}

bool hasWildcard(const QString &s)
{
    return s.contains(u'*') || s.contains(u'?');
}

QString seconds(int s)
{
    return QStringLiteral("%1s").arg(qMax(1, s));
}

/// Status codes as compact regex alternatives: a full run X Y 0-9 becomes "XY[0-9]".
QString codesRegex(const QList<int> &codes)
{
    QMap<int, QList<int>> byTens;
    for (int c : codes)
        byTens[c / 10].append(c);
    QStringList parts;
    for (auto it = byTens.cbegin(); it != byTens.cend(); ++it) {
        if (it->size() == 10) {
            parts << QStringLiteral("%1[0-9]").arg(it.key());
        } else {
            for (int c : *it)
                parts << QString::number(c);
        }
    }
    return QStringLiteral("^(%1)$").arg(parts.join(u'|'));
}

} // namespace

QString HaproxyConfig::loadBalancerAddress(int index)
{
    return QStringLiteral("127.79.0.%1").arg(index + 1);
}

QString HaproxyConfig::frontendName(const QString &loadBalancer, int port)
{
    return QStringLiteral("lb_%1_%2").arg(safeName(loadBalancer)).arg(port);
}

QString HaproxyConfig::backendName(const QString &targetGroup)
{
    return QStringLiteral("tg_") + safeName(targetGroup);
}

QString HaproxyConfig::portKey(const QString &loadBalancer, int port)
{
    return loadBalancer + u':' + QString::number(port);
}

bool HaproxyConfig::isTcp(const QString &protocol)
{
    const QString p = protocol.toUpper();
    return p == QLatin1String("TCP") || p == QLatin1String("TLS") || p == QLatin1String("UDP") ||
           p == QLatin1String("TCP_UDP");
}

QString HaproxyConfig::wildcardRegex(const QString &pattern)
{
    QString re = QStringLiteral("^");
    for (const QChar c : pattern) {
        if (c == u'*')
            re += QStringLiteral(".*");
        else if (c == u'?')
            re += u'.';
        else if (QStringLiteral("\\^$.|+()[]{}").contains(c))
            re += u'\\' + QString(c);
        else if (c == u' ' || c == u'#')
            re += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            re += c;
    }
    return re + u'$';
}

QString HaproxyConfig::pathCondition(const QString &pattern)
{
    if (!hasWildcard(pattern))
        return QStringLiteral("path -m str ") + pattern;
    const QString stem = pattern.left(pattern.size() - 1);
    if (pattern.endsWith(u'*') && !hasWildcard(stem))
        return QStringLiteral("path -m beg ") + stem;
    return QStringLiteral("path -m reg ") + wildcardRegex(pattern);
}

QString HaproxyConfig::hostCondition(const QString &pattern)
{
    // The Host header may carry a port; ALB matches the name only, case-insensitively.
    const QString fetch = QStringLiteral("hdr(host),field(1,:)");
    if (!hasWildcard(pattern))
        return fetch + QStringLiteral(" -i -m str ") + pattern;
    return fetch + QStringLiteral(" -i -m reg ") + wildcardRegex(pattern);
}

QString HaproxyConfig::queryCondition(const QString &pair)
{
    // ALB: "key=value" matches that parameter, a lone value any parameter's value.
    const qsizetype eq = pair.indexOf(u'=');
    if (eq > 0) {
        const QString fetch = QStringLiteral("urlp(%1)").arg(pair.left(eq));
        const QString value = pair.mid(eq + 1);
        return hasWildcard(value) ? fetch + QStringLiteral(" -i -m reg ") + wildcardRegex(value)
                                  : fetch + QStringLiteral(" -i -m str ") + value;
    }
    const QString value = wildcardRegex(pair).mid(1).chopped(1); // without ^ and $
    return QStringLiteral("query -i -m reg (^|&)[^=&]*=") + value + QStringLiteral("(&|$)");
}

QString HaproxyConfig::headerCondition(const QString &name, const QString &value)
{
    const QString fetch = QStringLiteral("req.hdr(%1)").arg(name);
    return hasWildcard(value) ? fetch + QStringLiteral(" -i -m reg ") + wildcardRegex(value)
                              : fetch + QStringLiteral(" -i -m str ") + value;
}

QString HaproxyConfig::expectLine(const QString &matcher)
{
    QList<int> codes;
    for (const QString &part : matcher.split(u',', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        const int dash = p.indexOf(u'-');
        if (dash > 0) {
            const int from = p.left(dash).toInt();
            const int to = p.mid(dash + 1).toInt();
            for (int c = from; c <= to && c < 600; ++c)
                codes << c;
        } else if (p.toInt() > 0) {
            codes << p.toInt();
        }
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    if (codes.isEmpty())
        codes << 200;
    if (codes.size() == 1)
        return QStringLiteral("http-check expect status %1").arg(codes.first());
    return QStringLiteral("http-check expect rstatus ") + codesRegex(codes);
}

QString HaproxyConfig::serverOptions(const Model::TargetGroup &tg)
{
    const Model::TargetGroupHealthCheck &hc = tg.healthCheck;
    // Idle server connections are kept and shared between clients, as an ALB does. Servers
    // added through the runtime API keep no idle connection unless told to, and then every
    // request opens a new connection (measured: less than half the requests per second).
    QString s = QStringLiteral("pool-max-conn -1 pool-purge-delay 10s check inter %1 rise %2 fall %3")
                    .arg(seconds(hc.intervalSeconds))
                    .arg(qMax(1, hc.healthyThreshold))
                    .arg(qMax(1, hc.unhealthyThreshold));
    bool numeric = false;
    const int port = hc.port.toInt(&numeric);
    if (numeric && port > 0)
        s += QStringLiteral(" port %1").arg(port);
    return s;
}

bool HaproxyConfig::isSecure(const QString &protocol)
{
    const QString p = protocol.toUpper();
    return p == QLatin1String("HTTPS") || p == QLatin1String("TLS");
}

bool HaproxyConfig::isServed(const Model::LoadBalancer &lb, const Model::Listener &listener,
                             const Options &options)
{
    if (listener.protocol.toUpper() == QLatin1String("UDP"))
        return false;
    return !isSecure(listener.protocol) || !options.certificates.value(lb.name).isEmpty();
}

void HaproxyConfig::writeFrontend(QStringList &out, const Model::LoadBalancer &lb, int index,
                                  const Model::Listener &listener, const Options &options)
{
    const bool tcp = lb.type == Model::LoadBalancer::Type::Network || isTcp(listener.protocol);
    const int port = options.boundPorts.value(portKey(lb.name, listener.port), listener.port);
    // HTTPS and TLS listeners terminate TLS here, as ELB does, with the run's certificate.
    const QString tls = isSecure(listener.protocol)
                            ? QStringLiteral(" ssl crt ") + options.certificates.value(lb.name)
                            : QString();
    out << QString() << QStringLiteral("frontend ") + frontendName(lb.name, listener.port);
    out << QStringLiteral("    mode ") + (tcp ? QStringLiteral("tcp") : QStringLiteral("http"));
    out << QStringLiteral("    bind %1:%2").arg(loadBalancerAddress(index)).arg(port) + tls;
    const QString inside = options.insideAddresses.value(lb.name);
    if (!inside.isEmpty())
        out << QStringLiteral("    bind %1:%2").arg(inside).arg(port) + tls;
    if (!tcp) {
        out << QStringLiteral("    option forwardfor");
        out << QStringLiteral("    http-request set-header X-Forwarded-Proto ")
                   + (tls.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
        out << QStringLiteral("    http-request set-header X-Forwarded-Port %1").arg(listener.port);
        QList<Model::ListenerRule> rules = listener.rules;
        std::stable_sort(rules.begin(), rules.end(),
                         [](const Model::ListenerRule &a, const Model::ListenerRule &b) {
                             return a.priority < b.priority;
                         });
        for (const Model::ListenerRule &rule : rules) {
            if (rule.targetGroup.isEmpty())
                continue;
            QStringList conditions;
            const QString acl = QStringLiteral("rule%1").arg(rule.priority);
            // ACLs declared under one name are ORed; the conditions of a rule are ANDed.
            for (const QString &p : rule.pathPatterns)
                out << QStringLiteral("    acl %1_path %2").arg(acl, pathCondition(p));
            if (!rule.pathPatterns.isEmpty())
                conditions << acl + QStringLiteral("_path");
            for (const QString &h : rule.hostHeaders)
                out << QStringLiteral("    acl %1_host %2").arg(acl, hostCondition(h));
            if (!rule.hostHeaders.isEmpty())
                conditions << acl + QStringLiteral("_host");
            if (!rule.httpRequestMethods.isEmpty()) {
                out << QStringLiteral("    acl %1_method method %2")
                           .arg(acl, rule.httpRequestMethods.join(u' '));
                conditions << acl + QStringLiteral("_method");
            }
            if (!rule.sourceIps.isEmpty()) {
                out << QStringLiteral("    acl %1_src src %2").arg(acl, rule.sourceIps.join(u' '));
                conditions << acl + QStringLiteral("_src");
            }
            for (const QString &q : rule.queryStrings)
                out << QStringLiteral("    acl %1_query %2").arg(acl, queryCondition(q));
            if (!rule.queryStrings.isEmpty())
                conditions << acl + QStringLiteral("_query");
            for (const QString &v : rule.httpHeaderValues)
                out << QStringLiteral("    acl %1_header %2")
                           .arg(acl, headerCondition(rule.httpHeaderName, v));
            if (!rule.httpHeaderValues.isEmpty())
                conditions << acl + QStringLiteral("_header");
            QString line = QStringLiteral("    use_backend ") + backendName(rule.targetGroup);
            if (!conditions.isEmpty())
                line += QStringLiteral(" if ") + conditions.join(u' ');
            out << line;
        }
    }
    if (!listener.defaultTargetGroup.isEmpty())
        out << QStringLiteral("    default_backend ") + backendName(listener.defaultTargetGroup);
}

void HaproxyConfig::writeBackend(QStringList &out, const Model::TargetGroup &tg,
                                 const Options &options)
{
    const Model::TargetGroupHealthCheck &hc = tg.healthCheck;
    const bool tcp = isTcp(tg.protocol);
    out << QString() << QStringLiteral("backend ") + backendName(tg.name);
    out << QStringLiteral("    mode ") + (tcp ? QStringLiteral("tcp") : QStringLiteral("http"));
    out << QStringLiteral("    balance roundrobin");
    out << QStringLiteral("    timeout check ") + seconds(hc.timeoutSeconds);
    if (!isTcp(hc.protocol)) {
        const QString path = hc.path.isEmpty() ? QStringLiteral("/") : hc.path;
        out << QStringLiteral("    option httpchk GET ") + path;
        out << QStringLiteral("    ") + expectLine(hc.matcher);
    }
    const QString check = serverOptions(tg);
    for (const HaproxyServer &s : options.servers.value(tg.name))
        out << QStringLiteral("    server %1 %2:%3 %4")
                   .arg(s.name, s.address)
                   .arg(s.port)
                   .arg(check);
}

QString HaproxyConfig::generate(const Model::ProjectData &project, const Options &options)
{
    QStringList out;
    out << QStringLiteral("# Generated by Berth for project %1; edits are overwritten.")
               .arg(project.name);
    out << QStringLiteral("global");
    out << QStringLiteral("    stats socket %1 mode 600 level admin expose-fd listeners")
               .arg(options.statsSocket);
    out << QStringLiteral("    stats timeout 30s");
    out << QStringLiteral("    maxconn 4096");
    out << QString() << QStringLiteral("defaults");
    out << QStringLiteral("    timeout connect 5s");
    // ALB's idle timeout is 60 s.
    out << QStringLiteral("    timeout client 60s");
    out << QStringLiteral("    timeout server 60s");
    out << QStringLiteral("    timeout http-keep-alive 60s");
    out << QStringLiteral("    http-reuse always");
    out << QStringLiteral("    retries 2");
    out << QStringLiteral("    option redispatch");
    QSet<QString> used;
    for (int i = 0; i < project.loadBalancers.size(); ++i) {
        const Model::LoadBalancer &lb = project.loadBalancers.at(i);
        for (const Model::Listener &listener : lb.listeners) {
            // HAProxy does not balance UDP; a secure listener without a certificate is not
            // served rather than served in plain text (the manager says why).
            if (!isServed(lb, listener, options))
                continue;
            writeFrontend(out, lb, i, listener, options);
            used.insert(listener.defaultTargetGroup);
            for (const Model::ListenerRule &r : listener.rules)
                used.insert(r.targetGroup);
        }
    }
    for (const Model::TargetGroup &tg : project.targetGroups)
        writeBackend(out, tg, options);
    // A listener that names a missing target group still needs a backend to load.
    for (const QString &name : std::as_const(used)) {
        if (!name.isEmpty() && !project.targetGroup(name)) {
            out << QString() << QStringLiteral("backend ") + backendName(name);
            out << QStringLiteral("    mode http");
        }
    }
    out << QString();
    return out.join(u'\n');
}

} // namespace Berth::Engine
