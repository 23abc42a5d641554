#pragma once

#include "model/projectdata.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>

namespace Berth::Model::Internal {

/// The rules of a project's services: what they name (cluster, task definition, target
/// groups), how they are scheduled and deployed, and where their tasks can run.
class ServiceRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    static void check(const ProjectData &project, Diagnostics &out);

private:
    ServiceRules(const ProjectData &project, qsizetype index, Diagnostics &out);
    void run();
    void checkName();
    void checkReferences();
    void checkScheduling();
    void checkFargate();
    void checkEc2();
    void checkNetworkConfiguration();
    void checkLoadBalancers();
    void checkDeployment();
    void checkEniCapacity();
    bool usesAwsvpc() const;
    QStringList clusterNames() const;
    QString at(const char *key) const;

    const ProjectData &m_project;
    qsizetype m_index;
    const Service &m_service;
    QString m_path;
    Reporter m_report;
    const Cluster *m_cluster = nullptr;
    const TaskDefinition *m_td = nullptr;
};

} // namespace Berth::Model::Internal
