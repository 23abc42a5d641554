#include "model/validation/loadbalancerrules.h"

#include "model/jsontext.h"

#include <QHash>
#include <QRegularExpression>
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
    switch (listener.defaultAction) {
    case ListenerRule::Action::Forward:
        checkForward(listener.defaultTargetGroup,
                     JsonText::member(path, QStringLiteral("defaultTargetGroup")),
                     QStringLiteral("loadBalancer.listener.targetGroup"));
        break;
    case ListenerRule::Action::FixedResponse:
    case ListenerRule::Action::Redirect:
        if (!isApplication(m_lb)) {
            m_report.error(QStringLiteral("loadBalancer.listener.defaultAction"),
                           JsonText::member(path, QStringLiteral("defaultAction")),
                           tr("a network load balancer's listener can only forward"),
                           tr("Set the default action to forward, with a target group."));
        } else if (listener.defaultAction == ListenerRule::Action::FixedResponse) {
            checkFixedResponse(listener.defaultFixedResponse,
                               JsonText::member(path, QStringLiteral("fixedResponse")));
        } else {
            checkRedirect(listener.defaultRedirect, listener,
                          JsonText::member(path, QStringLiteral("redirect")));
        }
        break;
    }

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
        checkRule(rule, listener, rp);
    }
}

void LoadBalancerRules::checkRule(const ListenerRule &rule, const Listener &listener,
                                  const QString &path)
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
    switch (rule.action) {
    case ListenerRule::Action::FixedResponse:
        checkFixedResponse(rule.fixedResponse,
                           JsonText::member(path, QStringLiteral("fixedResponse")));
        break;
    case ListenerRule::Action::Redirect:
        checkRedirect(rule.redirect, listener, JsonText::member(path, QStringLiteral("redirect")));
        break;
    case ListenerRule::Action::Forward:
        if (rule.targetGroups.isEmpty())
            checkForward(rule.targetGroup, JsonText::member(path, QStringLiteral("targetGroup")),
                         QStringLiteral("loadBalancer.rule.targetGroup"));
        else
            checkWeightedForward(rule, path);
        break;
    }
}

void LoadBalancerRules::checkWeightedForward(const ListenerRule &rule, const QString &path)
{
    const QString forwardRule = QStringLiteral("loadBalancer.rule.forward");
    const QString list = JsonText::member(path, QStringLiteral("targetGroups"));
    if (rule.targetGroups.size() > 5)
        m_report.error(forwardRule, list,
                       tr("the rule forwards to %1 target groups; a forward action allows at "
                          "most 5")
                           .arg(rule.targetGroups.size()),
                       tr("Remove target groups, or split the traffic with several rules."));
    QStringList seen;
    int total = 0;
    for (qsizetype i = 0; i < rule.targetGroups.size(); ++i) {
        const WeightedTargetGroup &g = rule.targetGroups.at(i);
        const QString gp = JsonText::index(list, i);
        checkForward(g.targetGroup, JsonText::member(gp, QStringLiteral("targetGroup")),
                     QStringLiteral("loadBalancer.rule.targetGroup"));
        if (seen.contains(g.targetGroup))
            m_report.error(forwardRule, JsonText::member(gp, QStringLiteral("targetGroup")),
                           tr("target group \"%1\" is named twice in this forward action")
                               .arg(g.targetGroup),
                           tr("Name each target group once and give it the sum of the "
                              "weights."));
        seen << g.targetGroup;
        if (g.weight < 0 || g.weight > 999)
            m_report.error(forwardRule, JsonText::member(gp, QStringLiteral("weight")),
                           tr("weight %1 is outside 0 to 999").arg(g.weight),
                           tr("Use a weight from 0 to 999; a target group gets its weight's "
                              "share of the sum of the weights."));
        else
            total += g.weight;
    }
    if (total == 0)
        m_report.error(forwardRule, list, tr("every target group of the rule has weight 0"),
                       tr("Give at least one target group a weight above 0."));
    if (rule.stickinessSeconds < 0 || rule.stickinessSeconds > 604800)
        m_report.error(forwardRule, JsonText::member(path, QStringLiteral("stickinessSeconds")),
                       tr("stickiness duration %1 s is outside 1 to 604800 (7 days)")
                           .arg(rule.stickinessSeconds),
                       tr("Use 0 for no stickiness, or a duration from 1 to 604800 seconds."));
}

void LoadBalancerRules::checkFixedResponse(const FixedResponse &response, const QString &path)
{
    const QString fixedRule = QStringLiteral("loadBalancer.rule.fixedResponse");
    static const QRegularExpression status(QStringLiteral("^[245][0-9][0-9]$"));
    if (!status.match(response.statusCode).hasMatch())
        m_report.error(fixedRule, JsonText::member(path, QStringLiteral("statusCode")),
                       tr("fixed-response status code \"%1\" is not 2XX, 4XX or 5XX")
                           .arg(response.statusCode),
                       tr("Use a status code such as 200, 404 or 503; for 3XX use a redirect "
                          "action."));
    static const QStringList types{QStringLiteral("text/plain"), QStringLiteral("text/css"),
                                   QStringLiteral("text/html"),
                                   QStringLiteral("application/javascript"),
                                   QStringLiteral("application/json")};
    if (!response.contentType.isEmpty() && !types.contains(response.contentType))
        m_report.error(fixedRule, JsonText::member(path, QStringLiteral("contentType")),
                       tr("content type \"%1\" is not one ALB answers with")
                           .arg(response.contentType),
                       tr("Use %1.").arg(types.join(QStringLiteral(", "))));
    if (response.messageBody.size() > 1024)
        m_report.error(fixedRule, JsonText::member(path, QStringLiteral("messageBody")),
                       tr("the message body has %1 characters; ALB allows at most 1024")
                           .arg(response.messageBody.size()),
                       tr("Shorten the body, or serve the page from a target group."));
}

void LoadBalancerRules::checkRedirect(const Redirect &redirect, const Listener &listener,
                                      const QString &path)
{
    const QString redirectRule = QStringLiteral("loadBalancer.rule.redirect");
    if (redirect.statusCode != QLatin1String("HTTP_301")
        && redirect.statusCode != QLatin1String("HTTP_302"))
        m_report.error(redirectRule, JsonText::member(path, QStringLiteral("statusCode")),
                       tr("redirect status code \"%1\" is neither HTTP_301 nor HTTP_302")
                           .arg(redirect.statusCode),
                       tr("Use HTTP_301 (permanent) or HTTP_302 (temporary)."));
    const QString protocol = redirect.protocol.toUpper();
    if (redirect.protocol != QLatin1String("#{protocol}") && protocol != QLatin1String("HTTP")
        && protocol != QLatin1String("HTTPS"))
        m_report.error(redirectRule, JsonText::member(path, QStringLiteral("protocol")),
                       tr("redirect protocol \"%1\" is not HTTP, HTTPS or #{protocol}")
                           .arg(redirect.protocol),
                       tr("Use HTTP, HTTPS or #{protocol} (the request's own)."));
    else if (protocol == QLatin1String("HTTP") && listener.protocol == QLatin1String("HTTPS"))
        m_report.error(redirectRule, JsonText::member(path, QStringLiteral("protocol")),
                       tr("an HTTPS listener cannot redirect to HTTP"),
                       tr("Redirect to HTTPS or #{protocol}, as ALB requires."));
    bool numeric = false;
    const int port = redirect.port.toInt(&numeric);
    if (redirect.port != QLatin1String("#{port}") && (!numeric || port < 1 || port > 65535))
        m_report.error(redirectRule, JsonText::member(path, QStringLiteral("port")),
                       tr("redirect port \"%1\" is not a port number or #{port}")
                           .arg(redirect.port),
                       tr("Use a port from 1 to 65535, or #{port} (the request's own)."));
    if (!redirect.path.startsWith(u'/'))
        m_report.error(redirectRule, JsonText::member(path, QStringLiteral("path")),
                       tr("redirect path \"%1\" does not start with /").arg(redirect.path),
                       tr("Start the path with /, e.g. /#{path} or /new/#{path}."));
    if (redirect.host.trimmed().isEmpty())
        m_report.error(redirectRule, JsonText::member(path, QStringLiteral("host")),
                       tr("the redirect has no host"),
                       tr("Write a host name, or #{host} for the request's own."));
    if (redirect.query.startsWith(u'?'))
        m_report.error(redirectRule, JsonText::member(path, QStringLiteral("query")),
                       tr("the redirect query starts with ?"),
                       tr("Write the query without the leading ?, e.g. #{query}&from=old."));
    if (redirect.isIdentity())
        m_report.error(redirectRule, path,
                       tr("the redirect changes no part of the URL, so it would redirect to "
                          "itself"),
                       tr("Change at least one of protocol, host, port, path or query."));
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
