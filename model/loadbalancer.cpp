#include "model/loadbalancer.h"

#include "model/modeltr.h"

#include <QCoreApplication>

namespace Berth::Model {

namespace {
QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
} // namespace

bool Redirect::isIdentity() const
{
    const Redirect same;
    return protocol == same.protocol && host == same.host && port == same.port
           && path == same.path && query == same.query;
}

QList<WeightedTargetGroup> ListenerRule::forwards() const
{
    if (!targetGroups.isEmpty())
        return targetGroups;
    return {WeightedTargetGroup{targetGroup, 1}};
}

ListenerRule Listener::defaultRule() const
{
    ListenerRule rule;
    rule.priority = kDefaultPriority;
    rule.action = defaultAction;
    rule.targetGroup = defaultTargetGroup;
    rule.fixedResponse = defaultFixedResponse;
    rule.redirect = defaultRedirect;
    return rule;
}

QStringList Listener::targetGroups() const
{
    QStringList out{defaultForward()};
    for (const ListenerRule &r : rules) {
        if (r.action != ListenerRule::Action::Forward)
            continue;
        for (const WeightedTargetGroup &g : r.forwards()) {
            if (!out.contains(g.targetGroup))
                out << g.targetGroup;
        }
    }
    out.removeAll(QString());
    return out;
}

QString ListenerRule::actionName(Action action)
{
    switch (action) {
    case Action::FixedResponse:
        return QStringLiteral("fixed-response");
    case Action::Redirect:
        return QStringLiteral("redirect");
    case Action::Forward:
        break;
    }
    return QStringLiteral("forward");
}

std::optional<ListenerRule::Action> ListenerRule::actionFromName(const QString &name)
{
    for (Action a : {Action::Forward, Action::FixedResponse, Action::Redirect}) {
        if (actionName(a) == name)
            return a;
    }
    return std::nullopt;
}

namespace {

// A rule's or a listener's fixedResponse and redirect (what an action answers with), written
// when they differ from the defaults: a form switching the action back loses nothing.
void writeAnswers(QJsonObject &out, const FixedResponse &f, const Redirect &d)
{
    if (f != FixedResponse())
        out.insert(QLatin1String("fixedResponse"),
                   QJsonObject{{QLatin1String("statusCode"), f.statusCode},
                               {QLatin1String("contentType"), f.contentType},
                               {QLatin1String("messageBody"), f.messageBody}});
    if (d != Redirect())
        out.insert(QLatin1String("redirect"),
                   QJsonObject{{QLatin1String("protocol"), d.protocol},
                               {QLatin1String("host"), d.host},
                               {QLatin1String("port"), d.port},
                               {QLatin1String("path"), d.path},
                               {QLatin1String("query"), d.query},
                               {QLatin1String("statusCode"), d.statusCode}});
}

void readAnswers(const JsonReader &in, FixedResponse *f, Redirect *d)
{
    const JsonReader fixed = in.child(QStringLiteral("fixedResponse"));
    f->statusCode = fixed.string(QStringLiteral("statusCode"), f->statusCode);
    f->contentType = fixed.string(QStringLiteral("contentType"), f->contentType);
    f->messageBody = fixed.string(QStringLiteral("messageBody"));
    const JsonReader redirect = in.child(QStringLiteral("redirect"));
    d->protocol = redirect.string(QStringLiteral("protocol"), d->protocol);
    d->host = redirect.string(QStringLiteral("host"), d->host);
    d->port = redirect.string(QStringLiteral("port"), d->port);
    d->path = redirect.string(QStringLiteral("path"), d->path);
    d->query = redirect.string(QStringLiteral("query"), d->query);
    d->statusCode = redirect.string(QStringLiteral("statusCode"), d->statusCode);
}

ListenerRule::Action readAction(const JsonReader &in, const QString &key)
{
    const QString action = in.string(key, QStringLiteral("forward"));
    if (const auto a = ListenerRule::actionFromName(action))
        return *a;
    in.fail(key, Tr::tr("expected \"forward\", \"fixed-response\" or \"redirect\", found \"%1\"")
                     .arg(action));
    return ListenerRule::Action::Forward;
}

} // namespace

QString LoadBalancer::typeName(Type t)
{
    return t == Type::Network ? QStringLiteral("network") : QStringLiteral("application");
}

QJsonObject LoadBalancer::toJson() const
{
    QJsonArray ls;
    for (const Listener &l : listeners) {
        QJsonArray rs;
        for (const ListenerRule &r : l.rules) {
            QJsonObject ro{{QLatin1String("priority"), r.priority}};
            if (r.action != ListenerRule::Action::Forward)
                ro.insert(QLatin1String("action"), ListenerRule::actionName(r.action));
            // Every part is kept, so switching the action back in a form loses nothing.
            if (!r.targetGroup.isEmpty() || r.targetGroups.isEmpty())
                ro.insert(QLatin1String("targetGroup"), r.targetGroup);
            if (!r.targetGroups.isEmpty()) {
                QJsonArray groups;
                for (const WeightedTargetGroup &g : r.targetGroups)
                    groups.append(QJsonObject{{QLatin1String("targetGroup"), g.targetGroup},
                                              {QLatin1String("weight"), g.weight}});
                ro.insert(QLatin1String("targetGroups"), groups);
            }
            if (r.stickinessSeconds != 0)
                ro.insert(QLatin1String("stickinessSeconds"), r.stickinessSeconds);
            writeAnswers(ro, r.fixedResponse, r.redirect);
            if (!r.pathPatterns.isEmpty())
                ro.insert(QLatin1String("pathPatterns"), toArray(r.pathPatterns));
            if (!r.hostHeaders.isEmpty())
                ro.insert(QLatin1String("hostHeaders"), toArray(r.hostHeaders));
            if (!r.httpRequestMethods.isEmpty())
                ro.insert(QLatin1String("httpRequestMethods"), toArray(r.httpRequestMethods));
            if (!r.sourceIps.isEmpty())
                ro.insert(QLatin1String("sourceIps"), toArray(r.sourceIps));
            if (!r.queryStrings.isEmpty())
                ro.insert(QLatin1String("queryStrings"), toArray(r.queryStrings));
            if (!r.httpHeaderName.isEmpty()) {
                ro.insert(QLatin1String("httpHeaderName"), r.httpHeaderName);
                ro.insert(QLatin1String("httpHeaderValues"), toArray(r.httpHeaderValues));
            }
            rs.append(ro);
        }
        QJsonObject lo{{QLatin1String("protocol"), l.protocol},
                       {QLatin1String("port"), l.port},
                       {QLatin1String("defaultTargetGroup"), l.defaultTargetGroup}};
        if (l.defaultAction != ListenerRule::Action::Forward)
            lo.insert(QLatin1String("defaultAction"), ListenerRule::actionName(l.defaultAction));
        writeAnswers(lo, l.defaultFixedResponse, l.defaultRedirect);
        if (!rs.isEmpty())
            lo.insert(QLatin1String("rules"), rs);
        ls.append(lo);
    }
    return QJsonObject{{QLatin1String("name"), name},
                       {QLatin1String("type"), typeName(type)},
                       {QLatin1String("listeners"), ls},
                       {QLatin1String("canvas"),
                        QJsonObject{{QLatin1String("x"), position.x()},
                                    {QLatin1String("y"), position.y()}}}};
}

LoadBalancer LoadBalancer::fromJson(const JsonReader &in)
{
    LoadBalancer lb;
    lb.name = in.string(QStringLiteral("name"));
    const QString type = in.string(QStringLiteral("type"), QStringLiteral("application"));
    if (type == QLatin1String("network"))
        lb.type = Type::Network;
    else if (type != QLatin1String("application"))
        in.fail(QStringLiteral("type"),
                QCoreApplication::translate("Berth::Model",
                                            "expected \"application\" or \"network\", found "
                                            "\"%1\"")
                    .arg(type));
    for (const JsonReader &l : in.children(QStringLiteral("listeners"))) {
        Listener listener;
        listener.protocol = l.string(QStringLiteral("protocol"),
                                     lb.type == Type::Network ? QStringLiteral("TCP")
                                                              : QStringLiteral("HTTP"));
        listener.port = l.integer(QStringLiteral("port"), 80);
        listener.defaultTargetGroup = l.string(QStringLiteral("defaultTargetGroup"));
        listener.defaultAction = readAction(l, QStringLiteral("defaultAction"));
        readAnswers(l, &listener.defaultFixedResponse, &listener.defaultRedirect);
        for (const JsonReader &r : l.children(QStringLiteral("rules"))) {
            ListenerRule rule;
            rule.priority = r.integer(QStringLiteral("priority"), 1);
            rule.pathPatterns = r.strings(QStringLiteral("pathPatterns"));
            rule.hostHeaders = r.strings(QStringLiteral("hostHeaders"));
            rule.targetGroup = r.string(QStringLiteral("targetGroup"));
            rule.httpRequestMethods = r.strings(QStringLiteral("httpRequestMethods"));
            rule.sourceIps = r.strings(QStringLiteral("sourceIps"));
            rule.queryStrings = r.strings(QStringLiteral("queryStrings"));
            rule.httpHeaderName = r.string(QStringLiteral("httpHeaderName"));
            rule.httpHeaderValues = r.strings(QStringLiteral("httpHeaderValues"));
            rule.action = readAction(r, QStringLiteral("action"));
            for (const JsonReader &g : r.children(QStringLiteral("targetGroups")))
                rule.targetGroups.append({g.string(QStringLiteral("targetGroup")),
                                          g.integer(QStringLiteral("weight"), 1)});
            rule.stickinessSeconds = r.integer(QStringLiteral("stickinessSeconds"), 0);
            readAnswers(r, &rule.fixedResponse, &rule.redirect);
            listener.rules.append(rule);
        }
        lb.listeners.append(listener);
    }
    const JsonReader canvas = in.child(QStringLiteral("canvas"));
    lb.position = QPointF(canvas.number(QStringLiteral("x")), canvas.number(QStringLiteral("y")));
    return lb;
}

} // namespace Berth::Model
