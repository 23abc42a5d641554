#include "engine/lb/haproxyconfig.h"
#include <QMap>
#include <QRegularExpression>
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
        // HAProxy runs every http-request action before any use_backend: a rule answered
        // here (fixed-response, redirect) or one that needs to know it won (stickiness)
        // first marks the rule that matches, in priority order, as ALB picks it.
        // A default action that answers or redirects counts as a rule after every other.
        if (listener.defaultAction != Model::ListenerRule::Action::Forward)
            rules.append(listener.defaultRule());
        const bool marked = std::any_of(rules.cbegin(), rules.cend(), [](const auto &r) {
            return r.action != Model::ListenerRule::Action::Forward || r.stickinessSeconds > 0;
        });
        for (const Model::ListenerRule &rule : rules) {
            if (rule.action == Model::ListenerRule::Action::Forward && rule.targetGroup.isEmpty()
                && rule.targetGroups.isEmpty())
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
            writeAction(out, lb, listener, rule, conditions, marked, options);
        }
        if (marked)
            out << QStringLiteral("    http-response add-header Set-Cookie "
                                  "\"AWSALBTG=%[be_name]; Max-Age=%[var(txn.sticky)]; Path=/\" "
                                  "if { var(txn.sticky) -m found }");
    }
    if (!listener.defaultForward().isEmpty())
        out << QStringLiteral("    default_backend ") + backendName(listener.defaultForward());
}

void HaproxyConfig::writeAction(QStringList &out, const Model::LoadBalancer &lb,
                                const Model::Listener &listener, const Model::ListenerRule &rule,
                                const QStringList &conditions, bool marked,
                                const Options &options)
{
    using Action = Model::ListenerRule::Action;
    const QString when = conditions.isEmpty() ? QString()
                                              : QStringLiteral(" if ") + conditions.join(u' ');
    const QString won = QStringLiteral(" if { var(txn.rule) -m int %1 }").arg(rule.priority);
    if (marked)
        out << QStringLiteral("    http-request set-var(txn.rule) int(%1) if "
                              "!{ var(txn.rule) -m found }")
                       .arg(rule.priority)
                   + (conditions.isEmpty() ? QString() : u' ' + conditions.join(u' '));
    if (rule.action == Action::FixedResponse) {
        const Model::FixedResponse &f = rule.fixedResponse;
        QString line = QStringLiteral("    http-request return status %1").arg(f.statusCode);
        if (!f.messageBody.isEmpty())
            line += QStringLiteral(" content-type %1 string %2")
                        .arg(quoted(f.contentType.isEmpty() ? QStringLiteral("text/plain")
                                                            : f.contentType),
                             quoted(f.messageBody));
        out << line + won;
        return;
    }
    if (rule.action == Action::Redirect) {
        const QString code = rule.redirect.statusCode == QLatin1String("HTTP_302")
                                 ? QStringLiteral("302")
                                 : QStringLiteral("301");
        const QString line = QStringLiteral("    http-request redirect location %1 code ") + code;
        // Without a query a bare #{query} leaves no "?" behind.
        if (rule.redirect.query == QLatin1String("#{query}"))
            out << line.arg(quoted(redirectLocation(rule.redirect, lb, listener, options, true)))
                       + won + QStringLiteral(" { query -m reg . }");
        out << line.arg(quoted(redirectLocation(rule.redirect, lb, listener, options, false)))
                   + won;
        return;
    }
    const QList<Model::WeightedTargetGroup> groups = rule.forwards();
    if (groups.size() == 1) {
        out << QStringLiteral("    use_backend ") + backendName(groups.first().targetGroup) + when;
        return;
    }
    // A weighted forward: one roll per request, each group owning a run of its weight.
    int total = 0;
    for (const Model::WeightedTargetGroup &g : groups)
        total += qMax(0, g.weight);
    const QString roll = QStringLiteral("txn.weight%1").arg(rule.priority);
    out << QStringLiteral("    http-request set-var(%1) rand(%2)").arg(roll).arg(qMax(1, total));
    if (rule.stickinessSeconds > 0) {
        out << QStringLiteral("    http-request set-var(txn.sticky) int(%1)")
                       .arg(rule.stickinessSeconds)
                   + won;
        for (const Model::WeightedTargetGroup &g : groups) {
            if (g.weight > 0)
                out << QStringLiteral("    use_backend %1").arg(backendName(g.targetGroup)) + won
                           + QStringLiteral(" { req.cook(AWSALBTG) -m str %1 }")
                                 .arg(backendName(g.targetGroup));
        }
    }
    int upTo = 0;
    for (const Model::WeightedTargetGroup &g : groups) {
        if (g.weight <= 0)
            continue;
        upTo += g.weight;
        out << QStringLiteral("    use_backend ") + backendName(g.targetGroup)
                   + (when.isEmpty() ? QStringLiteral(" if") : when)
                   + QStringLiteral(" { var(%1) -m int lt %2 }").arg(roll).arg(upTo);
    }
}

QString HaproxyConfig::quoted(const QString &text)
{
    QString q = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"' || c == u'$')
            q += u'\\' + QString(c);
        else if (c == u'\n')
            q += QStringLiteral("\\n");
        else if (c == u'\r')
            q += QStringLiteral("\\r");
        else if (c == u'\t')
            q += QStringLiteral("\\t");
        else if (c.unicode() < 0x20)
            q += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            q += c;
    }
    return q + u'"';
}

QString HaproxyConfig::redirectLocation(const Model::Redirect &r, const Model::LoadBalancer &lb,
                                        const Model::Listener &listener, const Options &options,
                                        bool withQuery)
{
    const QString ownScheme = isSecure(listener.protocol) ? QStringLiteral("https")
                                                          : QStringLiteral("http");
    const int ownPort = options.boundPorts.value(portKey(lb.name, listener.port), listener.port);
    // Log-format: the request's parts are fetched, literal text keeps its % doubled.
    const auto expand = [&](const QString &part) {
        static const QRegularExpression key(QStringLiteral("#\\{(protocol|host|port|path|query)\\}"));
        QString out;
        qsizetype at = 0;
        for (auto it = key.globalMatch(part); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += part.mid(at, m.capturedStart() - at).replace(u'%', QStringLiteral("%%"));
            const QString name = m.captured(1);
            if (name == QLatin1String("protocol"))
                out += ownScheme;
            else if (name == QLatin1String("host"))
                out += QStringLiteral("%[req.hdr(host),field(1,:)]");
            else if (name == QLatin1String("port"))
                out += QString::number(ownPort);
            else if (name == QLatin1String("path"))
                out += QStringLiteral("%[path,regsub(^/,)]");
            else
                out += QStringLiteral("%[query]");
            at = m.capturedEnd();
        }
        return out + part.mid(at).replace(u'%', QStringLiteral("%%"));
    };
    const QString scheme = r.protocol == QLatin1String("#{protocol}") ? ownScheme
                                                                      : r.protocol.toLower();
    bool numeric = false;
    const int port = r.port.toInt(&numeric);
    // A listener's port that moved (unprivileged) is where the client must go.
    const int boundPort = numeric ? options.boundPorts.value(portKey(lb.name, port), port)
                                  : ownPort;
    QString location = scheme + QStringLiteral("://") + expand(r.host) + u':'
                       + QString::number(boundPort) + expand(r.path);
    if (r.query == QLatin1String("#{query}")) {
        if (withQuery)
            location += QStringLiteral("?%[query]");
    } else if (!r.query.isEmpty()) {
        location += u'?' + expand(r.query);
    }
    return location;
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
            for (const QString &g : listener.targetGroups())
                used.insert(g);
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
