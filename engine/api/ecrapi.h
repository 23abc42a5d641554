#pragma once

#include "engine/api/apireply.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Berth::Engine {

class EcrRegistry;
class RunSession;

/**
 * ECR's API (target AmazonEC2ContainerRegistry_V20150921) over Berth's local registry, for
 * the run's account and Region: repositories, images, deletes, tag mutability and the login
 * token, so that `aws ecr get-login-password | docker login` and `aws ecr describe-images`
 * work as against ECR. The registry is started when it is not running. Runs on the session's
 * thread; each call is a few requests to the registry on loopback.
 */
class EcrApi
{
public:
    /// \a registryPassword: the local registry's, read from the keychain with the API's
    /// credentials.
    EcrApi(RunSession &session, QString registryPassword);

    ApiReply call(const QString &operation, const QJsonObject &input);
    static QStringList operations();

    static constexpr const char *kTargetPrefix = "AmazonEC2ContainerRegistry_V20150921";

private:
    using Handler = std::function<ApiReply(EcrApi &, const QJsonObject &)>;
    static const QHash<QString, Handler> &handlers();

    ApiReply createRepository(const QJsonObject &in);
    ApiReply describeRepositories(const QJsonObject &in);
    ApiReply deleteRepository(const QJsonObject &in);
    ApiReply describeImages(const QJsonObject &in);
    ApiReply listImages(const QJsonObject &in);
    ApiReply batchDeleteImage(const QJsonObject &in);
    ApiReply getAuthorizationToken(const QJsonObject &in);
    ApiReply putImageTagMutability(const QJsonObject &in);

    /// The run's account and Region over the local registry.
    EcrRegistry registry() const;

    RunSession &m_session;
    QString m_password;
};

} // namespace Berth::Engine
