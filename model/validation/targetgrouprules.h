#pragma once

#include "model/projectdata.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>

namespace Berth::Model::Internal {

/// Target groups: names, protocol, port, target type and health check settings within
/// Elastic Load Balancing's limits.
class TargetGroupRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    static void check(const ProjectData &project, Diagnostics &out);

private:
    static void checkHealthCheck(const TargetGroup &tg, const QString &path, Reporter &report);
    static void checkRange(int value, int min, int max, const QString &key, const QString &path,
                           Reporter &report);
};

} // namespace Berth::Model::Internal
