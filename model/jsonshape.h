#pragma once

#include "model/jsonreader.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Berth::Model {

/// Checks JSON against the shapes of the ECS API model (from botocore's service model,
/// compiled into Berth): member names, types, required members and enumerations.
class JsonShape
{
public:
    /// Root names: "RegisterTaskDefinition", "CreateService", "DescribedTaskDefinition".
    static QList<JsonIssue> check(const QJsonValue &value, const QString &root,
                                   const QString &path = QStringLiteral("$"));
    /// Member names a structure shape reached by path from root allows, e.g. the members of
    /// a container definition for {"RegisterTaskDefinition", {"containerDefinitions", "[]"}}.
    static QStringList members(const QString &root, const QStringList &steps = {});
    static QString apiVersion();
};

} // namespace Berth::Model
