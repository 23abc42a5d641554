#pragma once

#include "model/projectdata.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>

namespace Berth::Model::Internal {

/// Clusters' capacity providers (their Auto Scaling groups and managed scaling) and the
/// services' capacityProviderStrategy, as CreateCapacityProvider and CreateService check them.
class CapacityProviderRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    static void check(const ProjectData &project, Diagnostics &out);

private:
    static void checkProvider(const Cluster &cluster, const CapacityProvider &provider,
                              const QString &path, Diagnostics &out);
    static void checkStrategy(const ProjectData &project, const Service &service,
                              const QString &path, Diagnostics &out);
};

} // namespace Berth::Model::Internal
