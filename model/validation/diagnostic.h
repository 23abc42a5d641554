#pragma once

#include <QList>
#include <QString>

namespace Berth::Model {

/// One finding of validation: what is wrong, where, and what to do about it.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };
    enum class EntityKind { Project, Cluster, ContainerInstance, TaskDefinition, Service,
                            LoadBalancer, TargetGroup };

    Severity severity = Severity::Error;
    EntityKind entityKind = EntityKind::Project;
    QString entity;  ///< the entity's name; "family:revision" for task definitions
    QString path;    ///< JSON path in the document checked, e.g. "$.services[1].cluster"
    QString message; ///< what is wrong
    QString hint;    ///< what to do next
    QString rule;    ///< a stable rule id, e.g. "taskdef.essential"
    int column = 0;  ///< for expressions: 1-based column inside the value, 0 if none

    static QString severityName(Severity s);
    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = QList<Diagnostic>;

int errorCount(const Diagnostics &diagnostics);

} // namespace Berth::Model
