#include "engine/scheduler/addressing.h"

namespace Berth::Engine::Addressing {

namespace {
constexpr int kHostsPerOctet = 254;
}

QString instanceAddress(int clusterIndex, int instanceIndex)
{
    if (clusterIndex < 0 || clusterIndex >= kHostsPerOctet || instanceIndex < 0
        || instanceIndex >= kHostsPerOctet)
        return {};
    return QStringLiteral("127.77.%1.%2").arg(clusterIndex + 1).arg(instanceIndex + 1);
}

QString taskAddress(int n)
{
    if (n < 0 || n >= 256 * kHostsPerOctet)
        return {};
    return QStringLiteral("127.78.%1.%2").arg(n / kHostsPerOctet).arg(n % kHostsPerOctet + 1);
}

QString registryAddress()
{
    return QStringLiteral("127.80.0.1");
}

} // namespace Berth::Engine::Addressing
