#include "model/loadbalancer.h"

#include <QCoreApplication>

namespace Berth::Model {

namespace {
QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
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
            QJsonObject ro{{QLatin1String("priority"), r.priority},
                           {QLatin1String("targetGroup"), r.targetGroup}};
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
        for (const JsonReader &r : l.children(QStringLiteral("rules"))) {
            ListenerRule rule{r.integer(QStringLiteral("priority"), 1),
                              r.strings(QStringLiteral("pathPatterns")),
                              r.strings(QStringLiteral("hostHeaders")),
                              r.string(QStringLiteral("targetGroup"))};
            rule.httpRequestMethods = r.strings(QStringLiteral("httpRequestMethods"));
            rule.sourceIps = r.strings(QStringLiteral("sourceIps"));
            rule.queryStrings = r.strings(QStringLiteral("queryStrings"));
            rule.httpHeaderName = r.string(QStringLiteral("httpHeaderName"));
            rule.httpHeaderValues = r.strings(QStringLiteral("httpHeaderValues"));
            listener.rules.append(rule);
        }
        lb.listeners.append(listener);
    }
    const JsonReader canvas = in.child(QStringLiteral("canvas"));
    lb.position = QPointF(canvas.number(QStringLiteral("x")), canvas.number(QStringLiteral("y")));
    return lb;
}

} // namespace Berth::Model
