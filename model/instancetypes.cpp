#include "model/instancetypes.h"

namespace Berth::Model {

const QList<InstanceType> &InstanceTypes::all()
{
    // vCPUs, memory and the ENI limit as EC2 publishes them for these types.
    static const QList<InstanceType> types = {
        {QStringLiteral("t2.micro"), 1, 1024, 2},
        {QStringLiteral("t2.small"), 1, 2048, 3},
        {QStringLiteral("t2.medium"), 2, 4096, 3},
        {QStringLiteral("t2.large"), 2, 8192, 3},
        {QStringLiteral("t2.xlarge"), 4, 16384, 3},
        {QStringLiteral("t3.micro"), 2, 1024, 2},
        {QStringLiteral("t3.small"), 2, 2048, 3},
        {QStringLiteral("t3.medium"), 2, 4096, 3},
        {QStringLiteral("t3.large"), 2, 8192, 3},
        {QStringLiteral("t3.xlarge"), 4, 16384, 4},
        {QStringLiteral("m5.large"), 2, 8192, 3},
        {QStringLiteral("m5.xlarge"), 4, 16384, 4},
        {QStringLiteral("m5.2xlarge"), 8, 32768, 4},
        {QStringLiteral("c5.large"), 2, 4096, 3},
        {QStringLiteral("c5.xlarge"), 4, 8192, 4},
        {QStringLiteral("c5.2xlarge"), 8, 16384, 4},
    };
    return types;
}

std::optional<InstanceType> InstanceTypes::find(const QString &name)
{
    for (const InstanceType &t : all()) {
        if (t.name == name)
            return t;
    }
    return std::nullopt;
}

} // namespace Berth::Model
