#include "engine/swarm/stackspec.h"
#include "engine/enginetr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Berth::Engine {

namespace {

QJsonObject labelsWith(const QJsonObject &labels, const QString &stack)
{
    QJsonObject out = labels;
    out.insert(QLatin1String(StackSpec::namespaceLabel), stack);
    return out;
}

/// Fills \a out[key] with a duration in nanoseconds from \a in[composeKey].
bool duration(const QJsonObject &in, const char *composeKey, QJsonObject &out, const char *key,
              const QString &where, QString *error)
{
    if (!in.contains(QLatin1String(composeKey)))
        return true;
    const QString text = in.value(QLatin1String(composeKey)).toString();
    const std::optional<qint64> ns = StackSpec::durationNanoseconds(text);
    if (!ns) {
        *error = Tr::tr("%1.%2: \"%3\" is not a duration; write it as 30s, 1m30s or 500ms")
                     .arg(where, QLatin1String(composeKey), text);
        return false;
    }
    out.insert(QLatin1String(key), double(*ns));
    return true;
}

QJsonObject resources(const QJsonObject &in)
{
    QJsonObject out;
    const QJsonValue cpus = in.value(QLatin1String("cpus"));
    if (!cpus.isUndefined())
        out.insert(QLatin1String("NanoCPUs"),
                   double(qRound64(cpus.toVariant().toString().toDouble() * 1e9)));
    if (in.contains(QLatin1String("memory")))
        out.insert(
            QLatin1String("MemoryBytes"),
            double(StackSpec::bytes(in.value(QLatin1String("memory")).toString()).value_or(0)));
    return out;
}

bool updateConfig(const QJsonObject &in, const QString &where, QJsonObject *out, QString *error)
{
    QJsonObject c;
    if (in.contains(QLatin1String("parallelism")))
        c.insert(QLatin1String("Parallelism"), in.value(QLatin1String("parallelism")));
    if (in.contains(QLatin1String("failure_action")))
        c.insert(QLatin1String("FailureAction"), in.value(QLatin1String("failure_action")));
    if (in.contains(QLatin1String("max_failure_ratio")))
        c.insert(QLatin1String("MaxFailureRatio"), in.value(QLatin1String("max_failure_ratio")));
    if (in.contains(QLatin1String("order")))
        c.insert(QLatin1String("Order"), in.value(QLatin1String("order")));
    if (!duration(in, "delay", c, "Delay", where, error) ||
        !duration(in, "monitor", c, "Monitor", where, error))
        return false;
    *out = c;
    return true;
}

std::optional<QJsonObject> serviceSpec(const QString &stack, const QString &name,
                                       const QJsonObject &service, QString *error)
{
    const QString where = QStringLiteral("services.") + name;
    const QString image = service.value(QLatin1String("image")).toString();
    if (image.isEmpty()) {
        *error = Tr::tr("%1: the service has no image").arg(where);
        return std::nullopt;
    }
    QJsonObject container{{QLatin1String("Image"), image},
                          {QLatin1String("Labels"),
                           labelsWith(service.value(QLatin1String("labels")).toObject(), stack)}};
    if (service.contains(QLatin1String("entrypoint")))
        container.insert(QLatin1String("Command"), service.value(QLatin1String("entrypoint")));
    if (service.contains(QLatin1String("command")))
        container.insert(QLatin1String("Args"), service.value(QLatin1String("command")));
    QJsonArray env;
    const QJsonObject environment = service.value(QLatin1String("environment")).toObject();
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.append(it.key() + QLatin1Char('=') + it.value().toVariant().toString());
    if (!env.isEmpty())
        container.insert(QLatin1String("Env"), env);
    const QJsonObject check = service.value(QLatin1String("healthcheck")).toObject();
    if (!check.isEmpty()) {
        QJsonObject hc{{QLatin1String("Test"), check.value(QLatin1String("test"))}};
        if (check.contains(QLatin1String("retries")))
            hc.insert(QLatin1String("Retries"), check.value(QLatin1String("retries")));
        const QString at = where + QStringLiteral(".healthcheck");
        if (!duration(check, "interval", hc, "Interval", at, error) ||
            !duration(check, "timeout", hc, "Timeout", at, error) ||
            !duration(check, "start_period", hc, "StartPeriod", at, error))
            return std::nullopt;
        container.insert(QLatin1String("Healthcheck"), hc);
    }
    if (!duration(service, "stop_grace_period", container, "StopGracePeriod", where, error))
        return std::nullopt;
    QJsonArray ulimits;
    const QJsonObject limits = service.value(QLatin1String("ulimits")).toObject();
    for (auto it = limits.begin(); it != limits.end(); ++it)
        ulimits.append(QJsonObject{{QLatin1String("Name"), it.key()},
                                   {QLatin1String("Soft"), it.value()[QLatin1String("soft")]},
                                   {QLatin1String("Hard"), it.value()[QLatin1String("hard")]}});
    if (!ulimits.isEmpty())
        container.insert(QLatin1String("Ulimits"), ulimits);

    const QJsonObject deploy = service.value(QLatin1String("deploy")).toObject();
    QJsonObject task{
        {QLatin1String("ContainerSpec"), container},
        {QLatin1String("RestartPolicy"),
         QJsonObject{{QLatin1String("Condition"), QStringLiteral("any")}}},
        {QLatin1String("Networks"),
         QJsonArray{QJsonObject{{QLatin1String("Target"), StackSpec::defaultNetworkName(stack)},
                                {QLatin1String("Aliases"), QJsonArray{name}}}}}};
    const QJsonObject res = deploy.value(QLatin1String("resources")).toObject();
    QJsonObject taskResources;
    const QJsonObject resLimits = resources(res.value(QLatin1String("limits")).toObject());
    const QJsonObject resReservations =
        resources(res.value(QLatin1String("reservations")).toObject());
    if (!resLimits.isEmpty())
        taskResources.insert(QLatin1String("Limits"), resLimits);
    if (!resReservations.isEmpty())
        taskResources.insert(QLatin1String("Reservations"), resReservations);
    if (!taskResources.isEmpty())
        task.insert(QLatin1String("Resources"), taskResources);
    const QJsonObject placement = deploy.value(QLatin1String("placement")).toObject();
    if (!placement.isEmpty()) {
        QJsonObject p;
        if (placement.contains(QLatin1String("constraints")))
            p.insert(QLatin1String("Constraints"), placement.value(QLatin1String("constraints")));
        QJsonArray preferences;
        for (const QJsonValue &pref : placement.value(QLatin1String("preferences")).toArray())
            preferences.append(
                QJsonObject{{QLatin1String("Spread"),
                             QJsonObject{{QLatin1String("SpreadDescriptor"),
                                          pref[QLatin1String("spread")].toString()}}}});
        if (!preferences.isEmpty())
            p.insert(QLatin1String("Preferences"), preferences);
        if (placement.contains(QLatin1String("max_replicas_per_node")))
            p.insert(QLatin1String("MaxReplicas"),
                     placement.value(QLatin1String("max_replicas_per_node")));
        task.insert(QLatin1String("Placement"), p);
    }
    const QJsonObject logging = service.value(QLatin1String("logging")).toObject();
    if (!logging.isEmpty())
        task.insert(
            QLatin1String("LogDriver"),
            QJsonObject{{QLatin1String("Name"), logging.value(QLatin1String("driver"))},
                        {QLatin1String("Options"), logging.value(QLatin1String("options"))}});

    QJsonObject spec{{QLatin1String("Name"), stack + QLatin1Char('_') + name},
                     {QLatin1String("Labels"),
                      labelsWith(deploy.value(QLatin1String("labels")).toObject(), stack)},
                     {QLatin1String("TaskTemplate"), task}};
    QJsonObject specLabels = spec.value(QLatin1String("Labels")).toObject();
    specLabels.insert(QLatin1String(StackSpec::imageLabel), image);
    spec.insert(QLatin1String("Labels"), specLabels);
    if (deploy.value(QLatin1String("mode")).toString() == QLatin1String("global"))
        spec.insert(QLatin1String("Mode"), QJsonObject{{QLatin1String("Global"), QJsonObject{}}});
    else
        spec.insert(QLatin1String("Mode"),
                    QJsonObject{{QLatin1String("Replicated"),
                                 QJsonObject{{QLatin1String("Replicas"),
                                              deploy.value(QLatin1String("replicas")).toInt(1)}}}});
    for (const auto &[composeKey, key] : {std::pair{"update_config", "UpdateConfig"},
                                          std::pair{"rollback_config", "RollbackConfig"}}) {
        if (!deploy.contains(QLatin1String(composeKey)))
            continue;
        QJsonObject c;
        if (!updateConfig(deploy.value(QLatin1String(composeKey)).toObject(),
                          where + QStringLiteral(".deploy.") + QLatin1String(composeKey), &c,
                          error))
            return std::nullopt;
        spec.insert(QLatin1String(key), c);
    }
    QJsonArray ports;
    for (const QJsonValue &port : service.value(QLatin1String("ports")).toArray()) {
        QJsonObject p{{QLatin1String("TargetPort"), port[QLatin1String("target")]},
                      {QLatin1String("Protocol"),
                       port[QLatin1String("protocol")].toString(QStringLiteral("tcp"))},
                      {QLatin1String("PublishMode"),
                       port[QLatin1String("mode")].toString(QStringLiteral("ingress"))}};
        if (port.toObject().contains(QLatin1String("published")))
            p.insert(QLatin1String("PublishedPort"), port[QLatin1String("published")]);
        ports.append(p);
    }
    spec.insert(QLatin1String("EndpointSpec"),
                QJsonObject{{QLatin1String("Mode"), QStringLiteral("vip")},
                            {QLatin1String("Ports"), ports}});
    return spec;
}

} // namespace

QList<StackSpec::ServiceSpec> StackSpec::services(const QString &stack, const QJsonObject &compose,
                                                  QString *error)
{
    QList<ServiceSpec> out;
    const QJsonObject services = compose.value(QLatin1String("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const std::optional<QJsonObject> spec =
            serviceSpec(stack, it.key(), it.value().toObject(), error);
        if (!spec)
            return {};
        out.append({it.key(), *spec});
    }
    return out;
}

QString StackSpec::defaultNetworkName(const QString &stack)
{
    return stack + QStringLiteral("_default");
}

QJsonObject StackSpec::defaultNetwork(const QString &stack)
{
    return QJsonObject{{QLatin1String("Driver"), QStringLiteral("overlay")},
                       {QLatin1String("Scope"), QStringLiteral("swarm")},
                       {QLatin1String("Labels"), labelsWith({}, stack)}};
}

std::optional<qint64> StackSpec::durationNanoseconds(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(h|ms|m|s|us|ns)"));
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype at = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != at)
            return std::nullopt;
        at = m.capturedEnd();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double scale = unit == QLatin1String("h")    ? 3600e9
                             : unit == QLatin1String("m")  ? 60e9
                             : unit == QLatin1String("s")  ? 1e9
                             : unit == QLatin1String("ms") ? 1e6
                             : unit == QLatin1String("us") ? 1e3
                                                           : 1;
        total += qRound64(n * scale);
    }
    if (at != text.size())
        return std::nullopt;
    return total;
}

std::optional<qint64> StackSpec::bytes(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*([bkmg]?)b?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    const double scale = unit == QLatin1String("g")   ? 1024.0 * 1024 * 1024
                         : unit == QLatin1String("m") ? 1024.0 * 1024
                         : unit == QLatin1String("k") ? 1024.0
                                                      : 1;
    return qRound64(m.captured(1).toDouble() * scale);
}

} // namespace Berth::Engine
