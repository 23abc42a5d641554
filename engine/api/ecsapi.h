#pragma once

#include "engine/api/apireply.h"
#include "model/projectdata.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace Berth::Model {
class TaskDefinition;
}

namespace Berth::Engine {

class RunSession;
struct RunTaskRequest;

/**
 * ECS's API over a run session: the operations the aws CLI and the SDKs call, with ECS's
 * request and response shapes (ARNs in the project's account and region, epoch-second
 * times, ECS's exception names). What it changes is an edit of the design, made through the
 * session's design editor (undoable in the window, written to the file headless); what it
 * reads comes from the design and the engine's last snapshot. Runs on the session's thread.
 */
class EcsApi
{
public:
    explicit EcsApi(RunSession &session);

    /// \a operation is the X-Amz-Target's part after the dot, e.g. "DescribeServices".
    ApiReply call(const QString &operation, const QJsonObject &input);
    /// The operations answered, sorted.
    static QStringList operations();
    /// Reads RunTask's `overrides` ({"containerOverrides": [{"name", "command",
    /// "environment"}]}) into \a request; what is wrong with them, or nothing. `berth
    /// run-task --overrides` reads them here too.
    static QString readOverrides(const QJsonObject &overrides, const Model::TaskDefinition &td,
                                 RunTaskRequest *request);

    /// The X-Amz-Target prefix of ECS's JSON protocol.
    static constexpr const char *kTargetPrefix = "AmazonEC2ContainerServiceV20141113";

private:
    using Handler = std::function<ApiReply(EcsApi &, const QJsonObject &)>;
    static const QHash<QString, Handler> &handlers();

    ApiReply listClusters(const QJsonObject &in);
    ApiReply describeClusters(const QJsonObject &in);
    ApiReply listServices(const QJsonObject &in);
    ApiReply describeServices(const QJsonObject &in);
    ApiReply updateService(const QJsonObject &in);
    ApiReply createService(const QJsonObject &in);
    ApiReply deleteService(const QJsonObject &in);
    ApiReply registerTaskDefinition(const QJsonObject &in);
    ApiReply describeTaskDefinition(const QJsonObject &in);
    ApiReply deregisterTaskDefinition(const QJsonObject &in);
    ApiReply listTaskDefinitions(const QJsonObject &in);
    ApiReply listTaskDefinitionFamilies(const QJsonObject &in);
    ApiReply runTask(const QJsonObject &in);
    ApiReply stopTask(const QJsonObject &in);
    ApiReply listTasks(const QJsonObject &in);
    ApiReply describeTasks(const QJsonObject &in);
    ApiReply listContainerInstances(const QJsonObject &in);
    ApiReply describeContainerInstances(const QJsonObject &in);
    ApiReply updateContainerInstancesState(const QJsonObject &in);
    ApiReply describeCapacityProviders(const QJsonObject &in);
    ApiReply putClusterCapacityProviders(const QJsonObject &in);

    /// The run's design with the instances its capacity providers' groups launched (from
    /// the engine's last snapshot), as ECS lists registered instances.
    Model::ProjectData designWithGroups() const;

    /// What a cluster-scoped request works on: the run's design and the cluster it names
    /// (name or ARN; "default" or the first when absent), or ClusterNotFoundException.
    struct Scope
    {
        Model::ProjectData design;
        QString cluster;
        std::optional<ApiReply> error;
    };
    Scope scope(const QJsonObject &in) const;

    RunSession &m_session;
    /// Services deleted through the API, by "cluster/name": DescribeServices still shows them
    /// INACTIVE and UpdateService refuses them as ECS does, until one of the name is created.
    QHash<QString, QJsonObject> m_deleted;
};

} // namespace Berth::Engine
