#pragma once

#include <QString>
#include <QtGlobal>

namespace Berth::Engine {

/// A host port a task reserves on its container instance: a number and a protocol. ECS
/// registers TCP ports (PORTS) and UDP ports (PORTS_UDP) as separate resources, so 80/tcp and
/// 80/udp never collide.
struct HostPort
{
    enum class Protocol : quint8 { Tcp, Udp };

    int port = 0;
    Protocol protocol = Protocol::Tcp;

    /// A number unique per port and protocol, for sorted lookups.
    quint32 key() const { return quint32(port) | (protocol == Protocol::Udp ? 0x10000u : 0u); }
    static HostPort fromKey(quint32 key)
    {
        return {int(key & 0xffffu), key & 0x10000u ? Protocol::Udp : Protocol::Tcp};
    }
    QString protocolName() const
    {
        return protocol == Protocol::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
    }
    /// "80/tcp"
    QString toString() const { return QString::number(port) + u'/' + protocolName(); }

    bool operator==(const HostPort &) const = default;
    bool operator<(const HostPort &other) const { return key() < other.key(); }
};

} // namespace Berth::Engine
