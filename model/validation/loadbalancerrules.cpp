#include "model/validation/loadbalancerrules.h"

#include <QRegularExpression>

#include "model/jsontext.h"

#include <QHash>
#include <QSet>

namespace Berth::Model::Internal {

namespace {

bool isApplication(const LoadBalancer &lb)
{
    return lb.type == LoadBalancer::Type::Application;
}

QStringList listenerProtocols(const LoadBalancer &lb)
{
    if (isApplication(lb))
        return {QStringLiteral("HTTP"), QStringLiteral("HTTPS")};
    return {QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("TLS"),
            QStringLiteral("TCP_UDP")};
}

} // namespace

void LoadBalancerRules::check(const ProjectData &project, Diagnostics &out)
{
    QSet<QString> names;
    for (qsizetype l = 0; l < project.loadBalancers.size(); ++l) {
        const LoadBalancer &lb = project.loadBalancers.at(l);
        const QString path = JsonText::index(QStringLiteral("$.loadBalancers"), l);
        Reporter report(out, Diagnostic::EntityKind::LoadBalancer, lb.name);
        const QString namePath = JsonText::member(path, QStringLiteral("name"));
        if (lb.name.trimmed().isEmpty())
            report.error(QStringLiteral("loadBalancer.name"), namePath,
                         tr("the load balancer has no name"), tr("Name the load balancer."));
        else if (names.contains(lb.name))
            report.error(QStringLiteral("loadBalancer.name.unique"), namePath,
                         tr("another load balancer is already named \"%1\"").arg(lb.name),
                         tr("Give each load balancer its own name."));
        names.insert(lb.name);

        LoadBalancerRules rules(project, lb, report);
        const QString list = JsonText::member(path, QStringLiteral("listeners"));
        QHash<int, qsizetype> ports;
        for (qsizetype m = 0; m < lb.listeners.size(); ++m) {
            const Listener &listener = lb.listeners.at(m);
            const QString lp = JsonText::index(list, m);
            if (ports.contains(listener.port))
                report.error(QStringLiteral("loadBalancer.listener.portUnique"),
                             JsonText::member(lp, QStringLiteral("port")),
                             tr("load balancer %1 already has a listener on port %2")
                                 .arg(lb.name)
                                 .arg(listener.port),
                             tr("Use another port, or add rules to the existing listener."));
            else
                ports.insert(listener.port, m);
            rules.checkListener(listener, lp);
        }
    }
}

LoadBalancerRules::LoadBalancerRules(const ProjectData &project, const LoadBalancer &lb,
                                     Reporter &report)
    : m_project(project), m_lb(lb), m_report(report)
{
}

void LoadBalancerRules::checkListener(const Listener &listener, const QString &path)
{
    if (listener.port < 1 || listener.port > 65535)
        m_report.error(QStringLiteral("loadBalancer.listener.port"),
                       JsonText::member(path, QStringLiteral("port")),
                       tr("listener port %1 is not a port number").arg(listener.port),
                       tr("Use a port from 1 to 65535."));
    const QStringList protocols = listenerProtocols(m_lb);
    if (!protocols.contains(listener.protocol))
        m_report.error(QStringLiteral("loadBalancer.listener.protocol"),
                       JsonText::member(path, QStringLiteral("protocol")),
                       tr("a load balancer of type %1 cannot have a %2 listener")
                           .arg(LoadBalancer::typeName(m_lb.type), listener.protocol),
                       tr("Use %1.").arg(protocols.join(QLatin1String(", "))));
    checkForward(listener.defaultTargetGroup,
                 JsonText::member(path, QStringLiteral("defaultTargetGroup")),
                 QStringLiteral("loadBalancer.listener.targetGroup"));

    const QString list = JsonText::member(path, QStringLiteral("rules"));
    if (!isApplication(m_lb) && !listener.rules.isEmpty()) {
        m_report.error(QStringLiteral("loadBalancer.rule.network"), list,
                       tr("network load balancer listeners have no rules"),
                       tr("Remove the rules; a network listener forwards everything to its "
                          "default target group."));
        return;
    }
    QHash<int, qsizetype> priorities;
    for (qsizetype n = 0; n < listener.rules.size(); ++n) {
        const ListenerRule &rule = listener.rules.at(n);
        const QString rp = JsonText::index(list, n);
        if (priorities.contains(rule.priority))
            m_report.error(QStringLiteral("loadBalancer.rule.priorityUnique"),
                           JsonText::member(rp, QStringLiteral("priority")),
                           tr("priority %1 is already used by rules[%2] of this listener")
                               .arg(rule.priority)
                               .arg(priorities.value(rule.priority)),
                           tr("Give each rule of a listener its own priority."));
        else
            priorities.insert(rule.priority, n);
        checkRule(rule, rp);
    }
}

void LoadBalancerRules::checkRule(const ListenerRule &rule, const QString &path)
{
    if (rule.priority < 1 || rule.priority > 50000)
        m_report.error(QStringLiteral("loadBalancer.rule.priority"),
                       JsonText::member(path, QStringLiteral("priority")),
                       tr("rule priority %1 is outside 1 to 50000").arg(rule.priority),
                       tr("Use a priority from 1 to 50000; lower numbers are evaluated "
                          "first."));
    const QString conditionRule = QStringLiteral("loadBalancer.rule.condition");
    if (rule.conditionCount() == 0)
        m_report.error(conditionRule, path, tr("the rule has no conditions"),
                       tr("Add a path pattern (e.g. /api/*), a host header, a method, a source "
                          "IP, a query string or an HTTP header."));
    if (rule.httpHeaderName.isEmpty() != rule.httpHeaderValues.isEmpty())
        m_report.error(conditionRule, JsonText::member(path, QStringLiteral("httpHeaderName")),
                       tr("an http-header condition needs a header name and at least one value"),
                       tr("Give both, e.g. X-Canary: true, or remove the condition."));
    static const QStringList methods{QStringLiteral("GET"),    QStringLiteral("HEAD"),
                                     QStringLiteral("POST"),   QStringLiteral("PUT"),
                                     QStringLiteral("DELETE"), QStringLiteral("PATCH"),
                                     QStringLiteral("OPTIONS"), QStringLiteral("CONNECT"),
                                     QStringLiteral("TRACE")};
    for (qsizetype i = 0; i < rule.httpRequestMethods.size(); ++i) {
        if (!methods.contains(rule.httpRequestMethods.at(i)))
            m_report.error(conditionRule,
                           JsonText::index(JsonText::member(path,
                                                            QStringLiteral("httpRequestMethods")),
                                           i),
                           tr("\"%1\" is not an HTTP method ALB matches")
                               .arg(rule.httpRequestMethods.at(i)),
                           tr("Use %1 (upper case).").arg(methods.join(QStringLiteral(", "))));
    }
    static const QRegularExpression cidr(
        QStringLiteral(R"(^(\d{1,3}\.){3}\d{1,3}/\d{1,2}$|^[0-9a-fA-F:]+/\d{1,3}$)"));
    for (qsizetype i = 0; i < rule.sourceIps.size(); ++i) {
        if (!cidr.match(rule.sourceIps.at(i)).hasMatch())
            m_report.error(conditionRule,
                           JsonText::index(JsonText::member(path, QStringLiteral("sourceIps")), i),
                           tr("\"%1\" is not a CIDR block").arg(rule.sourceIps.at(i)),
                           tr("Write an address with its prefix length, e.g. 10.0.0.0/8 or "
                              "127.0.0.1/32."));
    }
    const auto checkValues = [&](const QStringList &values, const QString &key) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).trimmed().isEmpty())
                m_report.error(conditionRule, JsonText::index(JsonText::member(path, key), i),
                               tr("%1 has an empty value").arg(key),
                               tr("Write a value, e.g. /api/* or api.example.com, or remove "
                                  "it."));
        }
    };
    checkValues(rule.pathPatterns, QStringLiteral("pathPatterns"));
    checkValues(rule.hostHeaders, QStringLiteral("hostHeaders"));
    checkValues(rule.queryStrings, QStringLiteral("queryStrings"));
    checkValues(rule.httpHeaderValues, QStringLiteral("httpHeaderValues"));
    const qsizetype count = rule.conditionCount();
    if (count > 5)
        m_report.error(conditionRule, path,
                       tr("the rule has %1 condition values; a rule allows at most 5").arg(count),
                       tr("Split the rule into several rules."));
    checkForward(rule.targetGroup, JsonText::member(path, QStringLiteral("targetGroup")),
                 QStringLiteral("loadBalancer.rule.targetGroup"));
}

void LoadBalancerRules::checkForward(const QString &targetGroup, const QString &path,
                                     const QString &rule)
{
    const TargetGroup *tg = m_project.targetGroup(targetGroup);
    if (!tg) {
        m_report.error(rule, path,
                       targetGroup.isEmpty()
                           ? tr("the forward action names no target group")
                           : tr("target group \"%1\" does not exist").arg(targetGroup),
                       tr("Forward to one of the project's target groups."));
        return;
    }
    const bool httpGroup =
        tg->protocol == QLatin1String("HTTP") || tg->protocol == QLatin1String("HTTPS");
    if (httpGroup != isApplication(m_lb))
        m_report.error(QStringLiteral("loadBalancer.targetGroup.protocol"), path,
                       tr("target group %1 uses protocol %2, which a load balancer of type %3 "
                          "cannot forward to")
                           .arg(tg->name, tg->protocol, LoadBalancer::typeName(m_lb.type)),
                       isApplication(m_lb)
                           ? tr("Use a target group with protocol HTTP or HTTPS.")
                           : tr("Use a target group with protocol TCP, UDP, TLS or TCP_UDP."));
}

} // namespace Berth::Model::Internal
