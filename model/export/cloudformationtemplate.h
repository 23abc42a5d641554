#pragma once

#include "model/projectdata.h"
#include "model/validation/diagnostic.h"

#include <QJsonObject>

namespace Berth::Model {

/// A design as one AWS CloudFormation template (JSON): the clusters, the task definitions
/// the services run, the services with their deployment configuration, placement and load
/// balancers, and the load balancers with their listeners, rules and target groups. The VPC
/// and its subnets are template parameters; what the design does not hold (security groups,
/// IAM roles, container instances) comes back as warnings naming the placeholder.
class CloudFormationTemplate
{
public:
    struct Result
    {
        QJsonObject document;
        Diagnostics warnings; ///< paths into the project file
    };

    static Result fromProject(const ProjectData &project);
    /// "front-tg" -> "FrontTg": letters and digits only, as logical ids must be.
    static QString logicalName(const QString &name);
    /// Writes DIR/cloudformation.json; returns the file's path or sets error.
    static QString write(const Result &result, const QString &dir, QString *error);
};

} // namespace Berth::Model
