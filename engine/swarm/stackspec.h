#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Engine {

/**
 * A compose stack file (the subset Berth's Swarm export writes) as Engine API specs, named
 * and labelled the way `docker stack deploy` does it: services STACK_NAME on the network
 * STACK_default, everything labelled com.docker.stack.namespace=STACK, so `docker stack ls`
 * and `docker stack ps` list a stack Berth deployed.
 */
class StackSpec
{
public:
    static constexpr const char *namespaceLabel = "com.docker.stack.namespace";
    static constexpr const char *imageLabel = "com.docker.stack.image";

    struct ServiceSpec
    {
        QString composeName; ///< the key in the stack file
        QJsonObject spec;    ///< a ServiceSpec for POST /services/create
    };

    /** The services of \a compose, in the file's order; sets error for what it cannot read. */
    static QList<ServiceSpec> services(const QString &stack, const QJsonObject &compose,
                                       QString *error);
    /** The NetworkCreate body of the stack's default overlay network. */
    static QJsonObject defaultNetwork(const QString &stack);
    static QString defaultNetworkName(const QString &stack);

    /** "1m30s", "10s", "500ms" in nanoseconds. */
    static std::optional<qint64> durationNanoseconds(const QString &text);
    /** "128M" (MiB), "1G", "512k", "1024" in bytes. */
    static std::optional<qint64> bytes(const QString &text);
};

} // namespace Berth::Engine
