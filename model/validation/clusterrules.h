#pragma once

#include "model/projectdata.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>

namespace Berth::Model::Internal {

/// Clusters and their container instances: unique names and sensible resources.
class ClusterRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    static void check(const ProjectData &project, Diagnostics &out);

private:
    static void checkInstances(const Cluster &cluster, const QString &path, Diagnostics &out);
};

} // namespace Berth::Model::Internal
