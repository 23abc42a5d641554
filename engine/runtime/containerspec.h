#pragma once

#include "model/containerdefinition.h"
#include "model/taskdefinition.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Berth::Engine {

/// Where and as what one task runs: what the labels and the container configuration need.
struct TaskContext
{
    QString project;
    QString cluster;
    QString instance;        ///< empty for Fargate
    QString instanceAddress; ///< 127.77.C.I: where bridge ports are published
    QString taskAddress;     ///< awsvpc and Fargate: the task's own 127.78.X.Y
    QString service;         ///< empty for a standalone task
    QString taskId;          ///< 32 hex digits, as ECS task ids
    QString group;
    /// Docker container name of each container of the task, by container name.
    QMap<QString, QString> dockerNames;
    /// Container overrides (run-task --overrides): command and extra environment.
    QMap<QString, QStringList> commandOverrides;
    QMap<QString, QList<QPair<QString, QString>>> environmentOverrides;
    /// Values of the `secrets` of each container, by container name then variable name.
    QMap<QString, QMap<QString, QString>> secretValues;
    /// Host names for /etc/hosts: each load balancer's name inside the project's containers
    /// and the address where it listens for them.
    QList<QPair<QString, QString>> loadBalancerHosts;
    /// The task metadata endpoint v4 as containers reach it ("http://GATEWAY:PORT/v4"),
    /// empty without one; each container's own path is its token.
    QString metadataEndpoint;
    /// Each container's unguessable part of its metadata path, by container name.
    QMap<QString, QString> metadataTokens;
};

/// The Docker Engine API create-container body for one container of a task, built from the
/// ECS container definition (design.md decisions 2, 4 and 8).
struct ContainerSpec
{
    QString dockerName;
    QJsonObject body;     ///< POST /containers/create, labels included
    QString configHash;   ///< of the body without secrets; also in the labels
    QStringList notices;  ///< what runs differently here (e.g. log drivers not available)

    /// Label names (design.md decision 4).
    static constexpr const char *kProject = "io.berth.project";
    static constexpr const char *kCluster = "io.berth.cluster";
    static constexpr const char *kInstance = "io.berth.instance";
    static constexpr const char *kService = "io.berth.service";
    static constexpr const char *kTask = "io.berth.task";
    static constexpr const char *kTaskDefinition = "io.berth.task-definition";
    static constexpr const char *kContainer = "io.berth.container";
    static constexpr const char *kConfigHash = "io.berth.config-hash";
    static constexpr const char *kGroup = "io.berth.group";
    static constexpr const char *kAddress = "io.berth.address";
    static constexpr const char *kPause = "io.berth.pause";
    /// The container's part of the task metadata endpoint's path (adoption reads it back).
    static constexpr const char *kMetadataToken = "io.berth.metadata-token";

    static ContainerSpec build(const Model::TaskDefinition &td,
                               const Model::ContainerDefinition &container,
                               const TaskContext &context);
    /// Whether the task's containers join a pause container's network namespace: awsvpc (the
    /// task's own address, an ENI) and host (the instance's address: one port space per
    /// virtual instance, not the Docker host's).
    static bool usesPause(const Model::TaskDefinition &td);
    /// awsvpc and host: a small container that owns the task's network namespace and
    /// publishes every container's ports (host port = container port) on the task's address,
    /// or for host mode on its instance's; the task's containers join it.
    static ContainerSpec buildPause(const Model::TaskDefinition &td, const TaskContext &context,
                                    const QString &image);

    /// "berth-PROJECT-TASK12-CONTAINER", restricted to what Docker accepts.
    static QString dockerNameFor(const QString &project, const QString &taskId,
                                 const QString &container);
    /// Containers in an order that starts dependencies (links, dependsOn) first.
    static QStringList startOrder(const Model::TaskDefinition &td);
};

} // namespace Berth::Engine
