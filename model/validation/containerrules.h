#pragma once

#include "model/taskdefinition.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>
#include <QHash>

namespace Berth::Model::Internal {

/// The rules each entry of a task definition's containerDefinitions keeps: name, image,
/// memory, port mappings, links, dependsOn and health check.
class ContainerRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    /// path names the task definition object, e.g. "$.taskDefinitions[0].definition".
    ContainerRules(const TaskDefinition &td, const QString &path, Reporter &report);
    void check();

    static bool isValidName(const QString &name);

private:
    void checkName(const ContainerDefinition &c, const QString &path);
    void checkMemory(const ContainerDefinition &c, const QString &path);
    void checkPortMappings(const ContainerDefinition &c, const QString &path);
    void checkLinks(const ContainerDefinition &c, const QString &path);
    void checkDependsOn(const ContainerDefinition &c, const QString &path);
    void checkDependencyCycles();
    void checkHealthCheck(const ContainerDefinition &c, const QString &path);
    void checkRange(const QJsonObject &o, const QString &key, int min, int max,
                    const QString &path, const QString &rule);

    const TaskDefinition &m_td;
    QString m_path;
    Reporter &m_report;
    QList<ContainerDefinition> m_containers;
    QHash<QString, qsizetype> m_index; ///< container name -> first index
    QString m_networkMode;
    /// host port "protocol/port" -> the path that claimed it first
    QHash<QString, QString> m_staticPorts;
};

} // namespace Berth::Model::Internal
