#pragma once

#include "engine/api/apicredentials.h"
#include "engine/api/autoscalingapi.h"
#include "engine/api/cloudwatchapi.h"
#include "engine/api/ecrapi.h"
#include "engine/api/ecsapi.h"
#include "engine/api/elbv2api.h"
#include "engine/api/sigv4.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace Berth::Engine {

class RunSession;
struct SignedRequest;

/// One request the API answered, for the window's Events panel and the CLI's log: the
/// operation as CloudTrail names it, who called, and the outcome.
struct ApiCall
{
    QString service; ///< as IAM's actions name it: ecs, ecr, application-autoscaling, ...
    QString operation;
    QString accessKeyId;
    int status = 200;
    QString error; ///< the exception's name, empty on success
};

/**
 * ECS's API over HTTP for a run session, as `aws --endpoint-url http://127.0.0.1:4080 ecs`
 * and the SDKs call it: AWS JSON 1.1 (POST /, X-Amz-Target), and for Elastic Load Balancing
 * the query protocol (a form with an Action, answered in XML); every request signed with
 * Signature Version 4 by the user's API credentials (kept in the keychain). Listens on
 * loopback unless told otherwise. Lives on the session's thread.
 */
class ApiServer : public QObject
{
    Q_OBJECT
public:
    /// \a registryPassword: the local registry's, for ECR's operations.
    ApiServer(RunSession &session, ApiCredentials credentials, QString registryPassword = {},
              QObject *parent = nullptr);
    ~ApiServer() override;

    /// The port the API listens on unless told otherwise.
    static constexpr quint16 kDefaultPort = 4080;
    /// Listens on \a address:\a port (0: any free port); false with *error when it cannot.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    QString endpoint() const;
    /// The shell lines that point the aws CLI and the SDKs at this endpoint.
    static QString environment(const ApiCredentials &credentials, const QString &endpoint,
                               const QString &region);

Q_SIGNALS:
    void called(const Berth::Engine::ApiCall &call);

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);
    /// Elastic Load Balancing's and CloudWatch's requests: a signed form, answered in XML.
    QHttpServerResponse handleQuery(const SignedRequest &request);

    RunSession &m_session;
    EcsApi m_api;
    EcrApi m_ecr;
    AutoScalingApi m_scaling;
    Elbv2Api m_elb;
    CloudWatchApi m_cloudWatch;
    ApiCredentials m_credentials;
    std::unique_ptr<QHttpServer> m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace Berth::Engine
