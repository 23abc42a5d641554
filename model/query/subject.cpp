#include "subject.h"

namespace Berth::Model::Query {

namespace {

const QLatin1String attributePrefix("attribute:");

} // namespace

QString subjectName(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::AgentConnected:
        return QStringLiteral("agentConnected");
    case SubjectKind::AgentVersion:
        return QStringLiteral("agentVersion");
    case SubjectKind::Attribute:
        return QString(attributePrefix);
    case SubjectKind::Ec2InstanceId:
        return QStringLiteral("ec2InstanceId");
    case SubjectKind::RegisteredAt:
        return QStringLiteral("registeredAt");
    case SubjectKind::RunningTasksCount:
        return QStringLiteral("runningTasksCount");
    case SubjectKind::TaskGroup:
        return QStringLiteral("task:group");
    }
    return {};
}

std::optional<SubjectKind> subjectKindFromText(QStringView text)
{
    if (text.startsWith(attributePrefix))
        return SubjectKind::Attribute;
    for (SubjectKind kind :
         {SubjectKind::AgentConnected, SubjectKind::AgentVersion, SubjectKind::Ec2InstanceId,
          SubjectKind::RegisteredAt, SubjectKind::RunningTasksCount, SubjectKind::TaskGroup}) {
        if (text == subjectName(kind))
            return kind;
    }
    return std::nullopt;
}

QList<ComparisonOperator> validOperators(SubjectKind kind)
{
    using Op = ComparisonOperator;
    switch (kind) {
    case SubjectKind::AgentConnected:
    case SubjectKind::Ec2InstanceId:
        return {Op::Equals, Op::NotEquals, Op::In, Op::NotIn, Op::Matches, Op::NotMatches};
    case SubjectKind::AgentVersion:
    case SubjectKind::RegisteredAt:
    case SubjectKind::RunningTasksCount:
        return {Op::Equals,           Op::NotEquals, Op::GreaterThan,
                Op::GreaterThanEqual, Op::LessThan,  Op::LessThanEqual};
    case SubjectKind::Attribute:
        // The guide names no restriction for attributes: every operator applies.
        return {Op::Equals,   Op::NotEquals,     Op::GreaterThan, Op::GreaterThanEqual,
                Op::LessThan, Op::LessThanEqual, Op::Exists,      Op::NotExists,
                Op::In,       Op::NotIn,         Op::Matches,     Op::NotMatches};
    case SubjectKind::TaskGroup:
        // A set of group names: membership and patterns make sense, ordering does not.
        return {Op::Equals, Op::NotEquals, Op::Exists,  Op::NotExists,
                Op::In,     Op::NotIn,     Op::Matches, Op::NotMatches};
    }
    return {};
}

} // namespace Berth::Model::Query
