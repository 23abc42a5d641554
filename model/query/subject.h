#pragma once

#include "comparisonoperator.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Berth::Model::Query {

enum class SubjectKind {
    AgentConnected,
    AgentVersion,
    Attribute, ///< attribute:NAME
    Ec2InstanceId,
    RegisteredAt,
    RunningTasksCount,
    TaskGroup, ///< task:group
};

/// The left-hand side of a comparison, with where it was written.
struct Subject
{
    SubjectKind kind = SubjectKind::Attribute;
    QString attributeName; // only for SubjectKind::Attribute
    int offset = 0;
    int length = 0;
};

/// "agentConnected", "attribute:" (the prefix), "task:group", ...
QString subjectName(SubjectKind kind);
/// The subject a word names: an exact name or anything starting with "attribute:".
std::optional<SubjectKind> subjectKindFromText(QStringView text);
/// The operators the ECS developer guide lists for the subject.
QList<ComparisonOperator> validOperators(SubjectKind kind);

} // namespace Berth::Model::Query
