#pragma once

#include "engine/api/queryprotocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Berth::Engine {

class RunSession;

/**
 * Elastic Load Balancing's API (version 2015-12-01, the query protocol) for the run's load
 * balancers, read-only: DescribeTargetGroups and DescribeTargetHealth, so that `aws elbv2
 * describe-target-health` shows what HAProxy's health checks found, as ELB shows it. Targets
 * are named as ECS registers them: the instance id and host port, or the task's address for
 * an ip target group. Runs on the session's thread.
 */
class Elbv2Api
{
public:
    explicit Elbv2Api(RunSession &session);

    /// \a input: the request's form members (QueryProtocol::parseForm), Action among them.
    QueryReply call(const QJsonObject &input);
    static QStringList operations();

    static constexpr const char *kVersion = "2015-12-01";
    static constexpr const char *kNamespace =
        "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
    static constexpr const char *kSigningName = "elasticloadbalancing";

    /// An error answer: \a code as ELB names it (TargetGroupNotFound, ...).
    static QueryReply error(const QString &code, const QString &message, int status = 400);

private:
    QueryReply describeTargetGroups(const QJsonObject &in);
    QueryReply describeTargetHealth(const QJsonObject &in);

    RunSession &m_session;
};

} // namespace Berth::Engine
