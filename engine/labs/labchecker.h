#pragma once

#include "engine/api/apiclient.h"

#include "model/labs/lab.h"
#include "model/projectdata.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Berth::Engine {

struct Plan;

/// What one check found: passed, or what it saw against what it expected, in the language
/// Berth speaks now.
struct LabCheckOutcome
{
    bool passed = false;
    bool needsRun = false; ///< a live check with no run to ask
    QString message;       ///< "service front: running tasks: saw 2, expected 3"
};

/// A step's outcome: every check passed, or the first one that did not.
struct LabStepOutcome
{
    bool passed = false;
    bool needsRun = false;
    QString message;
};

/// Evaluates a lab's declarative checks (docs/labs.md) over the design, its validation
/// findings and its plan, and, through the run's API (ECS, its container instances included,
/// Elastic Load Balancing, Application Auto Scaling) and its load balancers, over the running
/// design; images over the design's repositories in the local registry. Checks with a "wait"
/// are asked again until they pass or the time is up (real seconds: containers start no
/// faster on the lab clock).
class LabChecker
{
public:
    /// A call to the run's API: \a operation as callEcsApi() names it (ECS's, or
    /// "application-autoscaling:..." and "elasticloadbalancing:..." for the others).
    using ApiCall =
        std::function<ApiCallResult(const QString &operation, const QJsonObject &input)>;

    /// \a live is empty when the design does not run.
    LabChecker(Model::ProjectData design, ApiCall live = {});
    ~LabChecker();

    /// A check with the student's parameters already substituted. With \a honourWait false
    /// a check is asked once (for wrong attempts, which must fail at once).
    LabCheckOutcome evaluate(const QJsonObject &check, bool honourWait = true);
    /// Every check of a step, stopping at the first that fails.
    LabStepOutcome evaluate(const Model::Lab &lab, const Model::LabStep &step,
                            const QHash<QString, QString> &parameters, bool honourWait = true);

    /// The service's cluster, or the design's first cluster for a name it does not know.
    static QString clusterOf(const Model::ProjectData &design, const QString &service);

private:
    LabCheckOutcome once(const QJsonObject &check);
    LabCheckOutcome design(const QJsonObject &check);
    LabCheckOutcome finding(const QJsonObject &check);
    LabCheckOutcome plan(const QJsonObject &check);
    LabCheckOutcome service(const QJsonObject &check);
    LabCheckOutcome task(const QJsonObject &check);
    LabCheckOutcome event(const QJsonObject &check);
    LabCheckOutcome http(const QJsonObject &check);
    LabCheckOutcome image(const QJsonObject &check);
    // labrunchecks.cpp: target health (ELB's DescribeTargetHealth), scaling activities
    // (Application Auto Scaling's DescribeScalingActivities) and container instances (ECS's
    // ListContainerInstances and DescribeContainerInstances), through the run's API.
    LabCheckOutcome targets(const QJsonObject &check);
    LabCheckOutcome scaling(const QJsonObject &check);
    LabCheckOutcome instances(const QJsonObject &check);
    /// DescribeServices of one service; a failed outcome when the run cannot say.
    std::optional<LabCheckOutcome> describeService(const QString &name, const QString &label,
                                                   QJsonObject *service);

    Model::ProjectData m_design;
    ApiCall m_live;
    std::unique_ptr<Plan> m_plan;
};

} // namespace Berth::Engine
